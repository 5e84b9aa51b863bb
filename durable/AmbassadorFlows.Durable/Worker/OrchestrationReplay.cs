using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.History;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>
/// What the current code does with a recorded history, replayed whole by the production replay
/// engine (DTFx's executor and the SDK's shims, as every turn runs): the actions the history does
/// not already hold. A history the code still matches yields none while the instance runs, and
/// only its completion once it has ended; a non-deterministic one fails (<see cref="Failure"/>).
/// </summary>
public sealed record OrchestrationReplay(IReadOnlyList<OrchestratorAction> NewActions)
{
    /// <summary>The completion the replay reached, if the orchestrator returned (or failed).</summary>
    public OrchestrationCompleteOrchestratorAction? Completion => NewActions.OfType<OrchestrationCompleteOrchestratorAction>().SingleOrDefault();

    /// <summary>Why the replay failed (non-determinism, an exception in the orchestrator); null otherwise.</summary>
    public string? Failure => Completion is { OrchestrationStatus: OrchestrationStatus.Failed } failed
        ? failed.FailureDetails?.ToString() ?? failed.Result
        : null;

    /// <summary>True when the replay did exactly what the history records: nothing new for a running
    /// instance; for one that ended, the same completion with the same output.</summary>
    public bool Matches(IReadOnlyList<HistoryEvent> history, out string difference)
    {
        ArgumentNullException.ThrowIfNull(history);
        var recorded = history.OfType<ExecutionCompletedEvent>().SingleOrDefault();
        if (Failure is { } failure && recorded?.OrchestrationStatus != OrchestrationStatus.Failed)
        {
            difference = $"the replay failed: {failure}";
            return false;
        }

        var others = NewActions.Where(a => a is not OrchestrationCompleteOrchestratorAction).ToList();
        if (others.Count > 0)
        {
            difference = $"the replay scheduled what the history does not hold: {string.Join(", ", others.Select(Describe))}";
            return false;
        }

        if (recorded is null)
        {
            difference = Completion is null ? string.Empty : $"the replay ended ({Completion.OrchestrationStatus}) where the instance still runs";
            return Completion is null;
        }

        if (Completion is null || Completion.OrchestrationStatus != recorded.OrchestrationStatus || Completion.Result != recorded.Result)
        {
            difference = $"the history ended {recorded.OrchestrationStatus} with {recorded.Result}; the replay {(Completion is null ? "did not end" : $"ended {Completion.OrchestrationStatus} with {Completion.Result}")}";
            return false;
        }

        difference = string.Empty;
        return true;
    }

    private static string Describe(OrchestratorAction action) => action switch
    {
        ScheduleTaskOrchestratorAction task => $"activity {task.Name} (#{task.Id})",
        CreateTimerOrchestratorAction timer => $"timer {timer.FireAt:O} (#{timer.Id})",
        CreateSubOrchestrationAction sub => $"sub-orchestration {sub.Name} {sub.InstanceId} (#{sub.Id})",
        SendEventOrchestratorAction sent => $"event {sent.EventName} to {sent.Instance?.InstanceId} (#{sent.Id})",
        _ => $"{action.OrchestratorActionType} (#{action.Id})",
    };
}
