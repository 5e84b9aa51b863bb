namespace AmbassadorFlows.Durable.Embedded;

/// <summary>Settings of the embedded engine. One engine per database file: on start it takes over
/// the leases a crashed predecessor left behind (see <see cref="RecoverLeasesOnStart"/>).</summary>
public sealed class EmbeddedEngineOptions
{
    /// <summary>The SQLite file. Ignored when <see cref="InMemory"/> is set.</summary>
    public string DatabasePath { get; set; } = "ambassadorflows-durable.db";

    /// <summary>Keep everything in memory (tests, benchmark baseline). Lost when the engine stops.</summary>
    public bool InMemory { get; set; }

    /// <summary>Concurrent orchestration workers in background mode.</summary>
    public int OrchestrationWorkers { get; set; } = 2;

    /// <summary>Activities running at the same time in background mode.</summary>
    public int ActivityWorkers { get; set; } = 8;

    /// <summary>Instances claimed (and committed) together by one worker; batching is what makes
    /// SQLite fast, because each transaction costs a WAL write.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>Instances whose parsed history stays in memory between their turns, so a turn
    /// doesn't re-read and re-parse its whole history. The database remains the source of truth
    /// (an entry is used only if it matches the stored history); least recently used go first,
    /// so idle instances cost nothing. 0 turns it off.</summary>
    public int HistoryCacheCapacity { get; set; } = 1024;

    /// <summary>SQLite's page cache for the database file, in MB. SQLite's own default (2 MB)
    /// holds too little of a busy database: with a few thousand instances in flight most page reads
    /// missed it and went to the OS (measured: the file backend ran at about half the speed it
    /// has with 16 MB or more). Pages are loaded on demand, so a small database uses less.</summary>
    public int PageCacheMegabytes { get; set; } = 32;

    /// <summary>Longest single timer; longer ones are chained (Azure Storage caps queue visibility).</summary>
    public TimeSpan MaximumTimerInterval { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often idle workers look for work written by another process or for timers
    /// that came due. In-process writes wake workers at once.</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long a worker owns an instance for one turn before another may take it over.</summary>
    public TimeSpan OrchestrationLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an activity may run before it is handed to another worker (at-least-once).</summary>
    public TimeSpan ActivityLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Release every lease when the engine starts: leases still held then belong to a
    /// process that died. Turn off only when several engines share one database file.</summary>
    public bool RecoverLeasesOnStart { get; set; } = true;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(OrchestrationWorkers, 1, nameof(OrchestrationWorkers));
        ArgumentOutOfRangeException.ThrowIfLessThan(ActivityWorkers, 1, nameof(ActivityWorkers));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfNegative(HistoryCacheCapacity, nameof(HistoryCacheCapacity));
        ArgumentOutOfRangeException.ThrowIfNegative(PageCacheMegabytes, nameof(PageCacheMegabytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollingInterval, TimeSpan.Zero, nameof(PollingInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaximumTimerInterval, TimeSpan.Zero, nameof(MaximumTimerInterval));
        if (!InMemory && string.IsNullOrWhiteSpace(DatabasePath))
        {
            throw new ArgumentException("A database path is required unless InMemory is set.", nameof(DatabasePath));
        }
    }
}
