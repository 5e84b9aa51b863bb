using System.Text.Json;

namespace AmbassadorFlows.Functions.CustomHandler.Envelope;

/// <summary>The host's request envelope: <c>{"Data":{binding: value}, "Metadata":{key: value, "sys":{…}}}</c>.
/// Data has one entry per input binding (the trigger included); Metadata holds the trigger's binding
/// data. Values keep the host's encoding; read them with <see cref="EnvelopeValues"/>.</summary>
public sealed class InvocationRequest : IDisposable
{
    private readonly JsonDocument _document;

    private InvocationRequest(JsonDocument document)
    {
        _document = document;
        var root = document.RootElement;
        Data = EnvelopeValues.Property(root, "Data") is { ValueKind: JsonValueKind.Object } data ? data : null;
        Metadata = EnvelopeValues.Property(root, "Metadata") is { ValueKind: JsonValueKind.Object } metadata ? metadata : null;
        Sys = SysMetadata.From(EnvelopeValues.Property(Metadata, "sys"));
    }

    public JsonElement? Data { get; }

    public JsonElement? Metadata { get; }

    public SysMetadata Sys { get; }

    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static async Task<InvocationRequest> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var document = await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new JsonException("The invocation envelope is not a JSON object.");
        }

        return new InvocationRequest(document);
    }

    public static InvocationRequest Parse(string json)
    {
        var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new JsonException("The invocation envelope is not a JSON object.");
        }

        return new InvocationRequest(document);
    }

    public JsonElement? GetData(string bindingName) => EnvelopeValues.Property(Data, bindingName);

    public JsonElement? GetMetadata(string key) => EnvelopeValues.Property(Metadata, key);

    /// <summary>All Data entries; used when a binding is not under the name we generate.</summary>
    public IEnumerable<JsonProperty> DataEntries
        => Data is { } data ? data.EnumerateObject() : [];

    public void Dispose() => _document.Dispose();
}
