using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>How the app's own stores write JSON columns and properties (training records): web
/// defaults, nulls left out, enums as strings. Fixed here rather than borrowed from the Durable
/// data converter, so rows written by earlier versions stay readable whatever the runtime uses.</summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

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
