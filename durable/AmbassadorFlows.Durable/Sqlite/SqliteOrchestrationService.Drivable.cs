namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>What the fake-clock driver asks: is everything due now done, and when is the next timer.</summary>
public sealed partial class SqliteOrchestrationService
{
    /// <summary>Completes once no message is claimable now and no work item is locked or queued
    /// (an activity row is either waiting or leased). Re-checked on every commit of this process.</summary>
    public async Task WaitUntilIdleAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var signal = _changes.Current;
            var idle = await _db.ReadAsync(() =>
            {
                var command = _db.Command($"""
                    SELECT NOT EXISTS (SELECT 1 FROM inbox m JOIN instances i ON i.instance_id = m.instance_id WHERE {ClaimableMessage})
                       AND NOT EXISTS (SELECT 1 FROM activities)
                       AND NOT EXISTS (SELECT 1 FROM instances WHERE locked_until <> 0)
                    """);
                Bind(command, "@now", NowTicks);
                return (long)command.ExecuteScalar()! == 1;
            }, cancellationToken).ConfigureAwait(false);
            if (idle)
            {
                return;
            }

            // Commits here signal; the timeout only covers work another process finishes.
            await WorkSignal.WaitAsync(signal, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<DateTimeOffset?> GetNextTimerAsync(CancellationToken cancellationToken = default)
        => _db.ReadAsync(() =>
        {
            var command = _db.Command("SELECT MIN(visible_at) FROM inbox WHERE visible_at > @now");
            Bind(command, "@now", NowTicks);
            return command.ExecuteScalar() is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : (DateTimeOffset?)null;
        }, cancellationToken);
}
