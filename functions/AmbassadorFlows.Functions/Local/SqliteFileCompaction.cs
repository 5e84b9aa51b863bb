using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Functions.Local;

/// <summary>Local mode's <see cref="IStorageCompaction"/>: empties the WAL of the app's file and of
/// the runtime's, whichever of them are SQLite files, after rows were zeroed by secure_delete.</summary>
public sealed class SqliteFileCompaction : IStorageCompaction
{
    private readonly AppDatabase? _app;
    private readonly string? _durableFile;

    public SqliteFileCompaction(AppDatabase? app, string? durableFile)
    {
        _app = app;
        _durableFile = durableFile;
    }

    public async Task CompactAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.TruncateWalAsync(cancellationToken);
        }

        if (_durableFile is null || !File.Exists(_durableFile))
        {
            return;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _durableFile, Pooling = false, DefaultTimeout = 60 }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync(cancellationToken);
    }
}
