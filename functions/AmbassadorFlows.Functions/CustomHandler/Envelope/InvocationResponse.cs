using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AmbassadorFlows.Functions.CustomHandler.Envelope;

/// <summary>The reply envelope: <c>{"Outputs":{binding: value}, "Logs":[…], "ReturnValue": any}</c>.
/// Outputs keys must match output binding names; Logs lines land in the invocation log at
/// Information. ReturnValue reaches Durable's triggers even without a <c>$return</c> binding
/// (host 4.17+), and without that binding the host hands it over untouched (no base64 decoding).</summary>
public sealed class InvocationResponse
{
    [JsonPropertyName("Outputs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, JsonNode?>? Outputs { get; init; }

    [JsonPropertyName("Logs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Logs { get; init; }

    [JsonPropertyName("ReturnValue")]
    public JsonNode? ReturnValue { get; init; }
}
