using System.Text.Json.Nodes;
using AmbassadorFlows.Durable.Protocol;
using Google.Protobuf.WellKnownTypes;

namespace AmbassadorFlows.Functions.Management;

/// <summary>History as the Durable HTTP API shows it with <c>showHistory=true</c>: PascalCase
/// events, TaskScheduled folded into its completion (FunctionName, ScheduledTime), replay markers
/// (OrchestratorStarted/Completed) left out; Input/Result only with <c>showHistoryOutput</c>.</summary>
public static class HistoryEventsJson
{
    public static JsonArray Create(IReadOnlyList<HistoryEvent> history, bool showOutput)
    {
        ArgumentNullException.ThrowIfNull(history);
        var scheduled = new Dictionary<int, (string Name, DateTimeOffset At)>();
        foreach (var e in history)
        {
            if (e.TaskScheduled is { } task)
            {
                scheduled[e.EventId] = (task.Name, At(e.Timestamp));
            }
            else if (e.SubOrchestrationInstanceCreated is { } sub)
            {
                scheduled[e.EventId] = (sub.Name, At(e.Timestamp));
            }
        }

        var result = new JsonArray();
        foreach (var e in history)
        {
            JsonObject? item = e.EventTypeCase switch
            {
                HistoryEvent.EventTypeOneofCase.ExecutionStarted => Item("ExecutionStarted", e, o =>
                {
                    o["FunctionName"] = e.ExecutionStarted.Name;
                    Output(o, "Input", e.ExecutionStarted.Input, showOutput);
                }),
                HistoryEvent.EventTypeOneofCase.ExecutionCompleted => Item("ExecutionCompleted", e, o =>
                {
                    o["OrchestrationStatus"] = StatusName(e.ExecutionCompleted.OrchestrationStatus);
                    Output(o, "Result", e.ExecutionCompleted.Result, showOutput);
                    if (e.ExecutionCompleted.FailureDetails is { } failure)
                    {
                        o["FailureDetails"] = new JsonObject { ["ErrorType"] = failure.ErrorType, ["ErrorMessage"] = failure.ErrorMessage };
                    }
                }),
                HistoryEvent.EventTypeOneofCase.ExecutionTerminated => Item("ExecutionTerminated", e, o => Output(o, "Input", e.ExecutionTerminated.Input, showOutput)),
                HistoryEvent.EventTypeOneofCase.TaskCompleted => Item("TaskCompleted", e, o =>
                {
                    Scheduled(o, scheduled, e.TaskCompleted.TaskScheduledId);
                    Output(o, "Result", e.TaskCompleted.Result, showOutput);
                }),
                HistoryEvent.EventTypeOneofCase.TaskFailed => Item("TaskFailed", e, o =>
                {
                    Scheduled(o, scheduled, e.TaskFailed.TaskScheduledId);
                    o["Reason"] = e.TaskFailed.FailureDetails?.ErrorMessage;
                    o["Details"] = e.TaskFailed.FailureDetails?.ErrorType;
                }),
                HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCompleted => Item("SubOrchestrationInstanceCompleted", e, o =>
                {
                    Scheduled(o, scheduled, e.SubOrchestrationInstanceCompleted.TaskScheduledId);
                    Output(o, "Result", e.SubOrchestrationInstanceCompleted.Result, showOutput);
                }),
                HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceFailed => Item("SubOrchestrationInstanceFailed", e, o =>
                {
                    Scheduled(o, scheduled, e.SubOrchestrationInstanceFailed.TaskScheduledId);
                    o["Reason"] = e.SubOrchestrationInstanceFailed.FailureDetails?.ErrorMessage;
                }),
                HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCreated => Item("SubOrchestrationInstanceCreated", e, o =>
                {
                    o["FunctionName"] = e.SubOrchestrationInstanceCreated.Name;
                    o["InstanceId"] = e.SubOrchestrationInstanceCreated.InstanceId;
                }),
                HistoryEvent.EventTypeOneofCase.TimerCreated => Item("TimerCreated", e, o => o["FireAt"] = StatusPayload.Time(At(e.TimerCreated.FireAt))),
                HistoryEvent.EventTypeOneofCase.TimerFired => Item("TimerFired", e, o => o["FireAt"] = StatusPayload.Time(At(e.TimerFired.FireAt))),
                HistoryEvent.EventTypeOneofCase.EventRaised => Item("EventRaised", e, o =>
                {
                    o["Name"] = e.EventRaised.Name;
                    Output(o, "Input", e.EventRaised.Input, showOutput);
                }),
                HistoryEvent.EventTypeOneofCase.EventSent => Item("EventSent", e, o =>
                {
                    o["Name"] = e.EventSent.Name;
                    o["InstanceId"] = e.EventSent.InstanceId;
                }),
                HistoryEvent.EventTypeOneofCase.ContinueAsNew => Item("ContinueAsNew", e, o => Output(o, "Result", e.ContinueAsNew.Input, showOutput)),
                HistoryEvent.EventTypeOneofCase.ExecutionSuspended => Item("ExecutionSuspended", e, o => o["Reason"] = e.ExecutionSuspended.Input),
                HistoryEvent.EventTypeOneofCase.ExecutionResumed => Item("ExecutionResumed", e, o => o["Reason"] = e.ExecutionResumed.Input),
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
        o["Timestamp"] = StatusPayload.Time(At(e.Timestamp));
        return o;
    }

    private static void Scheduled(JsonObject o, Dictionary<int, (string Name, DateTimeOffset At)> scheduled, int id)
    {
        if (scheduled.TryGetValue(id, out var s))
        {
            o["FunctionName"] = s.Name;
            o["ScheduledTime"] = StatusPayload.Time(s.At);
        }
    }

    private static void Output(JsonObject o, string name, string? value, bool show)
    {
        if (show)
        {
            o[name] = StatusPayload.Json(value);
        }
    }

    private static string StatusName(OrchestrationStatus status) => ((AmbassadorFlows.Durable.OrchestrationRuntimeStatus)(int)status).ToString();

    private static DateTimeOffset At(Timestamp? timestamp) => timestamp is null ? DateTimeOffset.MinValue : timestamp.ToDateTimeOffset();
}
