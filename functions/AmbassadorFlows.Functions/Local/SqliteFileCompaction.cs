using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Sqlite;

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

    public async Task<bool> CompactAsync(CancellationToken cancellationToken)
    {
        var done = _app is null || await _app.TruncateWalAsync(cancellationToken);
        if (_durableFile is not null && File.Exists(_durableFile))
        {
            done &= await SqliteWal.TruncateAsync(_durableFile, cancellationToken);
        }

        return done;
    }
}
