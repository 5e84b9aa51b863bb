using AmbassadorFlows.Functions.Dashboard;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary><see cref="IDryRunStore"/> in the app's SQLite file: one row per played dry run
/// (<see cref="AppSchema.DryRunResults"/>).</summary>
public sealed class SqliteDryRunStore(AppDatabase database) : IDryRunStore
{
    public async Task SaveAsync(DryRunRecord record, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var purge = Command(connection, "DELETE FROM dry_runs WHERE expires_at <= $now", ("$now", ToDb(now))))
        {
            await purge.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = Command(
            connection,
            "INSERT INTO dry_runs (id, created_at, expires_at, record) VALUES ($id, $created, $expires, $record)",
            ("$id", record.Id),
            ("$created", ToDb(record.CreatedAt)),
            ("$expires", ToDb(record.ExpiresAt)),
            ("$record", record.ToBytes()));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DryRunLookup> FindAsync(string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var query = Command(connection, "SELECT expires_at, record FROM dry_runs WHERE id = $id", ("$id", id));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return DryRunLookup.Unknown;
        }

        return Time(reader, 0) <= now ? DryRunLookup.Gone : new DryRunLookup(DryRunRecord.FromBytes((byte[])reader.GetValue(1)), Expired: false);
    }
}
