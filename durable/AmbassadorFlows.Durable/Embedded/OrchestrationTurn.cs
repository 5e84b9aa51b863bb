using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>
/// One orchestration turn, without I/O: choose which inbox events to deliver, run the executor,
/// and turn its actions into the history to append and the effects to commit.
/// </summary>
internal static class OrchestrationTurn
{
    public static TurnCommit Run(OrchestrationExecutor executor, OrchestrationWorkItem item, DateTimeOffset now)
    {
        var row = item.Instance;
        var (delivered, consumed, status) = SelectEvents(item);
        if (delivered.Count == 0)
        {
            // Only stale events (an earlier execution's timers or results): drop them.
            return new TurnCommit
            {
                Instance = row,
                ConsumedInboxIds = consumed,
                PastHistory = item.History,
                Status = row.Status,
            };
        }

        var request = new OrchestratorRequest { InstanceId = row.InstanceId, ExecutionId = row.ExecutionId };
        request.PastEvents.AddRange(item.History);
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(now.UtcDateTime));
        request.NewEvents.AddRange(delivered);

        OrchestratorResponse response;
        try
        {
            response = executor.Execute(request);
        }
        catch (Exception ex)
        {
            // An executor that throws would otherwise retry forever; Durable marks the instance
            // Failed when a custom handler errors, and so do we.
            response = FailedResponse(row.InstanceId, "OrchestrationExecutorException", $"The orchestration turn failed: {ex.Message}", ex.StackTrace);
        }

        var appended = new List<HistoryEvent>(request.NewEvents);
        var effects = new List<TurnEffect>();
        CompleteOrchestrationAction? complete = null;
        foreach (var action in response.Actions)
        {
            switch (action.OrchestratorActionTypeCase)
            {
                case OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask:
                    effects.Add(new ScheduleActivityEffect(action.Id, action.ScheduleTask.Name, action.ScheduleTask.Version, action.ScheduleTask.Input));
                    break;
                case OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer:
                    var fireAt = action.CreateTimer.FireAt.ToDateTimeOffset();
                    effects.Add(new CreateTimerEffect(HistoryEvents.TimerFired(action.Id, fireAt.UtcDateTime, fireAt.UtcDateTime), fireAt));
                    break;
                case OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration:
                    var sub = action.CreateSubOrchestration;
                    effects.Add(executor.Registry.HasOrchestrator(sub.Name)
                        ? new StartChildEffect(action.Id, sub.InstanceId, sub.Name, sub.Version, sub.Input)
                        : new SelfEventEffect(HistoryEvents.SubOrchestrationFailed(action.Id, new Protocol.TaskFailureDetails
                        {
                            ErrorType = typeof(OrchestratorNotRegisteredException).FullName,
                            ErrorMessage = $"No orchestrator named '{sub.Name}' is registered.",
                            IsNonRetriable = true,
                        }, now.UtcDateTime)));
                    break;
                case OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent:
                    effects.Add(new SendEventEffect(action.SendEvent.Instance?.InstanceId ?? string.Empty, action.SendEvent.Name, action.SendEvent.Data));
                    break;
                case OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration:
                    complete = action.CompleteOrchestration;
                    continue;
            }

            if (HistoryEvents.FromAction(action, now.UtcDateTime) is { } recorded)
            {
                appended.Add(recorded);
            }
        }

        appended.Add(HistoryEvents.OrchestratorCompleted(now.UtcDateTime));
        var terminate = delivered.LastOrDefault(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionTerminated)?.ExecutionTerminated;
        if (complete is null && terminate is not null)
        {
            // Terminate is not negotiable: should an executor keep running, the backend still stops it.
            complete = new CompleteOrchestrationAction { OrchestrationStatus = OrchestrationStatus.Terminated, Result = terminate.Input };
        }

        var commit = new TurnCommit
        {
            Instance = row,
            ConsumedInboxIds = consumed,
            PastHistory = item.History,
            Status = status,
            CustomStatusSet = true,
            CustomStatus = response.CustomStatus,
            AppendedHistory = appended,
            Effects = effects,
        };
        if (complete is null)
        {
            return commit;
        }

        switch (complete.OrchestrationStatus)
        {
            case OrchestrationStatus.ContinuedAsNew:
                return new TurnCommit
                {
                    Instance = row,
                    ConsumedInboxIds = consumed,
                    PastHistory = commit.PastHistory,
                    Status = OrchestrationRuntimeStatus.Running,
                    CustomStatusSet = true,
                    CustomStatus = response.CustomStatus,
                    Effects = FireAndForget(effects),
                    ContinuedAsNew = ContinueAsNew(item, delivered, complete, now),
                };
            case OrchestrationStatus.Completed:
            case OrchestrationStatus.Failed:
            case OrchestrationStatus.Terminated:
            case OrchestrationStatus.Canceled:
                var outcome = new ExecutionOutcome(
                    (OrchestrationRuntimeStatus)(int)complete.OrchestrationStatus,
                    complete.OrchestrationStatus == OrchestrationStatus.Terminated ? complete.Result ?? terminate?.Input : complete.Result,
                    complete.OrchestrationStatus == OrchestrationStatus.Failed
                        ? complete.FailureDetails ?? new Protocol.TaskFailureDetails { ErrorType = "OrchestrationFailed", ErrorMessage = "The orchestration failed without details." }
                        : null,
                    complete.OrchestrationStatus == OrchestrationStatus.Terminated && terminate?.Recurse == true,
                    terminate?.Input);
                appended.Add(HistoryEvents.ExecutionCompleted(complete.OrchestrationStatus, outcome.Output, outcome.Failure, now.UtcDateTime));
                return new TurnCommit
                {
                    Instance = row,
                    ConsumedInboxIds = consumed,
                    PastHistory = commit.PastHistory,
                    Status = outcome.Status,
                    CustomStatusSet = true,
                    CustomStatus = response.CustomStatus,
                    AppendedHistory = appended,
                    Effects = outcome.Status == OrchestrationRuntimeStatus.Terminated ? [.. effects.OfType<SendEventEffect>()] : FireAndForget(effects),
                    Outcome = outcome,
                };
            default:
                // Running/Pending/Suspended are not endings; treat the action as absent.
                return commit;
        }
    }

    /// <summary>
    /// What still happens when the turn that asked for it also ends the execution by itself
    /// (completes, fails or continues as new): as in Durable, events are sent and activities are
    /// scheduled (fire-and-forget: their results find no execution to deliver to and are dropped).
    /// Timers and sub-orchestrations could never report back, so they are not started. A
    /// terminated turn only sends its events: an operator stopped it.
    /// </summary>
    private static List<TurnEffect> FireAndForget(List<TurnEffect> effects)
        => [.. effects.Where(e => e is SendEventEffect or ScheduleActivityEffect)];

    /// <summary>
    /// Which ready events this turn delivers, in order. Events of another execution are consumed
    /// silently. A suspended instance takes only resume or terminate; a suspend ends the batch so
    /// later events wait in the inbox.
    /// </summary>
    private static (List<HistoryEvent> Delivered, List<long> Consumed, OrchestrationRuntimeStatus Status) SelectEvents(OrchestrationWorkItem item)
    {
        var delivered = new List<HistoryEvent>();
        var consumed = new List<long>();
        var status = item.Instance.Status;
        foreach (var message in item.Inbox)
        {
            var kind = message.Event.EventTypeCase;
            if (message.ExecutionId is not null && message.ExecutionId != item.Instance.ExecutionId)
            {
                consumed.Add(message.Id);
                continue;
            }

            if (status == OrchestrationRuntimeStatus.Suspended)
            {
                if (kind is HistoryEvent.EventTypeOneofCase.ExecutionResumed or HistoryEvent.EventTypeOneofCase.ExecutionTerminated)
                {
                    consumed.Add(message.Id);
                    delivered.Add(message.Event);
                    status = OrchestrationRuntimeStatus.Running;
                    break;
                }

                continue;
            }

            if (status == OrchestrationRuntimeStatus.Pending)
            {
                if (kind != HistoryEvent.EventTypeOneofCase.ExecutionStarted)
                {
                    continue;
                }

                status = OrchestrationRuntimeStatus.Running;
            }

            consumed.Add(message.Id);
            delivered.Add(message.Event);
            if (kind == HistoryEvent.EventTypeOneofCase.ExecutionSuspended)
            {
                status = OrchestrationRuntimeStatus.Suspended;
                break;
            }
        }

        return (delivered, consumed, status);
    }

    private static ContinueAsNewOutcome ContinueAsNew(OrchestrationWorkItem item, List<HistoryEvent> delivered, CompleteOrchestrationAction complete, DateTimeOffset now)
    {
        var original = item.History.Concat(delivered).First(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionStarted).ExecutionStarted;
        var executionId = Guid.NewGuid().ToString("N");
        var started = original.Clone();
        started.Input = complete.Result;
        started.Version = complete.NewVersion ?? original.Version;
        started.OrchestrationInstance = new OrchestrationInstance { InstanceId = item.Instance.InstanceId, ExecutionId = executionId };
        started.ScheduledStartTimestamp = null;
        var startedEvent = new HistoryEvent
        {
            EventId = -1,
            Timestamp = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now),
            ExecutionStarted = started,
        };
        var carryover = complete.CarryoverEvents.Where(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.EventRaised).ToList();
        return new ContinueAsNewOutcome(executionId, startedEvent, carryover, complete.Result, complete.NewVersion);
    }

    private static OrchestratorResponse FailedResponse(string instanceId, string errorType, string message, string? stackTrace)
    {
        var response = new OrchestratorResponse { InstanceId = instanceId };
        response.Actions.Add(new OrchestratorAction
        {
            Id = -1,
            CompleteOrchestration = new CompleteOrchestrationAction
            {
                OrchestrationStatus = OrchestrationStatus.Failed,
                FailureDetails = new Protocol.TaskFailureDetails { ErrorType = errorType, ErrorMessage = message, StackTrace = stackTrace },
            },
        });
        return response;
    }
}
