using AmbassadorFlows.Durable.Protocol;
using K = AmbassadorFlows.Durable.Protocol.HistoryEvent.EventTypeOneofCase;

namespace AmbassadorFlows.Durable.Tests.Embedded;

/// <summary>Checks that a finished execution's history is whole: one start, one end, action ids
/// 0..n-1 with no gap or repeat, and exactly one outcome per task, timer and sub-orchestration.</summary>
internal static class HistoryAssert
{
    public static void IsConsistent(IReadOnlyList<HistoryEvent> history, string instanceId)
    {
        var problems = Problems(history);
        Assert.True(problems.Count == 0, $"{instanceId}: {string.Join("; ", problems)}");
    }

    public static List<string> Problems(IReadOnlyList<HistoryEvent> history)
    {
        var problems = new List<string>();
        var starts = history.Count(e => e.EventTypeCase == K.ExecutionStarted);
        var ends = history.Count(e => e.EventTypeCase == K.ExecutionCompleted);
        if (starts != 1)
        {
            problems.Add($"{starts} ExecutionStarted");
        }

        if (ends != 1)
        {
            problems.Add($"{ends} ExecutionCompleted");
        }
        else if (history[^1].EventTypeCase != K.ExecutionCompleted)
        {
            problems.Add("ExecutionCompleted is not last");
        }

        var actions = history.Where(e => e.EventTypeCase is K.TaskScheduled or K.TimerCreated or K.SubOrchestrationInstanceCreated or K.EventSent).ToList();
        var ids = actions.Select(e => e.EventId).ToList();
        if (!ids.SequenceEqual(Enumerable.Range(0, ids.Count)))
        {
            problems.Add($"action ids not consecutive from 0: [{string.Join(",", ids)}]");
        }

        foreach (var action in actions)
        {
            var outcomes = action.EventTypeCase switch
            {
                K.TaskScheduled => history.Count(e =>
                    (e.EventTypeCase == K.TaskCompleted && e.TaskCompleted.TaskScheduledId == action.EventId)
                    || (e.EventTypeCase == K.TaskFailed && e.TaskFailed.TaskScheduledId == action.EventId)),
                K.TimerCreated => history.Count(e => e.EventTypeCase == K.TimerFired && e.TimerFired.TimerId == action.EventId),
                K.SubOrchestrationInstanceCreated => history.Count(e =>
                    (e.EventTypeCase == K.SubOrchestrationInstanceCompleted && e.SubOrchestrationInstanceCompleted.TaskScheduledId == action.EventId)
                    || (e.EventTypeCase == K.SubOrchestrationInstanceFailed && e.SubOrchestrationInstanceFailed.TaskScheduledId == action.EventId)),
                _ => 1,
            };
            if (outcomes != 1)
            {
                problems.Add($"{action.EventTypeCase} #{action.EventId} has {outcomes} outcomes");
            }
        }

        // Outcomes for actions that were never taken would be duplicates from a replayed turn.
        var scheduledIds = actions.Select(a => a.EventId).ToHashSet();
        var orphans = history.Where(e => e.EventTypeCase switch
        {
            K.TaskCompleted => !scheduledIds.Contains(e.TaskCompleted.TaskScheduledId),
            K.TaskFailed => !scheduledIds.Contains(e.TaskFailed.TaskScheduledId),
            K.TimerFired => !scheduledIds.Contains(e.TimerFired.TimerId),
            _ => false,
        }).ToList();
        if (orphans.Count > 0)
        {
            problems.Add($"{orphans.Count} outcomes without an action");
        }

        var turnsStarted = history.Count(e => e.EventTypeCase == K.OrchestratorStarted);
        var turnsCompleted = history.Count(e => e.EventTypeCase == K.OrchestratorCompleted);
        if (turnsStarted != turnsCompleted)
        {
            problems.Add($"{turnsStarted} OrchestratorStarted but {turnsCompleted} OrchestratorCompleted");
        }

        return problems;
    }
}
