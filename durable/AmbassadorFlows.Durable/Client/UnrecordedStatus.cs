using DurableTask.Core;
using DurableTask.Core.History;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>
/// Completes an instance row that DTFx's Azure Storage provider left without a status. The provider
/// writes a turn's history first and the instance row after, and sets the row's status, name and creation
/// time only from the turn that holds the ExecutionStarted event. A worker killed between those two writes
/// in an instance's first turn leaves a row (or none, then one merged by later turns) with no status, which
/// the provider reports as status -1 until the instance ends, although the instance runs and takes
/// events. Without this, such an instance would be "unknown" to every reader: a decision could not be
/// delivered to it, and a listing holding it would fail.
/// </summary>
internal static class UnrecordedStatus
{
    public static bool IsMissing(OrchestrationState state) => !Enum.IsDefined(state.OrchestrationStatus);

    /// <summary>Fills the status (and a missing name or creation time) from the instance's history.</summary>
    public static void FillFrom(OrchestrationState state, IReadOnlyList<HistoryEvent> history)
    {
        var started = history.OfType<ExecutionStartedEvent>().LastOrDefault();
        state.OrchestrationStatus = history.LastOrDefault(e => e is ExecutionCompletedEvent or ExecutionTerminatedEvent) switch
        {
            ExecutionCompletedEvent completed => completed.OrchestrationStatus,
            ExecutionTerminatedEvent => OrchestrationStatus.Terminated,
            _ => started is null ? OrchestrationStatus.Pending : OrchestrationStatus.Running,
        };
        if (started is not null)
        {
            state.Name ??= started.Name;
            if (state.CreatedTime == default)
            {
                state.CreatedTime = started.Timestamp;
            }
        }
    }
}
