using System.Globalization;
using System.Text.Json;

namespace AmbassadorFlows.Functions.CustomHandler.Envelope;

/// <summary>Reads values out of the host's envelope. The host runs every non-object value through
/// <c>JsonConvert.SerializeObject</c> before putting it in the envelope, so a string arrives JSON-encoded
/// twice (<c>"\"abc\""</c>) and a number may arrive as a string (<c>"1"</c>); the docs show single
/// encoding. These helpers accept both.</summary>
public static class EnvelopeValues
{
    /// <summary>A string value with any extra layer of JSON quoting removed; null for JSON null or
    /// a missing value; the raw JSON text for objects and arrays.</summary>
    public static string? ReadString(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                var text = element.GetString()!;
                // Two layers at most: host encoding on top of a JSON string value.
                for (var i = 0; i < 2 && TryUnquote(text, out var inner); i++)
                {
                    text = inner;
                }

                return text;
            default:
                return element.GetRawText();
        }
    }

    /// <summary>The JSON text of a value that carries JSON (an activity input, a result). Objects and
    /// arrays are taken as they are; a string holds JSON text (the host's encoding), unless it does not
    /// parse, in which case the string itself is the value (single encoding, as in the docs).
    /// Ambiguity: under single encoding a string input "5" would read as the number 5.</summary>
    public static string? ReadJsonText(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (IsJson(text))
                {
                    return text.Trim();
                }

                return JsonSerializer.Serialize(text);
            default:
                // Compact form: the same value always yields the same text (activity task ids hash it).
                return JsonSerializer.Serialize(element);
        }
    }

    /// <summary>An integer sent as a number or as a string (<c>DequeueCount</c> is seen both ways).</summary>
    public static int? ReadInt32(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number))
        {
            return number;
        }

        var text = ReadString(element);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <summary>An object value, whether sent as an object or as a string holding the object's JSON
    /// (the durableClient binding is a JSON string; a query collection sometimes is too).</summary>
    public static JsonElement? ReadObject(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            return element;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = ReadString(element);
        if (string.IsNullOrWhiteSpace(text) || text.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Case-insensitive property lookup: the host's casing differs between payload kinds.</summary>
    public static JsonElement? Property(JsonElement? element, string name)
    {
        if (element is not { ValueKind: JsonValueKind.Object } obj)
        {
            return null;
        }

        if (obj.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static bool TryUnquote(string text, out string inner)
    {
        inner = text;
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '"' || trimmed[^1] != '"')
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            if (document.RootElement.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            inner = document.RootElement.GetString()!;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsJson(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
