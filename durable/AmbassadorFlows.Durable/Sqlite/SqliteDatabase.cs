using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>
/// One connection used under an async gate: SQLite admits one writer at a time anyway, so in-process
/// callers queue here instead of spinning on SQLITE_BUSY, and prepared statements are reused. Other
/// processes (a client, a crash-test parent) coordinate through SQLite's file locks and busy timeout.
/// <para>Group commit: on a file most of a transaction's cost is its COMMIT, so writes queue up and
/// whoever holds the gate next runs every queued write in one transaction. A caller's task completes
/// only after the COMMIT that contains its write, so durability equals one transaction per write.
/// A write that throws takes the transaction down: it is rolled back, that caller gets its exception
/// and the others run again (writes only touch the database, so re-running one is safe).</para>
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const int MaxWritesPerCommit = 128;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PendingWrite> _pending = new();
    private readonly WalCheckpointer? _checkpointer;
    private long _dataVersion = -1;
    private bool _disposed;

    public SqliteDatabase(string? path)
    {
        IsFile = path is not null;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path ?? ":memory:",
            Mode = path is null ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            // The connection lives as long as the service; a pool would keep the file open after it.
            Pooling = false,
            DefaultTimeout = 60,
        };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            // WAL: other processes read while we write. synchronous=NORMAL survives a process crash
            // (SIGKILL) with every committed transaction; only an OS crash may lose the last few,
            // never corrupt or half-apply one. secure_delete: a purged history is zeroed in the file, not
            // left in free pages (erasure of personal data relies on it). No mmap: mapped pages count as resident memory and made
            // the 100,000-idle-instances benchmark ~190 MB heavier for no throughput gain.
            pragma.CommandText = path is null
                ? "PRAGMA busy_timeout = 30000;"
                : $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON; PRAGMA busy_timeout = 30000; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = {WalCheckpointer.WriterCheckpointFrames};";
            pragma.ExecuteNonQuery();
            pragma.CommandText = SqliteSchema.Create;
            pragma.ExecuteNonQuery();
        }

        if (path is not null)
        {
            _checkpointer = new WalCheckpointer(builder.ToString());
        }
    }

    public bool IsFile { get; }

    /// <summary>Reads under the gate, outside any transaction.</summary>
    public async Task<T> ReadAsync<T>(Func<T> read, CancellationToken cancellation = default)
    {
        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return read();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>True when another connection (another process) committed since the last call.</summary>
    public Task<bool> ChangedElsewhereAsync(CancellationToken cancellation) => ReadAsync(() =>
    {
        var version = (long)Command("PRAGMA data_version").ExecuteScalar()!;
        return Interlocked.Exchange(ref _dataVersion, version) != version;
    }, cancellation);

    /// <summary>Runs <paramref name="work"/> in a write transaction, possibly shared with other writes;
    /// returns after that transaction committed. <paramref name="work"/> may register actions to run
    /// after the commit (signals, cache updates) on the <see cref="WriteContext"/>.</summary>
    public async Task<T> WriteAsync<T>(Func<WriteContext, T> work, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var write = new PendingWrite<T>(work);
        _pending.Enqueue(write);

        // Not cancellable once queued: another holder of the gate may be committing it already.
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            while (!write.IsDone)
            {
                CommitPending();
            }
        }
        finally
        {
            _gate.Release();
        }

        return await write.Task.ConfigureAwait(false);
    }

    /// <summary>A cached prepared command; use only under the gate.</summary>
    public SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Transaction = tx;
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        // First, so the writer is the last connection to close and checkpoints what is left.
        _checkpointer?.Dispose();
        _gate.Wait();
        try
        {
            _disposed = true;
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _commands.Clear();
            _connection.Dispose();
        }
        finally
        {
            _gate.Release();
        }

        while (_pending.TryDequeue(out var left))
        {
            left.Fail(new ObjectDisposedException(nameof(SqliteDatabase)));
        }
    }

    private void CommitPending()
    {
        var batch = new List<PendingWrite>();
        while (batch.Count < MaxWritesPerCommit && _pending.TryDequeue(out var queued))
        {
            batch.Add(queued);
        }

        if (_disposed)
        {
            batch.ForEach(w => w.Fail(new ObjectDisposedException(nameof(SqliteDatabase))));
            return;
        }

        var remaining = batch;
        while (remaining.Count > 0)
        {
            PendingWrite? failed = null;
            try
            {
                using var tx = _connection.BeginTransaction(deferred: false);
                foreach (var write in remaining)
                {
                    if (!write.Execute(this, tx))
                    {
                        failed = write;
                        break;
                    }
                }

                if (failed is null)
                {
                    tx.Commit();
                    _checkpointer?.OnCommit();
                }
            }
            catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
            {
                // BEGIN, COMMIT or the rollback failed: none of these writes is committed.
                remaining.ForEach(w => w.Fail(ex));
                return;
            }

            if (failed is null)
            {
                remaining.ForEach(w => w.Publish());
                return;
            }

            failed.Publish();
            remaining = remaining.FindAll(w => w != failed);
        }
    }

    private abstract class PendingWrite
    {
        public abstract bool IsDone { get; }

        public abstract bool Execute(SqliteDatabase database, SqliteTransaction tx);

        public abstract void Publish();

        public abstract void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<WriteContext, T> work) : PendingWrite
    {
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private WriteContext? _context;
        private T? _value;
        private Exception? _error;

        public Task<T> Task => _result.Task;

        public override bool IsDone => _result.Task.IsCompleted;

        public override bool Execute(SqliteDatabase database, SqliteTransaction tx)
        {
            _error = null;
            _context = new WriteContext(database, tx);
            try
            {
                _value = work(_context);
                return true;
            }
#pragma warning disable CA1031 // The caller gets it, after the others committed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _error = ex;
                return false;
            }
        }

        public override void Publish()
        {
            if (_error is not null)
            {
                _result.TrySetException(_error);
                return;
            }

            _context?.RunAfterCommit();
            _result.TrySetResult(_value!);
        }

        public override void Fail(Exception exception) => _result.TrySetException(_error ?? exception);
    }
}
