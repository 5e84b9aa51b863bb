using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Replay;

/// <summary>
/// Runs one orchestration turn: replays <see cref="OrchestratorRequest.PastEvents"/>, applies
/// <see cref="OrchestratorRequest.NewEvents"/>, runs the orchestrator until it blocks, and returns
/// the new actions. Pure: no I/O, no clocks, no threads. Never throws for orchestration problems:
/// those become a FAILED completion inside the response, as the Durable extension expects.
/// </summary>
public sealed class OrchestrationExecutor
{
    private readonly DurableTaskRegistry _registry;
    private readonly OrchestrationExecutorOptions _options;

    public OrchestrationExecutor(DurableTaskRegistry registry, OrchestrationExecutorOptions? options = null)
    {
        _registry = registry;
        _options = options ?? new OrchestrationExecutorOptions();
    }

    public DurableTaskRegistry Registry => _registry;

    public OrchestrationExecutorOptions Options => _options;

    public OrchestratorResponse Execute(OrchestratorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var turn = new Turn(this, request);
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(turn.Scheduler);
        try
        {
            return turn.Run();
        }
        finally
        {
            turn.Scheduler.Close();
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>The state of one Execute call.</summary>
    private sealed class Turn(OrchestrationExecutor executor, OrchestratorRequest request)
    {
        private readonly ReplayOrchestrationContext _context = new(request.InstanceId, executor._options);
        private readonly List<HistoryEvent> _deferredWhileSuspended = [];
        private readonly List<HistoryEvent> _unprocessedEventRaised = [];
        private Task<object?>? _orchestration;
        private bool _suspended;
        private OrchestratorAction? _completion;

        public ReplaySynchronizationContext Scheduler { get; } = new();

        public OrchestratorResponse Run()
        {
            try
            {
                _context.Replaying = true;
                foreach (var e in request.PastEvents)
                {
                    Apply(e);
                }

                _context.Replaying = false;
                foreach (var e in request.NewEvents)
                {
                    if (_completion is not null)
                    {
                        // Finished earlier in this turn: only events a ContinueAsNew may carry over matter.
                        if (e.EventTypeCase == HistoryEvent.EventTypeOneofCase.EventRaised)
                        {
                            _unprocessedEventRaised.Add(e);
                        }

                        continue;
                    }

                    Apply(e);
                }

                if (_completion is null && _orchestration is null)
                {
                    return Fail(new TaskFailureDetails("InvalidOperationException",
                        $"The history of '{request.InstanceId}' has no ExecutionStarted event; there is nothing to run.", IsNonRetriable: true));
                }

                if (_completion is null && !_suspended && !_context.HasDurableWork)
                {
                    // The code awaits something that no history event can ever complete
                    // (Task.Delay, I/O, a plain TaskCompletionSource): fail visibly instead of hanging.
                    return Fail(new TaskFailureDetails("InvalidOperationException",
                        "The orchestrator is waiting on a task that is not durable (such as Task.Delay, Task.Run or I/O). " +
                        "Use the context's CreateTimer, CallActivityAsync and WaitForExternalEvent.", IsNonRetriable: true));
                }

                return BuildResponse();
            }
            catch (NonDeterministicOrchestrationException ex)
            {
                return Fail(TaskFailureDetails.FromException(ex) with { IsNonRetriable = true });
            }
            catch (Exception ex)
            {
                return Fail(TaskFailureDetails.FromException(ex));
            }
        }

        private void Apply(HistoryEvent e)
        {
            if (_suspended && e.EventTypeCase is not (HistoryEvent.EventTypeOneofCase.ExecutionResumed
                or HistoryEvent.EventTypeOneofCase.ExecutionTerminated or HistoryEvent.EventTypeOneofCase.OrchestratorStarted
                or HistoryEvent.EventTypeOneofCase.OrchestratorCompleted))
            {
                // While suspended, events wait; they are applied in order on resume.
                _deferredWhileSuspended.Add(e);
                return;
            }

            switch (e.EventTypeCase)
            {
                case HistoryEvent.EventTypeOneofCase.OrchestratorStarted:
                    _context.Now = e.Timestamp.ToDateTime();
                    break;
                case HistoryEvent.EventTypeOneofCase.ExecutionStarted:
                    Start(e);
                    break;
                case HistoryEvent.EventTypeOneofCase.TaskScheduled:
                    _context.ConfirmAction(e, OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask, e.TaskScheduled.Name);
                    break;
                case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCreated:
                    _context.ConfirmAction(e, OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration, e.SubOrchestrationInstanceCreated.Name);
                    break;
                case HistoryEvent.EventTypeOneofCase.TimerCreated:
                    _context.ConfirmAction(e, OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer, null);
                    break;
                case HistoryEvent.EventTypeOneofCase.EventSent:
                    _context.ConfirmAction(e, OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent, e.EventSent.Name);
                    break;
                case HistoryEvent.EventTypeOneofCase.TaskCompleted:
                    _context.Complete(e.TaskCompleted.TaskScheduledId, e);
                    break;
                case HistoryEvent.EventTypeOneofCase.TaskFailed:
                    _context.Complete(e.TaskFailed.TaskScheduledId, e);
                    break;
                case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCompleted:
                    _context.Complete(e.SubOrchestrationInstanceCompleted.TaskScheduledId, e);
                    break;
                case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceFailed:
                    _context.Complete(e.SubOrchestrationInstanceFailed.TaskScheduledId, e);
                    break;
                case HistoryEvent.EventTypeOneofCase.TimerFired:
                    _context.Complete(e.TimerFired.TimerId, e);
                    break;
                case HistoryEvent.EventTypeOneofCase.EventRaised:
                    _context.OnEventRaised(e);
                    break;
                case HistoryEvent.EventTypeOneofCase.ExecutionSuspended:
                    _suspended = true;
                    break;
                case HistoryEvent.EventTypeOneofCase.ExecutionResumed:
                    _suspended = false;
                    var deferred = _deferredWhileSuspended.ToList();
                    _deferredWhileSuspended.Clear();
                    foreach (var d in deferred)
                    {
                        Apply(d);
                    }

                    break;
                case HistoryEvent.EventTypeOneofCase.ExecutionTerminated:
                    _completion = CompleteAction(OrchestrationStatus.Terminated, e.ExecutionTerminated.Input, null);
                    return;
                default:
                    // OrchestratorCompleted, ExecutionCompleted, GenericEvent, HistoryState, ContinueAsNew:
                    // bookkeeping of the backend, nothing for the code to see.
                    break;
            }

            Scheduler.RunUntilBlocked();
            CheckCompletion();
        }

        private void Start(HistoryEvent e)
        {
            var started = e.ExecutionStarted;
            if (_context.Now == default)
            {
                _context.Now = e.Timestamp.ToDateTime();
            }

            _context.OrchestratorName = started.Name;
            _context.OrchestratorVersion = started.Version ?? string.Empty;
            if (started.ParentInstance is { } parent)
            {
                _context.ParentInstance = new ParentOrchestrationInstance(parent.Name ?? string.Empty, parent.OrchestrationInstance?.InstanceId ?? string.Empty);
            }

            if (!executor._registry.TryCreateOrchestrator(started.Name, out var orchestrator))
            {
                _completion = CompleteAction(OrchestrationStatus.Failed, null, new TaskFailureDetails(
                    "OrchestratorNotRegisteredException", $"No orchestrator named '{started.Name}' is registered.", IsNonRetriable: true));
                return;
            }

            object? input;
            try
            {
                input = executor._options.DataConverter.Deserialize(started.Input, orchestrator.InputType);
            }
            catch (Exception ex)
            {
                _completion = CompleteAction(OrchestrationStatus.Failed, null, new TaskFailureDetails(
                    "OrchestrationInputException",
                    $"The input of orchestrator '{started.Name}' could not be read as {orchestrator.InputType.Name}: {ex.Message}",
                    IsNonRetriable: true));
                return;
            }

            _context.SetInput(started.Input, input);
            try
            {
                _orchestration = orchestrator.RunAsync(_context, input);
            }
            catch (Exception ex)
            {
                _orchestration = Task.FromException<object?>(ex);
            }
        }

        private void CheckCompletion()
        {
            if (_completion is not null || _orchestration is not { IsCompleted: true } done)
            {
                return;
            }

            if (done.IsCompletedSuccessfully)
            {
                if (_context.ContinueAsNewRequested is { } next)
                {
                    _completion = CompleteAction(OrchestrationStatus.ContinuedAsNew, next.SerializedInput, null);
                    if (next.PreserveUnprocessedEvents)
                    {
                        _completion.CompleteOrchestration.CarryoverEvents.AddRange(_context.BufferedEvents);
                    }
                }
                else
                {
                    _completion = CompleteAction(OrchestrationStatus.Completed, executor._options.DataConverter.Serialize(done.Result), null);
                }

                return;
            }

            var exception = done.Exception?.InnerException ?? new TaskCanceledException("The orchestrator was cancelled.");
            if (exception is NonDeterministicOrchestrationException)
            {
                throw exception;
            }

            _completion = CompleteAction(OrchestrationStatus.Failed, null, TaskFailureDetails.FromException(exception));
        }

        private OrchestratorAction CompleteAction(OrchestrationStatus status, string? result, TaskFailureDetails? failure) => new()
        {
            Id = _context.AllocateId(),
            CompleteOrchestration = new CompleteOrchestrationAction
            {
                OrchestrationStatus = status,
                Result = result,
                FailureDetails = failure is null ? null : HistoryEvents.ToProtocol(failure),
            },
        };

        private OrchestratorResponse BuildResponse()
        {
            var response = new OrchestratorResponse { InstanceId = request.InstanceId, CustomStatus = _context.SerializedCustomStatus };
            if (_completion is { } completion)
            {
                var status = completion.CompleteOrchestration.OrchestrationStatus;
                if (status is OrchestrationStatus.Failed or OrchestrationStatus.Terminated)
                {
                    // Nothing the code did in a failing or terminated turn may still take effect.
                    response.Actions.Add(completion);
                    return response;
                }

                // Once finished, a timer can never matter; activities and events still go out.
                _context.DropAbandonedTimers(dropAll: true);
                response.Actions.AddRange(_context.PendingActions);
                if (status == OrchestrationStatus.ContinuedAsNew && _context.ContinueAsNewRequested is { PreserveUnprocessedEvents: true })
                {
                    completion.CompleteOrchestration.CarryoverEvents.AddRange(_unprocessedEventRaised);
                }

                response.Actions.Add(completion);
                return response;
            }

            _context.DropAbandonedTimers(dropAll: false);
            response.Actions.AddRange(_context.PendingActions);
            return response;
        }

        private OrchestratorResponse Fail(TaskFailureDetails failure)
        {
            _completion = CompleteAction(OrchestrationStatus.Failed, null, failure);
            var response = new OrchestratorResponse { InstanceId = request.InstanceId, CustomStatus = _context.SerializedCustomStatus };
            response.Actions.Add(_completion);
            return response;
        }
    }
}
