using AmbassadorFlows.Durable.Protocol;
using Google.Protobuf;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>
/// The SQLite backend. One connection, used under an async gate: SQLite admits one writer at a
/// time anyway, so in-process writers queue here instead of spinning on SQLITE_BUSY, and prepared
/// statements are reused. Queued writes share transactions (group commit, see
/// SqliteStore.GroupCommit.cs). Another process (a second host, a crash-test harness) coordinates
/// through SQLite's own file locks and busy timeout. Executors and activities run outside the gate.
/// </summary>
internal sealed partial class SqliteStore : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly HistoryCache _histories;
    private readonly WalCheckpointer? _checkpointer;
    private TaskCompletionSource _completions = NewSignal();
    private bool _disposed;

    /// <param name="historyCacheCapacity">Instances whose parsed history is kept for their next
    /// turn (see <see cref="HistoryCache"/>); 0 for a store that runs no turns.</param>
    /// <param name="pageCacheMegabytes">SQLite's page cache for a file; 0 keeps SQLite's 2 MB.</param>
    public SqliteStore(string? databasePath, TimeProvider timeProvider, int historyCacheCapacity = 0, int pageCacheMegabytes = 0)
    {
        TimeProvider = timeProvider;
        _histories = new HistoryCache(historyCacheCapacity);
        var inMemory = databasePath is null;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = inMemory ? ":memory:" : databasePath,
            Mode = inMemory ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            // The single connection lives as long as the store; pooling would only keep a second
            // handle to the file open after dispose.
            Pooling = false,
            DefaultTimeout = 60,
        };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            // WAL: readers in other processes don't block the writer. synchronous=NORMAL is durable
            // against process crashes (the case we test with SIGKILL); only an OS crash may lose
            // the last transactions, never corrupt or half-apply them.
            // wal_autocheckpoint: see WalCheckpointer; the writer only finishes what it copied.
            pragma.CommandText = inMemory
                ? "PRAGMA busy_timeout = 30000;"
                : $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA wal_autocheckpoint = {WalCheckpointer.WriterCheckpointFrames};";
            pragma.ExecuteNonQuery();
            if (!inMemory && pageCacheMegabytes > 0)
            {
                // Negative: a size in KiB rather than a number of pages.
                pragma.CommandText = $"PRAGMA cache_size = -{pageCacheMegabytes * 1024};";
                pragma.ExecuteNonQuery();
            }
        }

        if (!inMemory)
        {
            _checkpointer = new WalCheckpointer(builder.ToString());
        }

        using var schema = _connection.CreateCommand();
        schema.CommandText = SqliteSchema.Create;
        schema.ExecuteNonQuery();
    }

    public TimeProvider TimeProvider { get; }

    /// <summary>Raised (outside the gate) after a commit that put orchestration work in an inbox.</summary>
    public event Action? OrchestrationWorkAdded;

    /// <summary>Raised after a commit that queued activities.</summary>
    public event Action? ActivityWorkAdded;

    /// <summary>Completes when any instance reaches a terminal state in this process; waiters
    /// re-read the instance, so a missed or spurious signal is harmless.</summary>
    public Task NextCompletionSignal => Volatile.Read(ref _completions).Task;

    public DateTimeOffset Now => TimeProvider.GetUtcNow();

    /// <summary>Releases every lease: whoever held them is gone (engine start after a crash).</summary>
    public async Task RecoverLeasesAsync(CancellationToken cancellation)
    {
        await WriteAsync(tx =>
        {
            Cmd("UPDATE instances SET lock_owner = NULL, locked_until = 0 WHERE locked_until <> 0", tx).ExecuteNonQuery();
            Cmd("UPDATE activities SET lock_owner = NULL, available_at = 0 WHERE lock_owner IS NOT NULL", tx).ExecuteNonQuery();
            return 0;
        }, cancellation);
        OrchestrationWorkAdded?.Invoke();
        ActivityWorkAdded?.Invoke();
    }

    /// <summary>The earliest future moment at which an inbox event or an activity becomes visible.</summary>
    public Task<DateTimeOffset?> GetNextWakeUpAsync(CancellationToken cancellation)
        => WithGateAsync(() =>
        {
            var now = Now.UtcTicks;
            var a = Cmd("SELECT MIN(visible_at) FROM inbox WHERE visible_at > @now", null, ("@now", now)).ExecuteScalar();
            var b = Cmd("SELECT MIN(available_at) FROM activities WHERE available_at > @now", null, ("@now", now)).ExecuteScalar();
            long? next = null;
            foreach (var value in new[] { a, b })
            {
                if (value is long ticks && (next is null || ticks < next))
                {
                    next = ticks;
                }
            }

            return next is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : (DateTimeOffset?)null;
        }, cancellation);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        // First, so the writer connection is the last to close and checkpoints what is left.
        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync();
        }

        await _gate.WaitAsync();
        try
        {
            _disposed = true;
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _commands.Clear();
            await _connection.DisposeAsync();
        }
        finally
        {
            _gate.Release();
        }

        _gate.Dispose();
    }

    internal void SignalOrchestrationWork() => OrchestrationWorkAdded?.Invoke();

    internal void SignalActivityWork() => ActivityWorkAdded?.Invoke();

    internal void SignalCompletion()
    {
        var previous = Interlocked.Exchange(ref _completions, NewSignal());
        previous.TrySetResult();
    }

    /// <summary>Reads: under the gate, outside any transaction (writes go through <see cref="WriteAsync"/>).</summary>
    private async Task<T> WithGateAsync<T>(Func<T> work, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return work();
        }
        finally
        {
            _gate.Release();
        }
    }

    private SqliteCommand Cmd(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }


        command.Transaction = tx;
        command.Parameters.Clear();
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static byte[] Bytes(IMessage message) => message.ToByteArray();

    private static HistoryEvent ParseEvent(SqliteDataReader reader, int ordinal)
        => HistoryEvent.Parser.ParseFrom((byte[])reader.GetValue(ordinal));

    private static DateTimeOffset FromTicks(long ticks) => new(ticks, TimeSpan.Zero);

    private static string? NullableString(SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private const string InstanceColumns = """
        instance_id, name, version, execution_id, status, custom_status, input, output, failure,
        parent_instance_id, parent_execution_id, parent_task_id, created_at, updated_at, completed_at
        """;

    /// <summary>How many columns <see cref="InstanceColumns"/> lists.</summary>
    private const int InstanceColumnCount = 15;

    private static InstanceRow ReadInstance(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        NullableString(r, 2),
        r.GetString(3),
        (OrchestrationRuntimeStatus)r.GetInt32(4),
        NullableString(r, 5),
        NullableString(r, 6),
        NullableString(r, 7),
        r.IsDBNull(8) ? null : Protocol.TaskFailureDetails.Parser.ParseFrom((byte[])r.GetValue(8)),
        NullableString(r, 9),
        NullableString(r, 10),
        r.IsDBNull(11) ? null : r.GetInt32(11),
        FromTicks(r.GetInt64(12)),
        FromTicks(r.GetInt64(13)),
        r.IsDBNull(14) ? null : FromTicks(r.GetInt64(14)));

    private InstanceRow? LoadInstance(string instanceId, SqliteTransaction? tx)
    {
        using var reader = Cmd($"SELECT {InstanceColumns} FROM instances WHERE instance_id = @id", tx, ("@id", instanceId)).ExecuteReader();
        return reader.Read() ? ReadInstance(reader) : null;
    }

    private void InsertInbox(SqliteTransaction tx, string instanceId, string? executionId, HistoryEvent e, DateTimeOffset visibleAt, int priority = 2)
        => Cmd(
            "INSERT INTO inbox (instance_id, execution_id, kind, priority, visible_at, event) VALUES (@i, @x, @k, @p, @v, @e)",
            tx,
            ("@i", instanceId),
            ("@x", executionId),
            ("@k", (int)e.EventTypeCase),
            ("@p", priority),
            ("@v", visibleAt.UtcTicks),
            ("@e", Bytes(e))).ExecuteNonQuery();

    private static bool IsTerminal(OrchestrationRuntimeStatus status) => status.IsTerminal();

    /// <summary>The statuses <see cref="IsTerminal"/> accepts, for SQL: <c>1, 3, 4, 5</c>.</summary>
    private static readonly string TerminalStatusList = string.Join(", ",
        Enum.GetValues<OrchestrationRuntimeStatus>().Where(IsTerminal).Select(s => ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
