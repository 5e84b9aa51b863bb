using System.Globalization;
using System.Text.Json.Nodes;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>Turns the page's form into the decision's data JSON. Fields named <c>data.x</c> become
/// properties; <c>data.x[]</c> an array of strings; "true"/"false"/"on" booleans and numbers are
/// typed, so a check-in arrives as <c>{"attendedMeeting":true,"hoursSpent":2.5}</c>.</summary>
public static class ApprovalForm
{
    public const string DataPrefix = "data.";

    public static string? ToDataJson(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var data = new JsonObject();
        foreach (var (key, values) in form)
        {
            if (!key.StartsWith(DataPrefix, StringComparison.Ordinal) || key.Length == DataPrefix.Length)
            {
                continue;
            }

            var name = key[DataPrefix.Length..];
            if (name.EndsWith("[]", StringComparison.Ordinal))
            {
                var array = new JsonArray();
                foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
                {
                    array.Add(value);
                }

                data[name[..^2]] = array;
                continue;
            }

            // A checkbox posts a hidden "false" and, when ticked, "on" after it: the last value wins.
            var last = values.LastOrDefault(v => v is not null);
            if (string.IsNullOrWhiteSpace(last))
            {
                continue;
            }

            data[name] = Typed(last.Trim());
        }

        return data.Count == 0 ? null : data.ToJsonString();
    }

    private static JsonNode Typed(string value)
    {
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            return JsonValue.Create(true);
        }

        if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return JsonValue.Create(false);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? JsonValue.Create(number)
            : JsonValue.Create(value);
    }
}
