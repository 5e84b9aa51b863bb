using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;

namespace AmbassadorFlows.Durable.Tests.Replay;

/// <summary>
/// Plays the backend's part for executor tests: each turn sends the recorded past events plus the
/// new events a test names, then records what a backend would append (the new events, one history
/// event per action, OrchestratorCompleted). Tests assert the exact actions of each turn.
/// </summary>
internal sealed class ReplayHarness
{
    public static readonly DateTime T0 = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    private readonly OrchestrationExecutor _executor;
    private readonly List<HistoryEvent> _past = [];

    public ReplayHarness(DurableTaskRegistry registry, OrchestrationExecutorOptions? options = null, string instanceId = "test-instance")
    {
        _executor = new OrchestrationExecutor(registry, options);
        InstanceId = instanceId;
    }

    public string InstanceId { get; }

    public DateTime Now { get; set; } = T0;

    public IReadOnlyList<HistoryEvent> Past => _past;

    public static ReplayHarness For<TOrchestrator>(OrchestrationExecutorOptions? options = null)
        where TOrchestrator : ITaskOrchestrator, new()
        => new(new DurableTaskRegistry().AddOrchestrator<TOrchestrator>(), options);

    /// <summary>The first turn: ExecutionStarted with this input.</summary>
    public OrchestratorResponse Start(string name, string? input, params HistoryEvent[] alsoNew)
        => Turn([HistoryEvents.ExecutionStarted(name, InstanceId, input, Now, executionId: "exec-1"), .. alsoNew]);

    public OrchestratorResponse Turn(params HistoryEvent[] newEvents)
    {
        var request = new OrchestratorRequest { InstanceId = InstanceId, ExecutionId = "exec-1" };
        request.PastEvents.AddRange(_past);
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(Now));
        request.NewEvents.AddRange(newEvents);
        var response = _executor.Execute(request);

        _past.AddRange(request.NewEvents);
        foreach (var action in response.Actions)
        {
            if (HistoryEvents.FromAction(action, Now) is { } recorded)
            {
                _past.Add(recorded);
            }
        }

        _past.Add(HistoryEvents.OrchestratorCompleted(Now));
        return response;
    }

    public HistoryEvent Completed(int taskId, string? result) => HistoryEvents.TaskCompleted(taskId, result, Now);

    public HistoryEvent Failed(int taskId, string message)
        => HistoryEvents.TaskFailed(taskId, new Protocol.TaskFailureDetails { ErrorType = "System.InvalidOperationException", ErrorMessage = message }, Now);

    public HistoryEvent Fired(int timerId, DateTime fireAt) => HistoryEvents.TimerFired(timerId, fireAt, Now);

    public HistoryEvent Raised(string name, string? input) => HistoryEvents.EventRaised(name, input, Now);
}

internal static class ResponseAssertions
{
    public static OrchestratorAction Single(this OrchestratorResponse response, OrchestratorAction.OrchestratorActionTypeOneofCase kind)
    {
        var action = Assert.Single(response.Actions);
        Assert.Equal(kind, action.OrchestratorActionTypeCase);
        return action;
    }

    public static CompleteOrchestrationAction Completion(this OrchestratorResponse response)
    {
        var last = response.Actions.Last();
        Assert.Equal(OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration, last.OrchestratorActionTypeCase);
        return last.CompleteOrchestration;
    }

    public static string Describe(this OrchestratorResponse response)
        => string.Join(", ", response.Actions.Select(a => a.OrchestratorActionTypeCase switch
        {
            OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask => $"#{a.Id} task {a.ScheduleTask.Name}({a.ScheduleTask.Input})",
            OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer => $"#{a.Id} timer {a.CreateTimer.FireAt.ToDateTime():yyyy-MM-ddTHH:mm}",
            OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration => $"#{a.Id} sub {a.CreateSubOrchestration.Name} {a.CreateSubOrchestration.InstanceId}",
            OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent => $"#{a.Id} send {a.SendEvent.Name} to {a.SendEvent.Instance.InstanceId}",
            OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration => $"#{a.Id} complete {a.CompleteOrchestration.OrchestrationStatus} {a.CompleteOrchestration.Result}",
            _ => a.OrchestratorActionTypeCase.ToString(),
        }));
}
