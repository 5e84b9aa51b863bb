using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker.Grpc;
using P = Microsoft.DurableTask.Protobuf;

namespace AmbassadorFlows.Functions.Tests.Azure;

/// <summary>
/// Plays the Durable extension's part for one instance of an orchestrator function, turn by turn, on
/// the path the isolated worker takes: each turn is a base64 <c>OrchestratorRequest</c> (past events +
/// new events) handed to <see cref="GrpcOrchestrationRunner.LoadAndRun(string, ITaskOrchestrator, IServiceProvider?)"/>,
/// whose answer is a base64 <c>OrchestratorResponse</c> with the actions of the turn. The driver writes
/// the history as the host would (TaskScheduled, TimerCreated ... with the action ids) and lets the test
/// complete activities, raise events and fire timers. The orchestrator is invoked through its
/// <c>[Function]</c> method, as the extension invokes the function.
/// </summary>
internal sealed class GrpcOrchestrationDriver
{
    private readonly string _instanceId;
    private readonly ITaskOrchestrator _orchestrator;
    private readonly List<P.HistoryEvent> _past = [];
    private readonly List<P.HistoryEvent> _new = [];
    private readonly Dictionary<int, P.ScheduleTaskAction> _pendingActivities = [];
    private readonly List<(int Id, DateTime FireAt)> _timers = [];

    /// <param name="version">The instance's orchestration version: by default the one host.json gives new instances.</param>
    public GrpcOrchestrationDriver(MethodInfo function, string instanceId, object? input, DateTime startedAt, string version = OrchestrationVersions.Current)
    {
        ArgumentNullException.ThrowIfNull(function);
        _instanceId = instanceId;
        Now = startedAt;
        var name = function.GetCustomAttribute<FunctionAttribute>()!.Name;
        _orchestrator = new FunctionOrchestrator(function, InputTypeOf(name));
        _new.Add(new P.HistoryEvent
        {
            EventId = -1,
            Timestamp = Timestamp.FromDateTime(Now),
            ExecutionStarted = new P.ExecutionStartedEvent
            {
                Name = name,
                Version = version,
                Input = JsonDataConverter.Default.Serialize(input),
                OrchestrationInstance = new P.OrchestrationInstance { InstanceId = instanceId, ExecutionId = Guid.NewGuid().ToString("N") },
            },
        });
    }

    /// <summary>The orchestration's clock: the time of the turns the driver sends.</summary>
    public DateTime Now { get; private set; }

    /// <summary>Every activity the orchestrator scheduled, in order.</summary>
    public List<P.ScheduleTaskAction> Scheduled { get; } = [];

    public IReadOnlyCollection<P.ScheduleTaskAction> PendingActivities => _pendingActivities.Values;

    public IReadOnlyList<(int Id, DateTime FireAt)> Timers => _timers;

    public P.OrchestratorResponse? LastResponse { get; private set; }

    public P.CompleteOrchestrationAction? Completion { get; private set; }

    /// <summary>An activity's input as scheduled: the SDK's shim hands DTFx the input as its one
    /// parameter, so the action carries a JSON array of one element (the activity side unwraps it).</summary>
    public static T Input<T>(P.ScheduleTaskAction task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var parameters = JsonDataConverter.Default.Deserialize<T[]>(task.Input);
        return Assert.Single(parameters!);
    }

    /// <summary>One turn: the new events so far go to the orchestrator; its actions are recorded.</summary>
    public P.OrchestratorResponse RunTurn()
    {
        Assert.Null(Completion);
        var request = new P.OrchestratorRequest { InstanceId = _instanceId };
        request.PastEvents.AddRange(_past);
        request.NewEvents.Add(new P.HistoryEvent { EventId = -1, Timestamp = Timestamp.FromDateTime(Now), OrchestratorStarted = new P.OrchestratorStartedEvent() });
        request.NewEvents.AddRange(_new);
        _new.Clear();

        var encoded = GrpcOrchestrationRunner.LoadAndRun(Convert.ToBase64String(request.ToByteArray()), _orchestrator, services: null);
        var response = P.OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(encoded));
        Assert.Equal(_instanceId, response.InstanceId);

        _past.AddRange(request.NewEvents);
        foreach (var action in response.Actions)
        {
            Record(action);
        }

        _past.Add(new P.HistoryEvent { EventId = -1, Timestamp = Timestamp.FromDateTime(Now), OrchestratorCompleted = new P.OrchestratorCompletedEvent() });
        LastResponse = response;
        return response;
    }

    /// <summary>Runs turns, completing every activity the orchestrator schedules with
    /// <paramref name="results"/>, until it waits for something else (an event, a timer) or ends.</summary>
    public void RunUntilIdle(Func<P.ScheduleTaskAction, object?> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        RunTurn();
        while (Completion is null && _pendingActivities.Count > 0)
        {
            foreach (var (id, task) in _pendingActivities.ToList())
            {
                CompleteActivity(id, results(task));
            }

            RunTurn();
        }
    }

    public void CompleteActivity(int taskId, object? result)
    {
        Assert.True(_pendingActivities.Remove(taskId), $"No activity {taskId} is pending.");
        _new.Add(new P.HistoryEvent
        {
            EventId = -1,
            Timestamp = Timestamp.FromDateTime(Now),
            TaskCompleted = new P.TaskCompletedEvent { TaskScheduledId = taskId, Result = JsonDataConverter.Default.Serialize(result) },
        });
    }

    public void RaiseEvent(string name, object? payload, TimeSpan after)
    {
        Now += after;
        _new.Add(new P.HistoryEvent
        {
            EventId = -1,
            Timestamp = Timestamp.FromDateTime(Now),
            EventRaised = new P.EventRaisedEvent { Name = name, Input = JsonDataConverter.Default.Serialize(payload) },
        });
    }

    /// <summary>Moves the clock to the newest timer (the one a sequential step waits on now; older
    /// ones were cancelled or have fired) and fires it. Returns its time.</summary>
    public DateTime FireNewestTimer()
    {
        Assert.NotEmpty(_timers);
        var (id, fireAt) = _timers[^1];
        _timers.RemoveAt(_timers.Count - 1);
        Now = fireAt > Now ? fireAt : Now;
        _new.Add(new P.HistoryEvent
        {
            EventId = -1,
            Timestamp = Timestamp.FromDateTime(Now),
            TimerFired = new P.TimerFiredEvent { TimerId = id, FireAt = Timestamp.FromDateTime(fireAt) },
        });
        return fireAt;
    }

    /// <summary>Fires timers until the clock reaches <paramref name="until"/>, running each turn to idle
    /// with <paramref name="results"/>. A long wait is a chain of timers (the SDK splits timers longer
    /// than its maximum interval), so this may take several.</summary>
    public void FireTimersUntil(DateTime until, Func<P.ScheduleTaskAction, object?> results)
    {
        while (Now < until && Completion is null)
        {
            Assert.True(_timers.Count > 0 && _timers[^1].FireAt <= until, $"No timer is waiting to fire by {until:O} (newest: {(_timers.Count > 0 ? _timers[^1].FireAt.ToString("O") : "none")}).");
            FireNewestTimer();
            RunUntilIdle(results);
        }

        Assert.Equal(until, Now);
    }

    /// <summary>Writes what the host writes for an action, under the action's id.</summary>
    private void Record(P.OrchestratorAction action)
    {
        var at = Timestamp.FromDateTime(Now);
        switch (action.OrchestratorActionTypeCase)
        {
            case P.OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask:
                Scheduled.Add(action.ScheduleTask);
                _pendingActivities.Add(action.Id, action.ScheduleTask);
                _past.Add(new P.HistoryEvent { EventId = action.Id, Timestamp = at, TaskScheduled = new P.TaskScheduledEvent { Name = action.ScheduleTask.Name, Input = action.ScheduleTask.Input } });
                break;
            case P.OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer:
                _timers.Add((action.Id, action.CreateTimer.FireAt.ToDateTime()));
                _past.Add(new P.HistoryEvent { EventId = action.Id, Timestamp = at, TimerCreated = new P.TimerCreatedEvent { FireAt = action.CreateTimer.FireAt } });
                break;
            case P.OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration:
                Completion = action.CompleteOrchestration;
                break;
            default:
                throw new NotSupportedException($"The driver does not play {action.OrchestratorActionTypeCase} actions.");
        }
    }

    /// <summary>The input type of the workflow orchestrator of that name: what the extension's context
    /// deserializes the instance's input to when the function asks for it.</summary>
    private static System.Type InputTypeOf(string name)
        => Workflows.AmbassadorWorkflows.Orchestrators.Single(t => t.Name == name).BaseType!.GetGenericArguments()[0];

    /// <summary>Runs a <c>[Function]</c> orchestrator method the way the extension does: with the
    /// context, the method reading its own input.</summary>
    private sealed class FunctionOrchestrator(MethodInfo function, System.Type inputType) : ITaskOrchestrator
    {
        public System.Type InputType => inputType;

        public System.Type OutputType => function.ReturnType.GetGenericArguments()[0];

        public async Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
        {
            var task = (Task)function.Invoke(null, [context])!;
            await task;
            return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
        }
    }
}
