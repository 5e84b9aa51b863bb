using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary><see cref="IWorkClaims"/> in the app's SQLite file: one upsert whose update applies only
/// to a lapsed claim or the holder's own, so the changed-row count says who holds the key. SQLite
/// runs writers one at a time, across processes sharing the file too.</summary>
public sealed class SqliteWorkClaims : IWorkClaims
{
    private readonly AppDatabase _database;
    private readonly TimeProvider _time;

    /// <param name="time">Real time in the app (claims outlive processes, not the app's calendar); a fake one in tests.</param>
    public SqliteWorkClaims(AppDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    public async Task<bool> TryClaimAsync(string key, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        var now = _time.GetUtcNow();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var upsert = Command(
            connection,
            """
            INSERT INTO claims (claim_key, holder, expires_at) VALUES ($key, $holder, $until)
            ON CONFLICT (claim_key) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE claims.expires_at <= $now OR claims.holder = excluded.holder
            """,
            ("$key", key),
            ("$holder", holder),
            ("$until", ToDb(now + duration)),
            ("$now", ToDb(now)));
        return await upsert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
