using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>Empties a SQLite file's WAL, whose older frames still hold rows as they were before an
/// erasure (secure_delete zeroes the pages, not the frames that preceded them).</summary>
internal static class SqliteWal
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>A TRUNCATE checkpoint, repeated while readers keep it from finishing: SQLite answers a
    /// blocked checkpoint with a result row (busy = 1), not an error. False when it never finished in
    /// time (a busy file); the frames are then overwritten as the WAL restarts, or emptied next time.</summary>
    public static async Task<bool> TruncateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using (var checkpoint = connection.CreateCommand())
            {
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await using var reader = await checkpoint.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) == 0)
                {
                    return true;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    public static async Task<bool> TruncateAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 60 }.ToString());
        await connection.OpenAsync(cancellationToken);
        return await TruncateAsync(connection, cancellationToken);
    }
}
