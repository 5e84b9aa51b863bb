using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>
/// Copies the WAL into the database file from a second connection, off the write path. SQLite's own
/// automatic checkpoint runs inside the COMMIT that crosses its threshold, and that commit then copies
/// pages and fsyncs while every other writer waits. A PASSIVE checkpoint here does that work alongside
/// the writer; the writer keeps a high automatic threshold (<see cref="WriterCheckpointFrames"/>) only
/// so the WAL restarts from its beginning once in a while (a passive checkpoint alone never catches up
/// with a busy writer). Durability is unchanged: a committed transaction is in the WAL whether copied
/// or not, and SQLite recovers the WAL after a crash, also one during a checkpoint.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>The writer's automatic checkpoint threshold in WAL pages (32 MB at most).</summary>
    public const int WriterCheckpointFrames = 8192;

    private const int CommitsPerCheckpoint = 64;

    private static readonly TimeSpan IdleCheckpointDelay = TimeSpan.FromSeconds(1);

    private readonly SqliteConnection _connection;
    private readonly WorkSignal _due = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private int _commits;

    public WalCheckpointer(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _loop = Task.Run(LoopAsync);
    }

    public void OnCommit()
    {
        if (Interlocked.Increment(ref _commits) == CommitsPerCheckpoint)
        {
            _due.Set();
        }
    }

    public void Dispose()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        _stopping.Cancel();
        try
        {
            _loop.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting: nothing was half done.
        }

        _connection.Dispose();
        _stopping.Dispose();
    }

    private async Task LoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            var due = _due.Current;
            if (Volatile.Read(ref _commits) < CommitsPerCheckpoint)
            {
                await WorkSignal.WaitAsync(due, IdleCheckpointDelay, token).ConfigureAwait(false);
            }

            if (Interlocked.Exchange(ref _commits, 0) == 0)
            {
                continue;
            }

            try
            {
                using var command = _connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                command.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Busy (another process checkpoints) or a transient I/O error: the pages stay safe in
                // the WAL and the next round copies them.
            }
        }
    }
}
