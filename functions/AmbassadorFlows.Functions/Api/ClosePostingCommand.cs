using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Versioning;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Api;

/// <summary>
/// HR ends a cohort's posting before its deadline: the cohort takes no more applications and asks
/// for the selection at once. Shared by the HR API (problem details) and the dashboard form (a page).
/// Whether the posting is open is the cohort's own word (its custom status), not a read model's; a
/// cohort started before version 3 cannot take the event, so it is refused rather than ignored.
/// </summary>
public static class ClosePostingCommand
{
    public enum Outcome
    {
        /// <summary>The event is raised; the cohort closes the posting in its next turn.</summary>
        Closed,

        UnknownCohort,

        /// <summary>The posting is over (selection or later), or the cohort has not started or has ended.</summary>
        NotOpen,

        /// <summary>A cohort of version 1 or 2: its posting runs to its deadline.</summary>
        OlderVersion,
    }

    /// <param name="closedBy">The signed-in caller's id (histories hold ids, never names).</param>
    public static async Task<Outcome> CloseAsync(DurableTaskClient client, string cohortId, string closedBy, CancellationToken cancellationToken)
    {
        var outcome = await CheckAsync(client, cohortId, cancellationToken);
        if (outcome == Outcome.Closed)
        {
            await client.RaiseEventAsync(cohortId, CohortEvents.ClosePosting, new ClosePosting(closedBy), cancellationToken);
        }

        return outcome;
    }

    /// <summary>True when HR may close the cohort's posting now: the cohort page offers the button then only.</summary>
    public static async Task<bool> CanCloseAsync(DurableTaskClient client, string cohortId, CancellationToken cancellationToken)
        => await CheckAsync(client, cohortId, cancellationToken) == Outcome.Closed;

    /// <summary><see cref="Outcome.Closed"/> when the event may be raised; otherwise why not.</summary>
    private static async Task<Outcome> CheckAsync(DurableTaskClient client, string cohortId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(cohortId);
        var cohort = await client.GetInstanceAsync(cohortId, getInputsAndOutputs: false, cancellationToken);
        if (cohort is null || !CohortReadModel.IsCohort(cohort))
        {
            return Outcome.UnknownCohort;
        }

        if (cohort.RuntimeStatus != OrchestrationRuntimeStatus.Running || CohortReadModel.ReadStatus(cohort)?.Step != "posting")
        {
            return Outcome.NotOpen;
        }

        // The version is in the history's first events only; during the posting the history is
        // short (one event per application), so reading it here stays cheap.
        var history = await client.GetOrchestrationHistoryAsync(cohortId, cancellationToken);
        var version = history.OfType<ExecutionStartedEvent>().FirstOrDefault()?.Version;
        return OrchestrationVersions.RecordedAtLeast(version, OrchestrationVersions.V3) ? Outcome.Closed : Outcome.OlderVersion;
    }
}
