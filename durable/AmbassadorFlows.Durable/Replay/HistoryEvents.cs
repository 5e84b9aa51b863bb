using AmbassadorFlows.Durable.Protocol;
using Google.Protobuf.WellKnownTypes;

namespace AmbassadorFlows.Durable.Replay;

/// <summary>Builds protocol history events. Backends use it to append what happened; tests use it
/// to write explicit histories. Event ids: actions' events carry the action id, all others -1.</summary>
public static class HistoryEvents
{
    public static HistoryEvent ExecutionStarted(
        string name,
        string instanceId,
        string? input,
        DateTime timestamp,
        string? executionId = null,
        string? version = null,
        ParentInstanceInfo? parent = null,
        DateTime? scheduledStart = null)
    {
        var started = new ExecutionStartedEvent
        {
            Name = name,
            Input = input,
            Version = version,
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = executionId },
            ParentInstance = parent,
        };
        if (scheduledStart is { } start)
        {
            started.ScheduledStartTimestamp = Timestamp.FromDateTime(Utc(start));
        }

        return New(timestamp, e => e.ExecutionStarted = started);
    }

    public static HistoryEvent OrchestratorStarted(DateTime timestamp)
        => New(timestamp, e => e.OrchestratorStarted = new OrchestratorStartedEvent());

    public static HistoryEvent OrchestratorCompleted(DateTime timestamp)
        => New(timestamp, e => e.OrchestratorCompleted = new OrchestratorCompletedEvent());

    public static HistoryEvent TaskScheduled(int id, string name, string? input, DateTime timestamp)
        => New(timestamp, e => e.TaskScheduled = new TaskScheduledEvent { Name = name, Input = input }, id);

    public static HistoryEvent TaskCompleted(int taskScheduledId, string? result, DateTime timestamp)
        => New(timestamp, e => e.TaskCompleted = new TaskCompletedEvent { TaskScheduledId = taskScheduledId, Result = result });

    public static HistoryEvent TaskFailed(int taskScheduledId, Protocol.TaskFailureDetails failure, DateTime timestamp)
        => New(timestamp, e => e.TaskFailed = new TaskFailedEvent { TaskScheduledId = taskScheduledId, FailureDetails = failure });

    public static HistoryEvent TimerCreated(int id, DateTime fireAt, DateTime timestamp)
        => New(timestamp, e => e.TimerCreated = new TimerCreatedEvent { FireAt = Timestamp.FromDateTime(Utc(fireAt)) }, id);

    public static HistoryEvent TimerFired(int timerId, DateTime fireAt, DateTime timestamp)
        => New(timestamp, e => e.TimerFired = new TimerFiredEvent { TimerId = timerId, FireAt = Timestamp.FromDateTime(Utc(fireAt)) });

    public static HistoryEvent SubOrchestrationCreated(int id, string instanceId, string name, string? input, DateTime timestamp, string? version = null)
        => New(timestamp, e => e.SubOrchestrationInstanceCreated = new SubOrchestrationInstanceCreatedEvent
        {
            InstanceId = instanceId,
            Name = name,
            Input = input,
            Version = version,
        }, id);

    public static HistoryEvent SubOrchestrationCompleted(int taskScheduledId, string? result, DateTime timestamp)
        => New(timestamp, e => e.SubOrchestrationInstanceCompleted = new SubOrchestrationInstanceCompletedEvent { TaskScheduledId = taskScheduledId, Result = result });

    public static HistoryEvent SubOrchestrationFailed(int taskScheduledId, Protocol.TaskFailureDetails failure, DateTime timestamp)
        => New(timestamp, e => e.SubOrchestrationInstanceFailed = new SubOrchestrationInstanceFailedEvent { TaskScheduledId = taskScheduledId, FailureDetails = failure });

    public static HistoryEvent EventRaised(string name, string? input, DateTime timestamp)
        => New(timestamp, e => e.EventRaised = new EventRaisedEvent { Name = name, Input = input });

    public static HistoryEvent EventSent(int id, string targetInstanceId, string name, string? input, DateTime timestamp)
        => New(timestamp, e => e.EventSent = new EventSentEvent { InstanceId = targetInstanceId, Name = name, Input = input }, id);

    public static HistoryEvent ExecutionTerminated(string? reason, DateTime timestamp, bool recurse = false)
        => New(timestamp, e => e.ExecutionTerminated = new ExecutionTerminatedEvent { Input = reason, Recurse = recurse });

    public static HistoryEvent ExecutionSuspended(string? reason, DateTime timestamp)
        => New(timestamp, e => e.ExecutionSuspended = new ExecutionSuspendedEvent { Input = reason });

    public static HistoryEvent ExecutionResumed(string? reason, DateTime timestamp)
        => New(timestamp, e => e.ExecutionResumed = new ExecutionResumedEvent { Input = reason });

    public static HistoryEvent ExecutionCompleted(OrchestrationStatus status, string? result, Protocol.TaskFailureDetails? failure, DateTime timestamp)
        => New(timestamp, e => e.ExecutionCompleted = new ExecutionCompletedEvent { OrchestrationStatus = status, Result = result, FailureDetails = failure });

    /// <summary>The history event that records an action the orchestrator took (TaskScheduled for
    /// scheduleTask, …). Returns null for completeOrchestration: the backend records
    /// ExecutionCompleted itself, because ContinueAsNew starts a new history instead.</summary>
    public static HistoryEvent? FromAction(OrchestratorAction action, DateTime timestamp)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.OrchestratorActionTypeCase switch
        {
            OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask => New(timestamp, e => e.TaskScheduled = new TaskScheduledEvent
            {
                Name = action.ScheduleTask.Name,
                Version = action.ScheduleTask.Version,
                Input = action.ScheduleTask.Input,
            }, action.Id),
            OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer => New(timestamp, e => e.TimerCreated = new TimerCreatedEvent { FireAt = action.CreateTimer.FireAt }, action.Id),
            OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration => New(timestamp, e => e.SubOrchestrationInstanceCreated = new SubOrchestrationInstanceCreatedEvent
            {
                InstanceId = action.CreateSubOrchestration.InstanceId,
                Name = action.CreateSubOrchestration.Name,
                Version = action.CreateSubOrchestration.Version,
                Input = action.CreateSubOrchestration.Input,
            }, action.Id),
            OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent => New(timestamp, e => e.EventSent = new EventSentEvent
            {
                InstanceId = action.SendEvent.Instance?.InstanceId ?? string.Empty,
                Name = action.SendEvent.Name,
                Input = action.SendEvent.Data,
            }, action.Id),
            _ => null,
        };
    }

    /// <summary>Converts a failure to its protocol form.</summary>
    public static Protocol.TaskFailureDetails ToProtocol(TaskFailureDetails failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new Protocol.TaskFailureDetails
        {
            ErrorType = failure.ErrorType,
            ErrorMessage = failure.ErrorMessage,
            StackTrace = failure.StackTrace,
            InnerFailure = failure.InnerFailure is null ? null : ToProtocol(failure.InnerFailure),
            IsNonRetriable = failure.IsNonRetriable,
        };
    }

    /// <summary>Converts a protocol failure to the programming-model record.</summary>
    public static TaskFailureDetails FromProtocol(Protocol.TaskFailureDetails? failure)
        => failure is null
            ? new TaskFailureDetails("Unknown", "The task failed without details.")
            : new TaskFailureDetails(
                failure.ErrorType,
                failure.ErrorMessage,
                failure.StackTrace,
                failure.InnerFailure is null ? null : FromProtocol(failure.InnerFailure),
                failure.IsNonRetriable);

    private static HistoryEvent New(DateTime timestamp, Action<HistoryEvent> set, int eventId = -1)
    {
        var e = new HistoryEvent { EventId = eventId, Timestamp = Timestamp.FromDateTime(Utc(timestamp)) };
        set(e);
        return e;
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };
}
