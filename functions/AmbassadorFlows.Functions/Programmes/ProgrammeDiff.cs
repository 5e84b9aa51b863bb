using System.Text.Json;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>What changed between two versions, field by field, in the paths the validator names
/// (<c>meetings.startTime</c>, <c>training[1].title.nl</c>): readable by HR, stable for tests.</summary>
public static class ProgrammeDiff
{
    public static IReadOnlyList<FieldChange> Between(ProgrammeDefinition from, ProgrammeDefinition to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = Flatten(from);
        var after = Flatten(to);
        return [.. before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Where(path => path is not ("version" or "agreementVersion")) // follow from publishing, not from the author
            .Select(path => new FieldChange(path, before.GetValueOrDefault(path), after.GetValueOrDefault(path)))
            .Where(c => c.Before != c.After)
            .OrderBy(c => c.Path, StringComparer.Ordinal)];
    }

    private static Dictionary<string, string> Flatten(ProgrammeDefinition programme)
    {
        using var document = JsonDocument.Parse(WorkflowJson.Serialize(programme));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(document.RootElement, string.Empty, fields);
        return fields;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", fields);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", fields);
                }

                break;
            case JsonValueKind.Null:
                break;
            default:
                fields[path] = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
                break;
        }
    }
}

/// <summary>One field: null before = added, null after = removed.</summary>
public sealed record FieldChange(string Path, string? Before, string? After);
