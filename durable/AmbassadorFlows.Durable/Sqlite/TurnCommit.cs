using DurableTask.Core;
using DurableTask.Core.History;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>
/// A completed orchestration turn, serialised before the write gate is taken (JSON is the costly
/// part; the transaction then only runs prepared statements).
/// </summary>
internal sealed class TurnCommit
{
    private TurnCommit()
    {
    }

    public OrchestrationState? State { get; private init; }

    /// <summary>The execution the history belongs to after this turn.</summary>
    public string ExecutionId { get; private init; } = string.Empty;

    /// <summary>ContinueAsNew ran inside the turn (DTFx runs the next execution at once): the stored
    /// history is replaced by the new execution's.</summary>
    public bool NewExecution { get; private init; }

    public int FirstSeq { get; private init; }

    public int HistoryLength => FirstSeq + NewEventCount;

    public int NewEventCount { get; private set; }

    public HistoryEvent[] Events { get; private init; } = [];

    /// <summary>The events this turn added, as one JSON array; null when none.</summary>
    public string? NewEventsJson { get; private set; }

    public List<string> ActivitiesJson { get; } = [];

    public List<(long VisibleAt, string Json)> TimersJson { get; } = [];

    public List<(TaskMessage Message, string Json)> OrchestratorMessages { get; } = [];

    public string? ContinuedAsNewJson { get; private init; }

    public string? FailureJson { get; private init; }

    public string? TagsJson { get; private init; }

    public static TurnCommit Prepare(
        SqliteOrchestrationWorkItem item,
        OrchestrationRuntimeState runtimeState,
        IList<TaskMessage>? outbound,
        IList<TaskMessage>? orchestratorMessages,
        IList<TaskMessage>? timers,
        TaskMessage? continuedAsNew,
        OrchestrationState? state)
    {
        var executionId = runtimeState.OrchestrationInstance?.ExecutionId ?? item.ExecutionId;
        var newExecution = !string.Equals(executionId, item.ExecutionId, StringComparison.Ordinal);
        var turn = new TurnCommit
        {
            State = state,
            ExecutionId = executionId,
            NewExecution = newExecution,
            FirstSeq = newExecution ? 0 : item.HistoryLength,
            Events = state is null ? [] : [.. runtimeState.Events],
            ContinuedAsNewJson = continuedAsNew is null ? null : DurableJson.Serialize(continuedAsNew),
            FailureJson = state?.FailureDetails is null ? null : DurableJson.Serialize(state.FailureDetails),
            TagsJson = state?.Tags is { Count: > 0 } tags ? DurableJson.Serialize(tags) : null,
        };

        if (state is not null)
        {
            var fresh = (newExecution ? runtimeState.Events : runtimeState.NewEvents).ToArray();
            turn.NewEventCount = fresh.Length;
            turn.NewEventsJson = fresh.Length == 0 ? null : DurableJson.Serialize(fresh);
        }

        foreach (var message in outbound ?? [])
        {
            turn.ActivitiesJson.Add(DurableJson.Serialize(message));
        }

        foreach (var message in timers ?? [])
        {
            var fireAt = message.Event is TimerFiredEvent timer ? timer.FireAt : DateTime.MinValue;
            turn.TimersJson.Add((fireAt.Ticks, DurableJson.Serialize(message)));
        }

        foreach (var message in orchestratorMessages ?? [])
        {
            turn.OrchestratorMessages.Add((message, DurableJson.Serialize(message)));
        }

        return turn;
    }
}
