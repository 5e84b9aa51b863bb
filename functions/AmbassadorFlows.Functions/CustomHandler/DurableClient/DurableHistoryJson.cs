using System.Globalization;
using System.Text.Json;
using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;

namespace AmbassadorFlows.Functions.CustomHandler.DurableClient;

/// <summary>Best-effort conversion of the HTTP API's <c>historyEvents</c> (JSON, one object per
/// event with <c>EventType</c>, <c>Timestamp</c>, <c>FunctionName</c>/<c>Name</c>, <c>Input</c>,
/// <c>Result</c>, …) into protocol events for display. The API drops event ids, so ids are -1;
/// types we do not map become <c>genericEvent</c> holding the original JSON.</summary>
internal static class DurableHistoryJson
{
    public static List<HistoryEvent> ToHistoryEvents(JsonElement historyEvents)
    {
        var result = new List<HistoryEvent>();
        if (historyEvents.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var e in historyEvents.EnumerateArray())
        {
            result.Add(Convert(e));
        }

        return result;
    }

    private static HistoryEvent Convert(JsonElement e)
    {
        var timestamp = Time(e, "Timestamp") ?? DateTime.UnixEpoch;
        var name = Text(e, "FunctionName") ?? Text(e, "Name") ?? string.Empty;
        return Text(e, "EventType") switch
        {
            "ExecutionStarted" => HistoryEvents.ExecutionStarted(name, Text(e, "InstanceId") ?? string.Empty, Json(e, "Input"), timestamp),
            "ExecutionCompleted" => HistoryEvents.ExecutionCompleted(Status(Text(e, "OrchestrationStatus")), Json(e, "Result"), null, timestamp),
            "ExecutionTerminated" => HistoryEvents.ExecutionTerminated(Text(e, "Input") ?? Text(e, "Reason"), timestamp),
            "ExecutionSuspended" => HistoryEvents.ExecutionSuspended(Text(e, "Reason"), timestamp),
            "ExecutionResumed" => HistoryEvents.ExecutionResumed(Text(e, "Reason"), timestamp),
            "OrchestratorStarted" => HistoryEvents.OrchestratorStarted(timestamp),
            "OrchestratorCompleted" => HistoryEvents.OrchestratorCompleted(timestamp),
            "TaskScheduled" => HistoryEvents.TaskScheduled(-1, name, Json(e, "Input"), timestamp),
            "TaskCompleted" => HistoryEvents.TaskCompleted(-1, Json(e, "Result"), timestamp),
            "TaskFailed" => HistoryEvents.TaskFailed(-1, Failure(e), timestamp),
            "SubOrchestrationInstanceCreated" => HistoryEvents.SubOrchestrationCreated(-1, Text(e, "InstanceId") ?? string.Empty, name, Json(e, "Input"), timestamp),
            "SubOrchestrationInstanceCompleted" => HistoryEvents.SubOrchestrationCompleted(-1, Json(e, "Result"), timestamp),
            "SubOrchestrationInstanceFailed" => HistoryEvents.SubOrchestrationFailed(-1, Failure(e), timestamp),
            "TimerCreated" => HistoryEvents.TimerCreated(-1, Time(e, "FireAt") ?? timestamp, timestamp),
            "TimerFired" => HistoryEvents.TimerFired(-1, Time(e, "FireAt") ?? timestamp, timestamp),
            "EventRaised" => HistoryEvents.EventRaised(name, Json(e, "Input"), timestamp),
            "EventSent" => HistoryEvents.EventSent(-1, Text(e, "InstanceId") ?? string.Empty, name, Json(e, "Input"), timestamp),
            _ => new HistoryEvent
            {
                EventId = -1,
                Timestamp = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(timestamp),
                GenericEvent = new GenericEvent { Data = e.GetRawText() },
            },
        };
    }

    private static Durable.Protocol.TaskFailureDetails Failure(JsonElement e)
        => HistoryEvents.ToProtocol(new Durable.TaskFailureDetails(
            Text(e, "ErrorType") ?? "TaskFailed",
            Text(e, "Reason") ?? Text(e, "Details") ?? "The task failed."));

    private static OrchestrationStatus Status(string? value)
        => Enum.TryParse<Durable.OrchestrationRuntimeStatus>(value, true, out var status) ? (OrchestrationStatus)(int)status : OrchestrationStatus.Completed;

    private static string? Text(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Json(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? v.GetRawText() : null;

    private static DateTime? Time(JsonElement e, string name)
        => Text(e, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t.UtcDateTime
            : null;
}
