using System.Text.Json;
using AmbassadorFlows.Functions.CustomHandler.Envelope;

namespace AmbassadorFlows.Functions.CustomHandler.DurableClient;

/// <summary>The <c>durableClient</c> input binding as the extension sends it to a custom handler
/// (a JSON string in the envelope): the Durable HTTP API's base URL and the query string that
/// authorises calls to it (<c>code=&lt;durabletask_extension system key&gt;</c>). <c>rpcBaseUrl</c>
/// is the extension's local gRPC endpoint, which we do not use.</summary>
public sealed record DurableClientBinding(
    string TaskHubName,
    Uri HttpBaseUrl,
    string RequiredQueryStringParameters,
    string? RpcBaseUrl = null,
    string? ConnectionName = null)
{
    public const string BindingName = "starter";

    /// <summary>Reads the binding from <c>Data.starter</c>, or from any Data entry that looks like one.</summary>
    public static DurableClientBinding? From(InvocationRequest envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return Parse(envelope.GetData(BindingName))
            ?? envelope.DataEntries.Select(p => Parse(p.Value)).FirstOrDefault(b => b is not null);
    }

    public static DurableClientBinding? Parse(JsonElement? value)
    {
        var obj = EnvelopeValues.ReadObject(value);
        var httpBaseUrl = EnvelopeValues.ReadString(EnvelopeValues.Property(obj, "httpBaseUrl"));
        if (obj is null || httpBaseUrl is null || !Uri.TryCreate(httpBaseUrl, UriKind.Absolute, out var baseUrl))
        {
            return null;
        }

        return new DurableClientBinding(
            EnvelopeValues.ReadString(EnvelopeValues.Property(obj, "taskHubName")) ?? string.Empty,
            baseUrl,
            EnvelopeValues.ReadString(EnvelopeValues.Property(obj, "requiredQueryStringParameters")) ?? string.Empty,
            EnvelopeValues.ReadString(EnvelopeValues.Property(obj, "rpcBaseUrl")),
            EnvelopeValues.ReadString(EnvelopeValues.Property(obj, "connectionName")));
    }
}
