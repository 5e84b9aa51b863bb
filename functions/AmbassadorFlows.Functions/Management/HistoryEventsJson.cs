using System.Text.Json.Nodes;
using DurableTask.Core.History;

namespace AmbassadorFlows.Functions.Management;

/// <summary>History as the Durable HTTP API shows it with <c>showHistory=true</c>: PascalCase
/// events, TaskScheduled folded into its completion (FunctionName, ScheduledTime), replay markers
/// (OrchestratorStarted/Completed) left out; Input/Result only with <c>showHistoryOutput</c>.</summary>
public static class HistoryEventsJson
{
    public static JsonArray Create(IEnumerable<HistoryEvent> history, bool showOutput)
    {
        ArgumentNullException.ThrowIfNull(history);
        var events = history as IReadOnlyCollection<HistoryEvent> ?? [.. history];
        var scheduled = new Dictionary<int, (string Name, DateTime At)>();
        foreach (var e in events)
        {
            switch (e)
            {
                case TaskScheduledEvent task:
                    scheduled[e.EventId] = (task.Name ?? string.Empty, e.Timestamp);
                    break;
                case SubOrchestrationInstanceCreatedEvent sub:
                    scheduled[e.EventId] = (sub.Name ?? string.Empty, e.Timestamp);
                    break;
            }
        }

        var result = new JsonArray();
        foreach (var e in events)
        {
            // ContinueAsNewEvent derives from ExecutionCompletedEvent: it comes first.
            JsonObject? item = e switch
            {
                ExecutionStartedEvent started => Item("ExecutionStarted", e, o =>
                {
                    o["FunctionName"] = started.Name;
                    Output(o, "Input", started.Input, showOutput);
                }),
                ContinueAsNewEvent continued => Item("ContinueAsNew", e, o => Output(o, "Result", continued.Result, showOutput)),
                ExecutionCompletedEvent completed => Item("ExecutionCompleted", e, o =>
                {
                    o["OrchestrationStatus"] = completed.OrchestrationStatus.ToString();
                    Output(o, "Result", completed.Result, showOutput);
                    if (completed.FailureDetails is { } failure)
                    {
                        o["FailureDetails"] = new JsonObject { ["ErrorType"] = failure.ErrorType, ["ErrorMessage"] = failure.ErrorMessage };
                    }
                }),
                ExecutionTerminatedEvent terminated => Item("ExecutionTerminated", e, o => Output(o, "Input", terminated.Input, showOutput)),
                TaskCompletedEvent task => Item("TaskCompleted", e, o =>
                {
                    Scheduled(o, scheduled, task.TaskScheduledId);
                    Output(o, "Result", task.Result, showOutput);
                }),
                TaskFailedEvent task => Item("TaskFailed", e, o =>
                {
                    Scheduled(o, scheduled, task.TaskScheduledId);
                    o["Reason"] = task.FailureDetails?.ErrorMessage ?? task.Reason;
                    o["Details"] = task.FailureDetails?.ErrorType ?? task.Details;
                }),
                SubOrchestrationInstanceCompletedEvent sub => Item("SubOrchestrationInstanceCompleted", e, o =>
                {
                    Scheduled(o, scheduled, sub.TaskScheduledId);
                    Output(o, "Result", sub.Result, showOutput);
                }),
                SubOrchestrationInstanceFailedEvent sub => Item("SubOrchestrationInstanceFailed", e, o =>
                {
                    Scheduled(o, scheduled, sub.TaskScheduledId);
                    o["Reason"] = sub.FailureDetails?.ErrorMessage ?? sub.Reason;
                }),
                SubOrchestrationInstanceCreatedEvent sub => Item("SubOrchestrationInstanceCreated", e, o =>
                {
                    o["FunctionName"] = sub.Name;
                    o["InstanceId"] = sub.InstanceId;
                }),
                TimerCreatedEvent timer => Item("TimerCreated", e, o => o["FireAt"] = StatusPayload.Time(Utc(timer.FireAt))),
                TimerFiredEvent timer => Item("TimerFired", e, o => o["FireAt"] = StatusPayload.Time(Utc(timer.FireAt))),
                EventRaisedEvent raised => Item("EventRaised", e, o =>
                {
                    o["Name"] = raised.Name;
                    Output(o, "Input", raised.Input, showOutput);
                }),
                EventSentEvent sent => Item("EventSent", e, o =>
                {
                    o["Name"] = sent.Name;
                    o["InstanceId"] = sent.InstanceId;
                }),
                ExecutionSuspendedEvent suspended => Item("ExecutionSuspended", e, o => o["Reason"] = suspended.Reason),
                ExecutionResumedEvent resumed => Item("ExecutionResumed", e, o => o["Reason"] = resumed.Reason),
                _ => null,
            };
            if (item is not null)
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static JsonObject Item(string type, HistoryEvent e, Action<JsonObject> fill)
    {
        var o = new JsonObject { ["EventType"] = type };
        fill(o);
        o["Timestamp"] = StatusPayload.Time(Utc(e.Timestamp));
        return o;
    }

    private static void Scheduled(JsonObject o, Dictionary<int, (string Name, DateTime At)> scheduled, int id)
    {
        if (scheduled.TryGetValue(id, out var s))
        {
            o["FunctionName"] = s.Name;
            o["ScheduledTime"] = StatusPayload.Time(Utc(s.At));
        }
    }

    private static void Output(JsonObject o, string name, string? value, bool show)
    {
        if (show)
        {
            o[name] = StatusPayload.Json(value);
        }
    }

    /// <summary>DTFx keeps times as UTC <see cref="DateTime"/>s, some with an unspecified kind.</summary>
    private static DateTimeOffset Utc(DateTime value)
        => value.Kind == DateTimeKind.Local ? new DateTimeOffset(value.ToUniversalTime()) : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
