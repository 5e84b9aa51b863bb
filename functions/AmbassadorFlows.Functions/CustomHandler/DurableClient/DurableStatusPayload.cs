using System.Globalization;
using System.Text.Json;
using AmbassadorFlows.Durable;

namespace AmbassadorFlows.Functions.CustomHandler.DurableClient;

/// <summary>Maps the HTTP API's status object (<c>name, instanceId, runtimeStatus, input,
/// customStatus, output, createdTime, lastUpdatedTime[, historyEvents]</c>) to
/// <see cref="OrchestrationMetadata"/>. Payload values are JSON; we keep their JSON text.</summary>
internal static class DurableStatusPayload
{
    public static OrchestrationMetadata ToMetadata(JsonElement status)
    {
        var runtimeStatus = ParseStatus(Text(status, "runtimeStatus"));
        var output = Json(status, "output");
        var lastUpdated = Time(status, "lastUpdatedTime");
        return new OrchestrationMetadata(Text(status, "name") ?? string.Empty, Text(status, "instanceId") ?? string.Empty)
        {
            RuntimeStatus = runtimeStatus,
            CreatedAt = Time(status, "createdTime") ?? DateTimeOffset.MinValue,
            LastUpdatedAt = lastUpdated ?? DateTimeOffset.MinValue,
            CompletedAt = runtimeStatus.IsTerminal() ? lastUpdated : null,
            SerializedInput = Json(status, "input"),
            SerializedOutput = runtimeStatus == OrchestrationRuntimeStatus.Failed ? null : output,
            SerializedCustomStatus = Json(status, "customStatus"),
            FailureDetails = runtimeStatus == OrchestrationRuntimeStatus.Failed ? Failure(status) : null,
        };
    }

    public static OrchestrationRuntimeStatus ParseStatus(string? value)
        => Enum.TryParse<OrchestrationRuntimeStatus>(value, ignoreCase: true, out var status)
            ? status
            // "Unknown" and anything newer: it exists but has not started as far as we can tell.
            : OrchestrationRuntimeStatus.Pending;

    public static string FormatStatus(OrchestrationRuntimeStatus status) => status.ToString();

    public static string FormatTime(DateTimeOffset time)
        => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    /// <summary>A failed instance's output is the failure: a message string, or an object with
    /// ErrorType/ErrorMessage (or Message) depending on the extension version.</summary>
    private static TaskFailureDetails Failure(JsonElement status)
    {
        if (status.TryGetProperty("output", out var output))
        {
            if (output.ValueKind == JsonValueKind.Object)
            {
                var type = Text(output, "ErrorType") ?? Text(output, "errorType") ?? "OrchestrationFailed";
                var message = Text(output, "ErrorMessage") ?? Text(output, "errorMessage") ?? Text(output, "Message") ?? output.GetRawText();
                return new TaskFailureDetails(type, message, Text(output, "StackTrace") ?? Text(output, "stackTrace"));
            }

            if (output.ValueKind == JsonValueKind.String)
            {
                return new TaskFailureDetails("OrchestrationFailed", output.GetString()!);
            }
        }

        return new TaskFailureDetails("OrchestrationFailed", "The orchestration failed.");
    }

    private static string? Text(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? Json(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value.GetRawText()
            : null;

    private static DateTimeOffset? Time(JsonElement element, string name)
        => Text(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}
