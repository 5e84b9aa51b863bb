using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmbassadorFlows.Durable;

/// <summary>Turns inputs, outputs and event payloads into the JSON text carried by history.</summary>
public abstract class DataConverter
{
    public abstract string? Serialize(object? value);

    public abstract object? Deserialize(string? data, Type targetType);

    public T? Deserialize<T>(string? data) => (T?)Deserialize(data, typeof(T));
}

/// <summary>System.Text.Json with web defaults (camelCase, enums as strings).</summary>
public sealed class JsonDataConverter : DataConverter
{
    public static JsonSerializerOptions DefaultOptions { get; } = CreateOptions();

    public static JsonDataConverter Default { get; } = new(DefaultOptions);

    private readonly JsonSerializerOptions _options;

    public JsonDataConverter(JsonSerializerOptions options)
    {
        _options = options;
    }

    public override string? Serialize(object? value)
        => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), _options);

    public override object? Deserialize(string? data, Type targetType)
    {
        ArgumentNullException.ThrowIfNull(targetType);
        if (string.IsNullOrEmpty(data))
        {
            return targetType.IsValueType && Nullable.GetUnderlyingType(targetType) is null
                ? Activator.CreateInstance(targetType)
                : null;
        }

        return JsonSerializer.Deserialize(data, targetType, _options);
    }

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
