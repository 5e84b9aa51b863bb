using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>
/// Copies the WAL back into the database file on its own connection, off the write path.
/// SQLite's automatic checkpoint runs inside the COMMIT that crosses its threshold (1,000 pages
/// by default, about 60 of our commits): that commit copies every page and fsyncs twice while all
/// other writers wait on the gate (measured: 6–30 ms stalls, a fifth of the file backend's time).
/// Here a PASSIVE checkpoint from a second connection does the copying and the fsyncs alongside
/// the writer. It cannot finish a cycle alone, though: the writer keeps appending, so the WAL
/// would never be fully copied and never restart from its beginning (it grew past 100 MB in a
/// benchmark). So the writer keeps an automatic checkpoint at <see cref="WriterCheckpointFrames"/>,
/// which by then only has the last few frames left to copy, and the WAL restarts.
/// Durability does not change: a committed transaction is in the WAL whether or not it has been
/// copied, and SQLite recovers the WAL after a crash, including one in the middle of a checkpoint.
/// </summary>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    /// <summary>The writer's own automatic checkpoint threshold in WAL frames (pages): the WAL
    /// restarts after about this many, 32 MB at most.</summary>
    public const int WriterCheckpointFrames = 8192;

    /// <summary>Commits between background checkpoints, about 1,000 frames.</summary>
    private const int CommitsPerCheckpoint = 64;

    /// <summary>A quiet database is checkpointed this long after its last commit.</summary>
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

    /// <summary>Called after each commit of the writer connection.</summary>
    public void OnCommit()
    {
        if (Interlocked.Increment(ref _commits) >= CommitsPerCheckpoint)
        {
            _due.Set();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _loop;
        await _connection.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task LoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                _due.Reset();
                if (Volatile.Read(ref _commits) < CommitsPerCheckpoint)
                {
                    await _due.WaitAsync(IdleCheckpointDelay, token);
                }

                if (Interlocked.Exchange(ref _commits, 0) > 0)
                {
                    Checkpoint();
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
            {
                // Busy (another process is checkpointing) or a transient I/O error: the frames
                // stay in the WAL, safe, and the next round (or the writer's own checkpoint)
                // copies them.
            }
        }
    }

    private void Checkpoint()
    {
        using var command = _connection.CreateCommand();

        // PASSIVE: copy what no reader still needs, never wait for or block the writer.
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        command.ExecuteNonQuery();
    }
}
