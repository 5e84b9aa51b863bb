using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>One row of the instances table.</summary>
internal sealed record InstanceRow(
    string InstanceId,
    string Name,
    string? Version,
    string ExecutionId,
    OrchestrationRuntimeStatus Status,
    string? CustomStatus,
    string? Input,
    string? Output,
    Protocol.TaskFailureDetails? Failure,
    string? ParentInstanceId,
    string? ParentExecutionId,
    int? ParentTaskId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt);

/// <summary>An inbox row: an event waiting for the orchestrator. A null execution id means
/// "whatever execution is current" (raised events, terminate, suspend).</summary>
internal sealed record InboxMessage(long Id, string? ExecutionId, HistoryEvent Event);

/// <summary>An instance claimed for one turn: its history and the inbox events visible now.</summary>
internal sealed record OrchestrationWorkItem(InstanceRow Instance, IReadOnlyList<HistoryEvent> History, IReadOnlyList<InboxMessage> Inbox);

/// <summary>What a worker asks to lease: up to <see cref="Max"/> ready instances for <see cref="Lease"/>.</summary>
internal sealed record OrchestrationClaim(string Owner, int Max, TimeSpan Lease);

/// <summary>An activity claimed by a worker. <see cref="Attempt"/> counts deliveries.</summary>
internal sealed record ActivityWorkItem(long Id, string InstanceId, string ExecutionId, int TaskId, string Name, string? Input, int Attempt);

/// <summary>A finished activity: TaskCompleted or TaskFailed for the instance's inbox.</summary>
internal sealed record ActivityCompletion(ActivityWorkItem Item, HistoryEvent Result);

/// <summary>Something a turn sends elsewhere, applied in the turn's transaction.</summary>
internal abstract record TurnEffect;

internal sealed record ScheduleActivityEffect(int TaskId, string Name, string? Version, string? Input) : TurnEffect;

internal sealed record CreateTimerEffect(HistoryEvent TimerFired, DateTimeOffset FireAt) : TurnEffect;

internal sealed record StartChildEffect(int TaskId, string InstanceId, string Name, string? Version, string? Input) : TurnEffect;

internal sealed record SendEventEffect(string TargetInstanceId, string Name, string? Data) : TurnEffect;

/// <summary>How an execution ended: Completed, Failed or Terminated.</summary>
internal sealed record ExecutionOutcome(OrchestrationRuntimeStatus Status, string? Output, Protocol.TaskFailureDetails? Failure, bool TerminateChildren, string? TerminateReason);

/// <summary>ContinueAsNew: a fresh history that starts with these inbox events.</summary>
internal sealed record ContinueAsNewOutcome(string NewExecutionId, HistoryEvent ExecutionStarted, IReadOnlyList<HistoryEvent> CarryoverEvents, string? NewInput, string? NewVersion);

/// <summary>Everything one turn changes, committed in one transaction.</summary>
internal sealed class TurnCommit
{
    /// <summary>The instance row as claimed. Nothing else changes a leased instance's row, so it
    /// is still current at commit (the commit re-checks the lease).</summary>
    public required InstanceRow Instance { get; init; }

    public string InstanceId => Instance.InstanceId;

    public string ExecutionId => Instance.ExecutionId;

    public required IReadOnlyList<long> ConsumedInboxIds { get; init; }

    /// <summary>Events appended to history; empty when nothing was delivered.</summary>
    public IReadOnlyList<HistoryEvent> AppendedHistory { get; init; } = [];

    /// <summary>The history the turn replayed; <see cref="AppendedHistory"/> continues it.</summary>
    public required IReadOnlyList<HistoryEvent> PastHistory { get; init; }

    public int PastCount => PastHistory.Count;

    public OrchestrationRuntimeStatus Status { get; init; }

    public bool CustomStatusSet { get; init; }

    public string? CustomStatus { get; init; }

    public IReadOnlyList<TurnEffect> Effects { get; init; } = [];

    public ExecutionOutcome? Outcome { get; init; }

    public ContinueAsNewOutcome? ContinuedAsNew { get; init; }
}

/// <summary>An event the turn addresses to its own inbox (e.g. a sub-orchestration that could not start).</summary>
internal sealed record SelfEventEffect(HistoryEvent Event) : TurnEffect;
