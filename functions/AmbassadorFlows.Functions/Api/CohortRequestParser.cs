using System.Globalization;
using System.Text.Json;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Api;

/// <summary>Parses and checks a cohort request by hand, field by field, so that every problem is
/// reported at once under the field's own name (<c>nominees[2]</c>, <c>postingDeadline</c>) and
/// nothing is started unless all of it is right.</summary>
public static class CohortRequestParser
{
    public const int MaxNominees = 500;
    public const string DefaultAudience = "all-staff";

    /// <summary>The longest posting HR may ask for; the programmes' own windows have the same cap.</summary>
    public const int MaxPostingDays = 90;

    public static async Task<(CreateCohortRequest? Request, Dictionary<string, string[]> Errors)> ParseAsync(JsonElement root, IDirectory directory, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                list = [];
                errors[field] = list;
            }

            list.Add(message);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            Add("$", "The body must be a JSON object.");
            return (null, Finish(errors));
        }

        var programmeId = RequiredString(root, "programmeId", Add);
        int? version = null;
        if (Property(root, "programmeVersion") is { } v && v.ValueKind != JsonValueKind.Null)
        {
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var parsed) && parsed >= 1)
            {
                version = parsed;
            }
            else
            {
                Add("programmeVersion", "Must be a whole number of 1 or more, or omitted for the latest version.");
            }
        }

        // Both dates are optional so that a saved request (samples/cohort.json) never goes stale:
        // the posting opens today, and closes after the programme's application window.
        var startDate = OptionalDate(root, "startDate", Add, out var startGiven) ?? (startGiven ? null : today);
        var deadline = OptionalDate(root, "postingDeadline", Add, out _);
        if (startDate is { } s && s < today)
        {
            Add("startDate", $"Must be today ({today:yyyy-MM-dd}) or later.");
        }

        if (startDate is { } start && deadline is { } end)
        {
            var from = startGiven ? $"startDate ({start:yyyy-MM-dd})" : $"the start date (today, {start:yyyy-MM-dd})";
            if (end <= start)
            {
                Add("postingDeadline", $"Must be after {from}.");
            }
            else if (end > start.AddDays(MaxPostingDays))
            {
                Add("postingDeadline", $"Must be at most {MaxPostingDays} days after {from}: {start.AddDays(MaxPostingDays):yyyy-MM-dd} at the latest.");
            }
        }

        var hrOwner = RequiredString(root, "hrOwner", Add);
        if (hrOwner is not null && await directory.GetEmployeeAsync(hrOwner, cancellationToken) is null)
        {
            Add("hrOwner", $"No employee '{hrOwner}' in the directory.");
        }

        var nominees = new List<string>();
        // Optional: a cohort may rely on its posting alone, so a missing or null list is an empty one.
        var list = Property(root, "nominees") ?? default;
        if (list.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Array))
        {
            Add("nominees", "Must be a list of employee ids.");
        }
        else if (list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > MaxNominees)
        {
            Add("nominees", $"At most {MaxNominees} nominees per cohort.");
        }
        else if (list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in list.EnumerateArray())
            {
                var field = $"nominees[{i++}]";
                if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                {
                    Add(field, "Must be an employee id.");
                    continue;
                }

                var id = item.GetString()!.Trim();
                if (!seen.Add(id))
                {
                    Add(field, $"'{id}' is listed twice.");
                }
                else if (await directory.GetEmployeeAsync(id, cancellationToken) is null)
                {
                    Add(field, $"No employee '{id}' in the directory.");
                }
                else
                {
                    nominees.Add(id);
                }
            }
        }

        string? audience = DefaultAudience;
        if (Property(root, "audience") is { } a && a.ValueKind != JsonValueKind.Null)
        {
            audience = a.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(a.GetString()) && a.GetString()!.Length <= 100 ? a.GetString()!.Trim() : null;
            if (audience is null)
            {
                Add("audience", "Must be a directory group such as \"all-staff\" or a department.");
            }
            else if ((await directory.GetGroupMembersAsync(audience, cancellationToken)).Count == 0)
            {
                // The directory resolves an audience to its members: none means a posting read by nobody.
                Add("audience", $"No group or department '{audience}' with members in the directory.");
            }
        }

        string? cohortId = null;
        if (Property(root, "cohortId") is { } c && c.ValueKind != JsonValueKind.Null)
        {
            cohortId = c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (cohortId is null || cohortId.Length is < 3 or > 64 || !cohortId.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-'))
            {
                Add("cohortId", "Must be 3–64 lower-case letters, digits or dashes.");
            }
        }

        if (errors.Count > 0)
        {
            return (null, Finish(errors));
        }

        return (new CreateCohortRequest(programmeId!, version, startDate!.Value, deadline, nominees, hrOwner!, audience, cohortId), Finish(errors));
    }

    private static JsonElement? Property(JsonElement root, string name)
    {
        // Names are matched case-insensitively, as System.Text.Json's web defaults do.
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string? RequiredString(JsonElement root, string name, Action<string, string> add)
    {
        if (Property(root, name) is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            add(name, "Required.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            add(name, "Must be a non-empty string.");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length > 100)
        {
            add(name, "At most 100 characters.");
            return null;
        }

        return text;
    }

    private static DateOnly? OptionalDate(JsonElement root, string name, Action<string, string> add, out bool given)
    {
        given = false;
        if (Property(root, name) is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        given = true;

        if (value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        add(name, "Must be a date as yyyy-MM-dd.");
        return null;
    }

    private static Dictionary<string, string[]> Finish(Dictionary<string, List<string>> errors)
        => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
