using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>
/// How the cohort waits for a moment in its calendar. Version 1 waits the whole time. Version 2 also
/// stops waiting when the last journey ends, so the cohort completes then, not at its next timer (the
/// losing timer is cancelled: an uncancelled timer keeps the instance running). Version 4 also wakes
/// for HR's changes, takes them, and waits again for the moment as it stands after them (a moved
/// meeting moves its moment; null means there is nothing left to wait for).
/// </summary>
internal sealed class CohortWaits(TaskOrchestrationContext context, IReadOnlyList<Task<JourneyResult>> journeys, CohortChanges? changes, Func<Task> takeChanges)
{
    /// <summary>False when no journey is open any more.</summary>
    public async Task<bool> UntilAsync(Func<DateTime?> until)
    {
        if (!context.IsAtLeast(OrchestrationVersions.V2))
        {
            await context.CreateTimer(until() ?? context.CurrentUtcDateTime, CancellationToken.None);
            return true;
        }

        // Each turn of the loop takes HR's changes or waits once; it ends with the moment, the last
        // journey, or nothing left to wait for (history grows only by what HR changes).
        var waiting = true;
        while (waiting)
        {
            if (changes is { Pending: true })
            {
                await takeChanges();
                continue;
            }

            if (!AnyOpen || until() is not { } moment || moment <= context.CurrentUtcDateTime)
            {
                break;
            }

            using var timerCts = new CancellationTokenSource();
            var timer = context.CreateTimer(moment, timerCts.Token);
            var allEnded = Task.WhenAll(journeys);
            var winner = changes is null
                ? await Task.WhenAny(timer, allEnded)
                : await Task.WhenAny(timer, allEnded, changes.HrChange, changes.MeetingChange);
            if (winner != timer)
            {
                timerCts.Cancel(); // synchronous: CancelAsync runs callbacks on the thread pool, outside the replay
            }

            waiting = winner != timer && winner != allEnded;
        }

        return AnyOpen;
    }

    private bool AnyOpen => journeys.Any(j => !j.IsCompleted);
}
