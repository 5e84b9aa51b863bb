namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>Settings of <see cref="SqliteOrchestrationService"/>.</summary>
public sealed class SqliteOrchestrationServiceOptions
{
    /// <summary>The SQLite file (created if missing, WAL mode); null for a private in-memory database
    /// that lives as long as the service.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>The clock for visible-at times (timers, scheduled starts), leases and the times the
    /// backend records; a FakeTimeProvider plays months in seconds.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Orchestration turns DTFx runs at once. Turns are short and the store serialises
    /// writes anyway; enough to keep group commits full.</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 100;

    /// <summary>Activities DTFx runs at once.</summary>
    public int MaxConcurrentActivities { get; set; } = 100;

    /// <summary>How long a claimed work item stays ours without renewal; an expired lease makes the
    /// work item claimable again (DTFx renews live ones).</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
