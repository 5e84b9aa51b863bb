using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>
/// The JSON that people, pages and files read and write: programme definitions, the sample
/// directory, approval details (rendered by the landing pages, which look fields up by their
/// camelCase names) and form data (written by the pages). Web defaults: camelCase, names matched
/// case-insensitively, enums as strings. Durable payloads (inputs, outputs, events, custom status)
/// are not this: they go through the SDK's <c>JsonDataConverter.Default</c>, as in Azure.
/// </summary>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Default for null or empty text; throws <see cref="JsonException"/> on text that does not fit.</summary>
    public static T? Deserialize<T>(string? json) => string.IsNullOrEmpty(json) ? default : JsonSerializer.Deserialize<T>(json, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
