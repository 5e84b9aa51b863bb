using System.Collections.Concurrent;
using System.Diagnostics;
using AmbassadorFlows.Durable.Hosting;
using DurableTask.Core;
using DurableTask.Core.Query;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>
/// DTFx's <see cref="IOrchestrationService"/> (and client, query and purge clients) on one SQLite
/// database: instances, their current execution's history, a per-instance inbox whose messages become
/// visible at a time (timers, scheduled starts) and a leased activity queue. Every completed work
/// item is one transaction, so a crash at any point loses nothing and never applies a turn twice.
/// <para>One worker process per database file: <see cref="StartAsync()"/> releases every lease
/// (whoever held them is gone). Clients in other processes are fine; this process notices their
/// writes through SQLite's data_version (see <see cref="WatchOtherProcessesAsync"/>).</para>
/// <para>Messages to an instance that does not exist, or that has finished, are dropped with a
/// warning, as DTFx's dispatcher drops them; a start message creates its instance (Pending).</para>
/// </summary>
public sealed partial class SqliteOrchestrationService : IOrchestrationService, IOrchestrationServiceClient,
    IOrchestrationServiceQueryClient, IOrchestrationServicePurgeClient, IDrivableOrchestrationService, IDisposable
{
    /// <summary>How often this process looks for commits of other processes (a cheap PRAGMA).</summary>
    private static readonly TimeSpan OtherProcessPollInterval = TimeSpan.FromMilliseconds(50);

    private readonly SqliteOrchestrationServiceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SqliteDatabase _db;
    private readonly HistoryCache _histories = new(4096);
    private readonly string _ownerPrefix = $"{Environment.ProcessId}-{Guid.NewGuid():N}-";
    private readonly WorkSignal _orchestrationWork = new();
    private readonly WorkSignal _activityWork = new();
    private readonly WorkSignal _completions = new();
    private readonly WorkSignal _changes = new();
    private readonly CancellationTokenSource _disposing = new();
    private readonly Task? _watcher;
    private readonly ITimer _wakeTimer;
    private readonly Lock _wakeLock = new();
    private long _wakeAtTicks = long.MaxValue;
    private long _tokens;
    private CancellationTokenSource _stopping = new();
    private int _disposed;

    public SqliteOrchestrationService(SqliteOrchestrationServiceOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = options.TimeProvider;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SqliteOrchestrationService>();
        _db = new SqliteDatabase(options.DatabasePath);
        _wakeTimer = _time.CreateTimer(_ => OnWakeTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_db.IsFile)
        {
            _watcher = Task.Run(WatchOtherProcessesAsync);
        }

        _ = RefreshWakeTimerAsync();
    }

    public int TaskOrchestrationDispatcherCount => 4;

    public int MaxConcurrentTaskOrchestrationWorkItems => _options.MaxConcurrentOrchestrations;

    public int TaskActivityDispatcherCount => 4;

    public int MaxConcurrentTaskActivityWorkItems => _options.MaxConcurrentActivities;

    /// <summary>Events that arrive before ContinueAsNew go to the next execution, as in Durable Functions.</summary>
    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => BehaviorOnContinueAsNew.Carryover;

    private long NowTicks => _time.GetUtcNow().UtcTicks;

    public Task CreateAsync() => CreateAsync(recreateInstanceStore: true);

    public async Task CreateAsync(bool recreateInstanceStore)
    {
        if (recreateInstanceStore)
        {
            await DeleteAllAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The schema is created when the service is constructed.</summary>
    public Task CreateIfNotExistsAsync() => Task.CompletedTask;

    public Task DeleteAsync() => DeleteAsync(deleteInstanceStore: true);

    public Task DeleteAsync(bool deleteInstanceStore) => DeleteAllAsync();

    public Task StartAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            _stopping.Dispose();
            _stopping = new CancellationTokenSource();
        }

        // Claims that committed after the last stop sit here; their leases are released below, so
        // handing them out would run the same work twice.
        _claimedOrchestrations.Clear();
        _claimedActivities.Clear();
        return ReleaseStaleLeasesAsync();
    }

    public Task StopAsync() => StopAsync(isForced: false);

    public async Task StopAsync(bool isForced)
    {
        // Fetches waiting for work return null; work items in flight still complete; leased ones
        // nobody fetched yet go back at once.
        _stopping.Cancel();
        while (_claimedOrchestrations.TryDequeue(out var orchestration))
        {
            await ReleaseTaskOrchestrationWorkItemAsync(orchestration).ConfigureAwait(false);
        }

        while (_claimedActivities.TryDequeue(out var activity))
        {
            await AbandonTaskActivityWorkItemAsync(activity).ConfigureAwait(false);
        }
    }

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) => false;

    /// <summary>No dispatcher-wide back-off: a failing work item is abandoned with its own delay
    /// (see <see cref="AbandonTaskOrchestrationWorkItemAsync"/>), so it cannot slow the others.</summary>
    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => 0;

    /// <summary>DTFx's dispatcher touches a null work item after an empty fetch and lands here with a
    /// NullReferenceException: that is no failure. Real fetch errors (the file busy) wait a second.</summary>
    public int GetDelayInSecondsAfterOnFetchException(Exception exception)
        => exception is NullReferenceException or OperationCanceledException ? 0 : 1;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stopping.Cancel();
        _disposing.Cancel();
        _wakeTimer.Dispose();
        try
        {
            _watcher?.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting.
        }

        _db.Dispose();
        _stopping.Dispose();
        _disposing.Dispose();
    }

    private string NewLockToken() => _ownerPrefix + Interlocked.Increment(ref _tokens).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task ReleaseStaleLeasesAsync() => _db.WriteAsync(ctx =>
    {
        var instances = ctx.Command("UPDATE instances SET lock_owner = NULL, locked_until = 0 WHERE locked_until <> 0").ExecuteNonQuery();
        var activities = ctx.Command("UPDATE activities SET lock_owner = NULL, locked_until = 0 WHERE lock_owner IS NOT NULL").ExecuteNonQuery();
        ctx.AfterCommit(() =>
        {
            if (instances + activities > 0)
            {
                _logger.LogInformation("Released {Instances} orchestration and {Activities} activity leases left by a previous process", instances, activities);
            }

            SignalAll();
        });
        return 0;
    });

    private Task DeleteAllAsync() => _db.WriteAsync(ctx =>
    {
        ctx.Command("DELETE FROM inbox; DELETE FROM activities; DELETE FROM history; DELETE FROM instances;").ExecuteNonQuery();
        ctx.AfterCommit(() =>
        {
            _histories.Clear();
            SignalAll();
        });
        return 0;
    });

    private void SignalAll()
    {
        _orchestrationWork.Set();
        _activityWork.Set();
        _completions.Set();
        _changes.Set();
    }

    /// <summary>Another process (a client, the previous worker) may commit to the file; SQLite's
    /// data_version tells us cheaply, and then every waiter looks again. Writes of this process
    /// wake waiters directly.</summary>
    private async Task WatchOtherProcessesAsync()
    {
        var token = _disposing.Token;
        using var ticker = new PeriodicTimer(OtherProcessPollInterval);
        while (await ticker.WaitForNextTickAsync(token).ConfigureAwait(false))
        {
            try
            {
                if (await _db.ChangedElsewhereAsync(token).ConfigureAwait(false))
                {
                    SignalAll();
                    await RefreshWakeTimerAsync().ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or ObjectDisposedException)
            {
                // Busy or closing: look again on the next tick.
            }
        }
    }

    /// <summary>Work items one claim transaction may lease; the surplus waits in memory for the next fetch.</summary>
    private const int ClaimBatchSize = 16;

    /// <summary>
    /// The fetch loop of both dispatchers: hand out an item an earlier claim already leased; else lease
    /// a batch in one write (the surplus waits in memory, and the signal wakes the other fetchers for
    /// it); else wait for the signal until <paramref name="receiveTimeout"/>. Null on timeout or stop.
    /// </summary>
    private async Task<T?> LockNextAsync<T>(ConcurrentQueue<T> claimed, WorkSignal work, Func<CancellationToken, Task<List<T>>> claim, TimeSpan receiveTimeout, CancellationToken cancellationToken)
        where T : class
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var token = linked.Token;
        var started = Stopwatch.GetTimestamp();
        try
        {
            while (!token.IsCancellationRequested)
            {
                if (claimed.TryDequeue(out var ready))
                {
                    return ready;
                }

                var signal = work.Current;
                var batch = await claim(token).ConfigureAwait(false);
                if (batch.Count > 0)
                {
                    for (var i = 1; i < batch.Count; i++)
                    {
                        claimed.Enqueue(batch[i]);
                    }

                    if (batch.Count > 1)
                    {
                        work.Set();
                    }

                    return batch[0];
                }

                if (!await WorkSignal.WaitAsync(signal, receiveTimeout - Stopwatch.GetElapsedTime(started), token).ConfigureAwait(false))
                {
                    return null;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping: no work item.
        }

        return null;
    }
}
