using System.Threading.Channels;
using AmbassadorFlows.Durable.Replay;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>
/// Runs orchestrations and activities from the SQLite store. Two ways to drive it:
/// <list type="bullet">
/// <item><b>Background</b> (<see cref="StartAsync"/>): N orchestration workers and up to M
/// concurrent activities, woken at once by writes in this process and polling for the rest.</item>
/// <item><b>Drive</b> (<see cref="RunUntilIdleAsync"/>, <see cref="AdvanceToNextTimerAsync"/>):
/// deterministic steps for tests on a fake clock. Don't mix it with background mode.</item>
/// </list>
/// Time comes only from the <see cref="TimeProvider"/>: a timer is due when GetUtcNow() ≥ fireAt.
/// </summary>
public sealed partial class EmbeddedDurableEngine : IAsyncDisposable
{
    private readonly SqliteStore _store;
    private readonly EmbeddedEngineOptions _options;
    private readonly OrchestrationExecutor _executor;
    private readonly ActivityRunner _activities;
    private readonly ILogger _logger;
    private readonly string _engineId = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
    private readonly WorkSignal _orchestrationSignal = new();
    private readonly WorkSignal _activitySignal = new();
    private long _leaseCounter;
    private bool _recovered;
    private CancellationTokenSource? _stopping;
    private Task[] _loops = [];

    public EmbeddedDurableEngine(
        DurableTaskRegistry registry,
        EmbeddedEngineOptions options,
        IServiceProvider? services = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        DataConverter? dataConverter = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        TimeProvider = timeProvider ?? TimeProvider.System;
        var converter = dataConverter ?? JsonDataConverter.Default;
        loggerFactory ??= NullLoggerFactory.Instance;
        _logger = loggerFactory.CreateLogger<EmbeddedDurableEngine>();
        _store = new SqliteStore(options.InMemory ? null : options.DatabasePath, TimeProvider, options.HistoryCacheCapacity, options.PageCacheMegabytes);
        _store.OrchestrationWorkAdded += _orchestrationSignal.Set;
        _store.ActivityWorkAdded += _activitySignal.Set;
        _executor = new OrchestrationExecutor(registry, new OrchestrationExecutorOptions
        {
            MaximumTimerInterval = options.MaximumTimerInterval,
            DataConverter = converter,
            LoggerFactory = loggerFactory,
        });
        _activities = new ActivityRunner(registry, services ?? EmptyServiceProvider.Instance, converter);
        Client = new EmbeddedDurableTaskClient(_store, registry, converter, ownsStore: false);
    }

    public EmbeddedDurableTaskClient Client { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Starts the background workers.</summary>
    public async Task StartAsync(CancellationToken cancellation = default)
    {
        if (_stopping is not null)
        {
            throw new InvalidOperationException("The engine is already running.");
        }

        await EnsureRecoveredAsync(cancellation);
        _stopping = new CancellationTokenSource();
        var token = _stopping.Token;
        var completions = Channel.CreateUnbounded<ActivityCompletion>(new UnboundedChannelOptions { SingleReader = true });
        var loops = new List<Task>();
        for (var i = 0; i < _options.OrchestrationWorkers; i++)
        {
            loops.Add(Task.Run(() => OrchestrationLoopAsync(token), CancellationToken.None));
        }

        loops.Add(Task.Run(() => ActivityLoopAsync(completions.Writer, token), CancellationToken.None));
        loops.Add(Task.Run(() => CompletionLoopAsync(completions.Reader), CancellationToken.None));
        _loops = [.. loops];
    }

    /// <summary>Stops the workers. Activities still running are abandoned (redelivered later), never
    /// reported as failed; finished ones are committed first.</summary>
    public async Task StopAsync(CancellationToken cancellation = default)
    {
        if (_stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(_loops).WaitAsync(cancellation);
        _stopping.Dispose();
        _stopping = null;
        _loops = [];
    }

    /// <summary>Runs every turn and activity that is ready now, repeatedly, until nothing is ready.
    /// Returns the number of turns and activities processed.</summary>
    /// <exception cref="InvalidOperationException">Work kept coming after <paramref name="maxSteps"/> steps (an endless loop).</exception>
    public async Task<int> RunUntilIdleAsync(CancellationToken cancellation = default, int maxSteps = 1_000_000)
    {
        await EnsureRecoveredAsync(cancellation);
        var total = 0;
        while (true)
        {
            var step = 0;
            int processed;
            while ((processed = await ProcessOrchestrationBatchAsync(cancellation)) > 0)
            {
                step += processed;
            }

            var owner = NextLeaseOwner();
            var items = await _store.ClaimActivitiesAsync(owner, _options.BatchSize * 4, _options.ActivityLease, cancellation);
            if (items.Count > 0)
            {
                var results = await Task.WhenAll(items.Select(item => RunActivityAsync(item, cancellation)));

                // Cancelled mid-run: results may be our cancellation, not the activities' own
                // failures. Leave the items leased; they are redelivered like a crashed worker's.
                cancellation.ThrowIfCancellationRequested();
                await _store.CompleteActivitiesAsync(results);
                step += items.Count;
            }

            if (step == 0)
            {
                return total;
            }

            total += step;
            if (total > maxSteps)
            {
                throw new InvalidOperationException($"The engine did not become idle after {maxSteps} steps; an orchestration may loop without waiting.");
            }
        }
    }

    /// <summary>When the next timer (or delayed activity, or scheduled start) becomes due, if any.</summary>
    public Task<DateTimeOffset?> GetNextTimerAsync(CancellationToken cancellation = default)
        => _store.GetNextWakeUpAsync(cancellation);

    /// <summary>Drive mode: moves the clock to the next due timer with <paramref name="setClock"/>
    /// (e.g. <c>fakeTimeProvider.SetUtcNow</c>) and runs until idle. False when no timer is pending.</summary>
    public async Task<bool> AdvanceToNextTimerAsync(Action<DateTimeOffset> setClock, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(setClock);
        await RunUntilIdleAsync(cancellation);
        if (await GetNextTimerAsync(cancellation) is not { } next)
        {
            return false;
        }

        if (next > TimeProvider.GetUtcNow())
        {
            setClock(next);
        }

        await RunUntilIdleAsync(cancellation);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Client.DisposeAsync();
        await _store.DisposeAsync();
    }

    private async Task EnsureRecoveredAsync(CancellationToken cancellation)
    {
        if (_recovered)
        {
            return;
        }

        if (_options.RecoverLeasesOnStart)
        {
            await _store.RecoverLeasesAsync(cancellation);
        }

        _recovered = true;
    }

    // A fresh owner per claim: a worker whose lease expired can't commit over its successor, even
    // within one engine.
    private string NextLeaseOwner() => $"{_engineId}-{Interlocked.Increment(ref _leaseCounter)}";

    /// <summary>Claims ready instances, runs their turns and commits them, together with the claim
    /// of the next batch, until none is ready. Returns the number of turns.</summary>
    private async Task<int> ProcessOrchestrationBatchAsync(CancellationToken cancellation)
    {
        var owner = NextLeaseOwner();
        var items = await _store.ClaimOrchestrationsAsync(owner, _options.BatchSize, _options.OrchestrationLease, cancellation);
        var total = 0;
        while (items.Count > 0)
        {
            var now = TimeProvider.GetUtcNow();
            var commits = new List<TurnCommit>(items.Count);
            foreach (var item in items)
            {
                commits.Add(OrchestrationTurn.Run(_executor, item, now));
            }

            // Stopping: commit what ran, claim nothing more.
            var nextOwner = NextLeaseOwner();
            var next = cancellation.IsCancellationRequested ? null : new OrchestrationClaim(nextOwner, _options.BatchSize, _options.OrchestrationLease);
            items = await _store.CommitTurnsAsync(owner, commits, next);
            owner = nextOwner;
            total += commits.Count;
        }

        return total;
    }

    private async Task<ActivityCompletion> RunActivityAsync(ActivityWorkItem item, CancellationToken cancellation)
    {
        var result = await _activities.RunAsync(item.Name, item.Input, item.InstanceId, item.TaskId, cancellation);
        var now = TimeProvider.GetUtcNow().UtcDateTime;
        var e = result.IsSuccess
            ? HistoryEvents.TaskCompleted(item.TaskId, result.SerializedOutput, now)
            : HistoryEvents.TaskFailed(item.TaskId, HistoryEvents.ToProtocol(result.Failure!), now);
        return new ActivityCompletion(item, e);
    }

    private async Task OrchestrationLoopAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            try
            {
                _orchestrationSignal.Reset();
                if (await ProcessOrchestrationBatchAsync(cancellation) == 0)
                {
                    await _orchestrationSignal.WaitAsync(_options.PollingInterval, cancellation);
                }
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopFailure(_logger, ex, "orchestration");
                await PauseAfterFailureAsync(cancellation);
            }
        }
    }

    private async Task ActivityLoopAsync(ChannelWriter<ActivityCompletion> completions, CancellationToken cancellation)
    {
        using var slots = new SemaphoreSlim(_options.ActivityWorkers, _options.ActivityWorkers);
        var running = new HashSet<Task>();
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                try
                {
                    await slots.WaitAsync(cancellation);
                    var free = slots.CurrentCount + 1;
                    _activitySignal.Reset();
                    var items = await _store.ClaimActivitiesAsync(NextLeaseOwner(), free, _options.ActivityLease, cancellation);
                    if (items.Count == 0)
                    {
                        slots.Release();
                        await _activitySignal.WaitAsync(_options.PollingInterval, cancellation);
                        continue;
                    }

                    for (var i = 1; i < items.Count; i++)
                    {
                        await slots.WaitAsync(cancellation);
                    }

                    foreach (var item in items)
                    {
                        var task = RunAndReportAsync(item, completions, slots, cancellation);
                        lock (running)
                        {
                            running.Add(task);
                        }

                        _ = task.ContinueWith(t => { lock (running) { running.Remove(t); } }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                    }
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    LogLoopFailure(_logger, ex, "activity");
                    await PauseAfterFailureAsync(cancellation);
                }
            }
        }
        finally
        {
            Task[] pending;
            lock (running)
            {
                pending = [.. running];
            }

            await Task.WhenAll(pending);
            completions.TryComplete();
        }
    }

    private async Task RunAndReportAsync(ActivityWorkItem item, ChannelWriter<ActivityCompletion> completions, SemaphoreSlim slots, CancellationToken cancellation)
    {
        try
        {
            var completion = await RunActivityAsync(item, cancellation);
            if (cancellation.IsCancellationRequested)
            {
                // Stopped mid-run: the failure (if any) is ours, not the activity's. Hand it back.
                await _store.AbandonActivitiesAsync([item]);
                return;
            }

            await completions.WriteAsync(completion, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogLoopFailure(_logger, ex, "activity");
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task CompletionLoopAsync(ChannelReader<ActivityCompletion> completions)
    {
        var batch = new List<ActivityCompletion>();
        while (await completions.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < _options.BatchSize * 4 && completions.TryRead(out var completion))
            {
                batch.Add(completion);
            }

            try
            {
                await _store.CompleteActivitiesAsync(batch);
            }
            catch (Exception ex)
            {
                // Not committed: the items stay leased and are redelivered when the lease ends.
                LogLoopFailure(_logger, ex, "activity completion");
            }

            batch.Clear();
        }
    }

    private async Task PauseAfterFailureAsync(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(_options.PollingInterval, TimeProvider.System, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedded engine {Loop} loop failed; retrying.")]
    private static partial void LogLoopFailure(ILogger logger, Exception exception, string loop);

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
