using System.Security.Cryptography;
using System.Text;
using AmbassadorFlows.Durable.Protocol;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable.Replay;

/// <summary>
/// The context of one orchestration turn. It owns the replay state: actions the code produced that
/// history has not confirmed yet, tasks waiting for a completion event, buffered external events,
/// and the waits on them. <see cref="OrchestrationExecutor"/> feeds it history events one by one.
/// </summary>
internal sealed class ReplayOrchestrationContext : TaskOrchestrationContext
{
    private readonly OrchestrationExecutorOptions _options;
    private readonly DataConverter _converter;
    private readonly SortedDictionary<int, OrchestratorAction> _pendingActions = [];
    private readonly Dictionary<int, OpenTask> _openTasks = [];
    private readonly Dictionary<string, Queue<HistoryEvent>> _bufferedEvents = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedList<EventWaiter>> _waiters = new(StringComparer.OrdinalIgnoreCase);
    private int _sequence;
    private int _guidCounter;
    private string? _serializedInput;
    private object? _input;

    public ReplayOrchestrationContext(string instanceId, OrchestrationExecutorOptions options)
    {
        InstanceId = instanceId;
        _options = options;
        _converter = options.DataConverter;
    }

    public override TaskName Name => OrchestratorName;

    public override string InstanceId { get; }

    public override ParentOrchestrationInstance? Parent => ParentInstance;

    public override DateTime CurrentUtcDateTime => Now;

    public override bool IsReplaying => Replaying;

    public override string Version => OrchestratorVersion;

    internal TaskName OrchestratorName { get; set; }

    internal string OrchestratorVersion { get; set; } = string.Empty;

    internal ParentOrchestrationInstance? ParentInstance { get; set; }

    internal DateTime Now { get; set; }

    internal bool Replaying { get; set; }

    internal string? SerializedCustomStatus { get; private set; }

    internal ContinueAsNewRequest? ContinueAsNewRequested { get; private set; }

    /// <summary>Actions produced by the code that history has not recorded yet, in id order.</summary>
    internal IEnumerable<OrchestratorAction> PendingActions => _pendingActions.Values;

    internal int NextSequenceNumber => _sequence;

    /// <summary>True when the code waits on something history can complete: a task, a timer or an event.</summary>
    internal bool HasDurableWork => _openTasks.Values.Any(t => !t.IsDone) || _waiters.Values.Any(w => w.Count > 0);

    internal IEnumerable<HistoryEvent> BufferedEvents => _bufferedEvents.Values.SelectMany(q => q);

    internal void SetInput(string? serializedInput, object? input)
    {
        _serializedInput = serializedInput;
        _input = input;
    }

    internal int AllocateId() => _sequence++;

    public override T GetInput<T>()
        => _input is T typed ? typed : _converter.Deserialize<T>(_serializedInput)!;

    // ---- Actions ---------------------------------------------------------------------------

    public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
    {
        var serialized = _converter.Serialize(input);
        return options?.Retry is { } retry
            ? WithRetry(() => ScheduleActivity<TResult>(name, serialized), retry)
            : ScheduleActivity<TResult>(name, serialized);
    }

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null)
    {
        var serialized = _converter.Serialize(input);
        var explicitId = (options as SubOrchestrationOptions)?.InstanceId;
        return options?.Retry is { } retry
            ? WithRetry(() => ScheduleSubOrchestration<TResult>(orchestratorName, serialized, explicitId), retry)
            : ScheduleSubOrchestration<TResult>(orchestratorName, serialized, explicitId);
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var timer = new DurableTimer(AsUtc(fireAt));
        ScheduleTimerChunk(timer, Now);
        if (cancellationToken.CanBeCanceled)
        {
            // Runs synchronously inside Cancel(), i.e. on the replay thread.
            cancellationToken.Register(() => timer.Cancel(cancellationToken));
        }

        return timer.Completion.Task;
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        if (cancellationToken.IsCancellationRequested)
        {
            // Checked first: a wait that is already cancelled must leave a buffered event to later waits.
            return Task.FromCanceled<T>(cancellationToken);
        }

        if (_bufferedEvents.TryGetValue(eventName, out var queue) && queue.TryDequeue(out var buffered))
        {
            return Task.FromResult(DeserializeOrThrow<T>(buffered.EventRaised.Input, $"event '{eventName}'"));
        }

        var waiter = new EventWaiter(eventName);
        if (!_waiters.TryGetValue(eventName, out var list))
        {
            _waiters[eventName] = list = new LinkedList<EventWaiter>();
        }

        var node = list.AddLast(waiter);
        if (cancellationToken.CanBeCanceled)
        {
            // A cancelled (or timed-out) wait leaves the queue at once, so it never swallows an event
            // that arrives later — the failure mode of durabletask-dotnet #508.
            cancellationToken.Register(() =>
            {
                if (!waiter.Completion.Task.IsCompleted && node.List is not null)
                {
                    list.Remove(node);
                    waiter.Completion.TrySetCanceled(cancellationToken);
                }
            });
        }

        return ConvertEvent<T>(waiter.Completion.Task, eventName);
    }

    public override void SendEvent(string instanceId, string eventName, object? payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var id = AllocateId();
        _pendingActions[id] = new OrchestratorAction
        {
            Id = id,
            SendEvent = new SendEventAction
            {
                Instance = new OrchestrationInstance { InstanceId = instanceId },
                Name = eventName,
                Data = _converter.Serialize(payload),
            },
        };
    }

    public override void SetCustomStatus(object? customStatus)
        => SerializedCustomStatus = _converter.Serialize(customStatus);

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
        => ContinueAsNewRequested = new ContinueAsNewRequest(_converter.Serialize(newInput), preserveUnprocessedEvents);

    public override Guid NewGuid()
    {
        // Name-based and stable: the same instance, turn time and call order give the same GUID.
        var name = $"{InstanceId}_{Now:O}_{_guidCounter++}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16].ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5 layout (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }

    public override ILogger CreateReplaySafeLogger(string categoryName)
        => new ReplaySafeLogger(_options.LoggerFactory.CreateLogger(categoryName), () => Replaying);

    // ---- History ---------------------------------------------------------------------------

    /// <summary>History recorded an action with this id: it must be the one the code produced.</summary>
    internal void ConfirmAction(HistoryEvent e, OrchestratorAction.OrchestratorActionTypeOneofCase expectedKind, string? expectedName)
    {
        if (!_pendingActions.Remove(e.EventId, out var action))
        {
            throw new NonDeterministicOrchestrationException(
                $"Non-deterministic orchestration: history has {Describe(e)} with id {e.EventId}, " +
                $"but the orchestrator code produced no action with that id (it produced {_sequence} action(s) so far).");
        }

        var actualName = action.OrchestratorActionTypeCase switch
        {
            OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask => action.ScheduleTask.Name,
            OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration => action.CreateSubOrchestration.Name,
            OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent => action.SendEvent.Name,
            _ => null,
        };
        if (action.OrchestratorActionTypeCase != expectedKind
            || (expectedName is not null && !string.Equals(expectedName, actualName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new NonDeterministicOrchestrationException(
                $"Non-deterministic orchestration: history has {Describe(e)} with id {e.EventId}, " +
                $"but the orchestrator code now produced {Describe(action)} with that id.");
        }
    }

    /// <summary>A completion event for a task, timer or sub-orchestration.</summary>
    internal void Complete(int taskId, HistoryEvent e)
    {
        if (!_openTasks.TryGetValue(taskId, out var task))
        {
            // A late or duplicate completion (e.g. from before a ContinueAsNew): nothing waits on it.
            return;
        }

        if (!task.Accepts(e.EventTypeCase))
        {
            throw new NonDeterministicOrchestrationException(
                $"Non-deterministic orchestration: history completes id {taskId} with {Describe(e)}, " +
                $"but the orchestrator code scheduled {task.Describe()} with that id.");
        }

        _openTasks.Remove(taskId);
        task.OnCompleted(e, this);
    }

    internal void OnEventRaised(HistoryEvent e)
    {
        var name = e.EventRaised.Name;
        if (_waiters.TryGetValue(name, out var list) && list.First is { } first)
        {
            list.RemoveFirst();
            first.Value.Completion.TrySetResult(e.EventRaised.Input);
            return;
        }

        if (!_bufferedEvents.TryGetValue(name, out var queue))
        {
            _bufferedEvents[name] = queue = new Queue<HistoryEvent>();
        }

        queue.Enqueue(e);
    }

    /// <summary>Drops createTimer actions nobody waits on any more, so they are never sent.</summary>
    internal void DropAbandonedTimers(bool dropAll)
    {
        foreach (var (id, action) in _pendingActions.ToList())
        {
            if (action.OrchestratorActionTypeCase != OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer)
            {
                continue;
            }

            if (dropAll || (_openTasks.TryGetValue(id, out var task) && task.IsDone))
            {
                _pendingActions.Remove(id);
            }
        }
    }

    // ---- Scheduling helpers ----------------------------------------------------------------

    private async Task<TResult> ScheduleActivity<TResult>(TaskName name, string? serializedInput)
    {
        var id = AllocateId();
        _pendingActions[id] = new OrchestratorAction
        {
            Id = id,
            ScheduleTask = new ScheduleTaskAction { Name = name.Name, Input = serializedInput },
        };
        var task = new CallTask(id, name.Name, isSubOrchestration: false);
        _openTasks[id] = task;
        var result = await task.Completion.Task;
        return DeserializeOrThrow<TResult>(result, $"the result of activity '{name}'");
    }

    private async Task<TResult> ScheduleSubOrchestration<TResult>(TaskName name, string? serializedInput, string? explicitInstanceId)
    {
        var id = AllocateId();
        var instanceId = explicitInstanceId ?? $"{InstanceId}:{id:D4}";
        _pendingActions[id] = new OrchestratorAction
        {
            Id = id,
            CreateSubOrchestration = new CreateSubOrchestrationAction
            {
                InstanceId = instanceId,
                Name = name.Name,
                Input = serializedInput,
            },
        };
        var task = new CallTask(id, name.Name, isSubOrchestration: true);
        _openTasks[id] = task;
        var result = await task.Completion.Task;
        return DeserializeOrThrow<TResult>(result, $"the result of sub-orchestration '{name}'");
    }

    /// <summary>Schedules the next chunk of a timer: never further ahead than the maximum interval.</summary>
    internal void ScheduleTimerChunk(DurableTimer timer, DateTime from)
    {
        var chunkFireAt = timer.FinalFireAt - from > _options.MaximumTimerInterval
            ? from + _options.MaximumTimerInterval
            : timer.FinalFireAt;
        var id = AllocateId();
        _pendingActions[id] = new OrchestratorAction
        {
            Id = id,
            CreateTimer = new CreateTimerAction { FireAt = Timestamp.FromDateTime(chunkFireAt) },
        };
        _openTasks[id] = new TimerChunk(timer, chunkFireAt);
    }

    private async Task<T> WithRetry<T>(Func<Task<T>> attempt, RetryPolicy policy)
    {
        var firstAttemptAt = Now;
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException ex) when (number < policy.MaxNumberOfAttempts && policy.HandleFailure(ex.FailureDetails))
            {
                var delay = policy.GetDelay(number + 1);
                if (policy.RetryTimeout != Timeout.InfiniteTimeSpan && Now + delay - firstAttemptAt > policy.RetryTimeout)
                {
                    throw;
                }

                await CreateTimer(delay, CancellationToken.None);
            }
        }
    }

    private async Task<T> ConvertEvent<T>(Task<string?> raw, string eventName)
        => DeserializeOrThrow<T>(await raw, $"event '{eventName}'");

    private T DeserializeOrThrow<T>(string? data, string what)
    {
        try
        {
            return (T)_converter.Deserialize(data, typeof(T))!;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or NotSupportedException or InvalidCastException)
        {
            throw new InvalidOperationException($"Could not read {what} as {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };

    internal static string Describe(HistoryEvent e) => e.EventTypeCase switch
    {
        HistoryEvent.EventTypeOneofCase.TaskScheduled => $"TaskScheduled '{e.TaskScheduled.Name}'",
        HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCreated => $"SubOrchestrationInstanceCreated '{e.SubOrchestrationInstanceCreated.Name}'",
        HistoryEvent.EventTypeOneofCase.EventSent => $"EventSent '{e.EventSent.Name}'",
        _ => e.EventTypeCase.ToString(),
    };

    internal static string Describe(OrchestratorAction action) => action.OrchestratorActionTypeCase switch
    {
        OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask => $"ScheduleTask '{action.ScheduleTask.Name}'",
        OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration => $"CreateSubOrchestration '{action.CreateSubOrchestration.Name}'",
        OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent => $"SendEvent '{action.SendEvent.Name}'",
        OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer => $"CreateTimer (fires {action.CreateTimer.FireAt.ToDateTime():O})",
        _ => action.OrchestratorActionTypeCase.ToString(),
    };

    // ---- Open tasks --------------------------------------------------------------------------

    internal sealed record ContinueAsNewRequest(string? SerializedInput, bool PreserveUnprocessedEvents);

    private sealed class EventWaiter(string name)
    {
        public string Name { get; } = name;

        public TaskCompletionSource<string?> Completion { get; } = new();
    }

    private abstract class OpenTask
    {
        public abstract bool IsDone { get; }

        public abstract bool Accepts(HistoryEvent.EventTypeOneofCase kind);

        public abstract void OnCompleted(HistoryEvent e, ReplayOrchestrationContext context);

        public abstract string Describe();
    }

    private sealed class CallTask(int id, string name, bool isSubOrchestration) : OpenTask
    {
        public TaskCompletionSource<string?> Completion { get; } = new();

        public override bool IsDone => Completion.Task.IsCompleted;

        public override bool Accepts(HistoryEvent.EventTypeOneofCase kind) => isSubOrchestration
            ? kind is HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCompleted or HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceFailed
            : kind is HistoryEvent.EventTypeOneofCase.TaskCompleted or HistoryEvent.EventTypeOneofCase.TaskFailed;

        public override void OnCompleted(HistoryEvent e, ReplayOrchestrationContext context)
        {
            switch (e.EventTypeCase)
            {
                case HistoryEvent.EventTypeOneofCase.TaskCompleted:
                    Completion.TrySetResult(e.TaskCompleted.Result);
                    break;
                case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCompleted:
                    Completion.TrySetResult(e.SubOrchestrationInstanceCompleted.Result);
                    break;
                case HistoryEvent.EventTypeOneofCase.TaskFailed:
                    Completion.TrySetException(new TaskFailedException(name, id, HistoryEvents.FromProtocol(e.TaskFailed.FailureDetails)));
                    break;
                case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceFailed:
                    Completion.TrySetException(new TaskFailedException(name, id, HistoryEvents.FromProtocol(e.SubOrchestrationInstanceFailed.FailureDetails)));
                    break;
            }
        }

        public override string Describe() => isSubOrchestration ? $"CreateSubOrchestration '{name}'" : $"ScheduleTask '{name}'";
    }

    /// <summary>The timer the orchestrator awaits; it may span several chained createTimer actions.</summary>
    internal sealed class DurableTimer(DateTime finalFireAt)
    {
        public DateTime FinalFireAt { get; } = finalFireAt;

        public TaskCompletionSource Completion { get; } = new();

        public void Cancel(CancellationToken token) => Completion.TrySetCanceled(token);
    }

    private sealed class TimerChunk(DurableTimer timer, DateTime fireAt) : OpenTask
    {
        public override bool IsDone => timer.Completion.Task.IsCompleted;

        public override bool Accepts(HistoryEvent.EventTypeOneofCase kind) => kind == HistoryEvent.EventTypeOneofCase.TimerFired;

        public override void OnCompleted(HistoryEvent e, ReplayOrchestrationContext context)
        {
            if (IsDone)
            {
                return; // cancelled: nobody waits any more
            }

            if (fireAt < timer.FinalFireAt)
            {
                var from = context.Now > fireAt ? context.Now : fireAt;
                context.ScheduleTimerChunk(timer, from);
                return;
            }

            timer.Completion.TrySetResult();
        }

        public override string Describe() => $"CreateTimer (fires {fireAt:O})";
    }
}
