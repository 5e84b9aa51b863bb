using System.Globalization;
using System.Text.Json.Nodes;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.Extensions.Primitives;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>The decision's data as read from the page's form: JSON for the workflow, or the
/// fields that were wrong (field name → messages), in which case nothing may be recorded.</summary>
public sealed record ApprovalFormData(string? DataJson, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Turns the page's form into the decision's data JSON, checked against what the step asks for,
/// since the workflow trusts it: a monthly check-in takes <c>data.attendedMeeting</c> (yes/no),
/// <c>data.noTime</c> ("I could not make time this month", a checkbox), <c>data.hoursSpent</c> (0–200) and three texts (<see cref="CheckInForm"/>); HR's selection takes
/// <c>data.selectedEmployeeIds[]</c>, each one of the candidates offered (<see cref="SelectionForm"/>);
/// every other step takes no data. Unknown fields, repeated single fields, non-numbers and ids
/// not offered are errors. An approved selection must carry the list: the page always sends it
/// (an empty value first, so nobody ticked arrives as an empty list = no ambassadors), while the
/// workflow reads a missing list as every candidate, which a page answer must never mean.
/// </summary>
public static class ApprovalForm
{
    public const string DataPrefix = "data.";
    public const double MaxHours = 200;
    public const int MaxTextLength = 2000;

    private const string Attended = "attendedMeeting";
    private const string Hours = "hoursSpent";
    private const string NoTime = "noTime";
    private const string Selected = "selectedEmployeeIds[]";
    private static readonly string[] Texts = ["successes", "challenges", "asks"];

    public static ApprovalFormData Read(PendingApproval approval, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(form);
        var data = new JsonObject();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, values) in form)
        {
            if (!key.StartsWith(DataPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = key[DataPrefix.Length..];
            var error = approval.EventName switch
            {
                JourneyEvents.MonthlyCheckIn => CheckInField(name, values, data),
                CohortEvents.SelectionDecision => SelectionField(name, values, approval, data),
                _ => "This request takes no data fields.",
            };
            if (error is not null)
            {
                errors[key] = [error];
            }
        }

        if (approval.EventName == CohortEvents.SelectionDecision && errors.Count == 0 && !data.ContainsKey(Selected[..^2])
            && string.Equals(form["decision"].ToString(), Decisions.Approve, StringComparison.OrdinalIgnoreCase)
            && SelectionDetails.CandidateIds(approval.DetailsJson).Count > 0)
        {
            errors[DataPrefix + Selected] = ["Send the chosen ids, one field per id, and an empty one when nobody is chosen; open the link again for a page that does."];
        }

        return errors.Count > 0
            ? new ApprovalFormData(null, errors)
            : new ApprovalFormData(data.Count == 0 ? null : data.ToJsonString(), errors);
    }

    private static string? CheckInField(string name, StringValues values, JsonObject data)
    {
        if (name is Attended or NoTime)
        {
            // Yes/no fields: a radio or checkbox's value; if a hidden "false" comes first, the last one wins.
            switch (values.LastOrDefault()?.Trim().ToLowerInvariant())
            {
                case "true" or "on":
                    data[name] = true;
                    return null;
                case "false":
                    data[name] = false;
                    return null;
                default:
                    return "Must be true or false.";
            }
        }

        if (values.Count > 1)
        {
            return Array.IndexOf(Texts, name) >= 0 || name == Hours ? "Send this field once." : UnknownField(name);
        }

        var value = values.ToString().Trim();
        if (name == Hours)
        {
            if (value.Length == 0)
            {
                return null; // left empty: the workflow's default applies
            }

            // "2,5" as Dutch, French and Danish readers write it, or "2.5".
            if (!double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) || !double.IsFinite(hours))
            {
                return "Must be a number of hours, like 2.5.";
            }

            if (hours is < 0 or > MaxHours)
            {
                return $"Must be between 0 and {MaxHours.ToString(CultureInfo.InvariantCulture)}.";
            }

            data[Hours] = hours;
            return null;
        }

        if (Array.IndexOf(Texts, name) >= 0)
        {
            if (value.Length > MaxTextLength)
            {
                return $"At most {MaxTextLength} characters.";
            }

            // Always text, even "42": the workflow reads these as strings.
            if (value.Length > 0)
            {
                data[name] = value;
            }

            return null;
        }

        return UnknownField(name);
    }

    private static string? SelectionField(string name, StringValues values, PendingApproval approval, JsonObject data)
    {
        if (name != Selected)
        {
            return name == Selected[..^2] ? $"Send the chosen ids as {DataPrefix}{Selected}, one field per id." : UnknownField(name);
        }

        var offered = SelectionDetails.CandidateIds(approval.DetailsJson).ToHashSet(StringComparer.Ordinal);
        var chosen = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in values.Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)))
        {
            if (!offered.Contains(id!))
            {
                return $"'{id}' is not one of the candidates offered.";
            }

            if (seen.Add(id!))
            {
                chosen.Add(id);
            }
        }

        data[Selected[..^2]] = chosen;
        return null;
    }

    private static string UnknownField(string name) => $"'{name}' is not a field of this request.";
}
