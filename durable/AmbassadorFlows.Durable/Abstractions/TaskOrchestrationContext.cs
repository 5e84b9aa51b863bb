using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable;

/// <summary>
/// Everything an orchestrator may use. Names and behaviour follow Durable Task .NET: time, ids,
/// timers, waits and calls all go through here so that a replay from history takes the same path.
/// </summary>
public abstract class TaskOrchestrationContext
{
    public abstract TaskName Name { get; }

    public abstract string InstanceId { get; }

    public abstract ParentOrchestrationInstance? Parent { get; }

    /// <summary>The time of the current orchestration turn, from history. Never use DateTime.Now.</summary>
    public abstract DateTime CurrentUtcDateTime { get; }

    /// <summary>True while the code is re-executing events it already saw in an earlier turn.</summary>
    public abstract bool IsReplaying { get; }

    /// <summary>The version stamped on the instance when it started.</summary>
    public abstract string Version { get; }

    public abstract Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null);

    public Task CallActivityAsync(TaskName name, object? input = null, TaskOptions? options = null)
        => CallActivityAsync<object?>(name, input, options);

    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null);

    public Task CallSubOrchestratorAsync(TaskName orchestratorName, object? input = null, TaskOptions? options = null)
        => CallSubOrchestratorAsync<object?>(orchestratorName, input, options);

    /// <summary>A durable timer that fires at <paramref name="fireAt"/> (UTC). Cancelling the token
    /// makes the orchestrator stop waiting on it; an abandoned timer never keeps an instance alive.</summary>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken)
        => CreateTimer(CurrentUtcDateTime.Add(delay), cancellationToken);

    /// <summary>Waits for an event raised to this instance. Events that arrived earlier are buffered
    /// and consumed first-in, first-out per name (case-insensitive).</summary>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>Waits for an event, at most <paramref name="timeout"/>. On timeout the task is
    /// cancelled (<see cref="TaskCanceledException"/>) and the wait consumes nothing that arrives later.</summary>
    public async Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var timerCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var eventCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = CreateTimer(timeout, timerCts.Token);
        var received = WaitForExternalEvent<T>(eventName, eventCts.Token);
        var winner = await Task.WhenAny(received, timer);
        if (winner == received)
        {
            timerCts.Cancel(); // synchronous on purpose: CancelAsync would run callbacks on the thread pool, outside replay
        }
        else
        {
            eventCts.Cancel();
        }

        return await received;
    }

    /// <summary>Sends an event to another orchestration instance (fire and forget).</summary>
    public abstract void SendEvent(string instanceId, string eventName, object? payload);

    /// <summary>Sets the small JSON status that ops and the read model query.</summary>
    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>Restarts this instance with new input and a fresh history once the orchestrator
    /// returns. Unprocessed events are kept by default, as in Durable Task .NET isolated.</summary>
    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>A GUID that is the same on every replay.</summary>
    public abstract Guid NewGuid();

    public abstract T GetInput<T>();

    /// <summary>A logger that writes only when the code is not replaying.</summary>
    public abstract ILogger CreateReplaySafeLogger(string categoryName);

    public ILogger CreateReplaySafeLogger<T>() => CreateReplaySafeLogger(typeof(T).FullName ?? typeof(T).Name);
}
