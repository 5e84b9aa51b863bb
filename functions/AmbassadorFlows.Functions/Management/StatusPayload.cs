using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Management;

/// <summary>The Durable HTTP API's status object (<c>StatusResponsePayload</c>): name, instanceId,
/// runtimeStatus, input, customStatus, output, createdTime, lastUpdatedTime[, historyEvents].
/// Inputs and outputs are embedded as JSON, times to the second.</summary>
public static class StatusPayload
{
    public static JsonObject Create(OrchestrationMetadata instance, bool showInput, JsonArray? history = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var payload = new JsonObject
        {
            ["name"] = instance.Name,
            ["instanceId"] = instance.InstanceId,
            ["runtimeStatus"] = instance.RuntimeStatus.ToString(),
            ["input"] = showInput ? Json(instance.SerializedInput) : null,
            ["customStatus"] = Json(instance.SerializedCustomStatus),
            ["output"] = instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed && instance.SerializedOutput is null && instance.FailureDetails is not null
                ? JsonValue.Create(instance.FailureDetails.ToString())
                : Json(instance.SerializedOutput),
            ["createdTime"] = Time(instance.CreatedAt),
            ["lastUpdatedTime"] = Time(instance.LastUpdatedAt),
        };
        if (history is not null)
        {
            payload["historyEvents"] = history;
        }

        return payload;
    }

    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Stored JSON text as a node; text that is not JSON is kept as a string.</summary>
    public static JsonNode? Json(string? serialized)
    {
        if (string.IsNullOrEmpty(serialized))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(serialized);
        }
        catch (JsonException)
        {
            return JsonValue.Create(serialized);
        }
    }
}
