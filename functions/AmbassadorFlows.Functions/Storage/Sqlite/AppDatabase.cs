using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>The app's own SQLite file (approvals, audit, outbox, cohort progress), apart from the
/// runtime's: the runtime owns its schema, and the read side can be wiped without losing journeys.
/// WAL lets the dashboard read while approvals write; Microsoft.Data.Sqlite retries a busy
/// database until the command timeout, which serialises concurrent writers safely.</summary>
public sealed class AppDatabase
{
    private readonly string _connectionString;

    public AppDatabase(string path, bool pooling = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        FilePath = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = pooling,
            DefaultTimeout = 60,
        }.ToString();
        Initialize();
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // Per connection: deleted and overwritten content is zeroed in the file, not left in free
            // space, so an erased comment cannot be read back from the file's bytes.
            pragma.CommandText = "PRAGMA secure_delete = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    /// <summary>Copies the WAL into the file and empties it (see <see cref="SqliteWal"/>); false when readers kept it busy too long.</summary>
    public async Task<bool> TruncateWalAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteWal.TruncateAsync(connection, cancellationToken);
    }

    private void Initialize()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, AppSchema.Script);
        using var transaction = connection.BeginTransaction();
        if (!HasColumn(connection, transaction, "approvals", "delivered_at"))
        {
            Execute(connection, AppSchema.AddDeliveryColumns, transaction);
        }

        if (!HasColumn(connection, transaction, "check_ins", "hours_invalid"))
        {
            Execute(connection, AppSchema.AddHoursInvalidColumn, transaction);
        }

        if (!HasColumn(connection, transaction, "check_ins", "no_time"))
        {
            Execute(connection, AppSchema.AddNoTimeColumn, transaction);
        }

        if (!HasColumn(connection, transaction, "progress", "erased_at"))
        {
            Execute(connection, AppSchema.AddErasedAtColumn, transaction);
        }

        if (!HasColumn(connection, transaction, "approvals", "handed_from"))
        {
            Execute(connection, AppSchema.AddHandedFromColumn, transaction);
        }

        Execute(connection, AppSchema.DeliveryIndex, transaction);
        Execute(connection, AppSchema.OpenRequestIndexes, transaction);
        var searchIndexed = HasTable(connection, transaction, "outbox_search");
        Execute(connection, SqliteOutbox.SearchSchema, transaction);
        if (!searchIndexed)
        {
            Execute(connection, SqliteOutbox.RebuildSearch, transaction);
        }

        Execute(connection, AppSchema.MentionsSchema, transaction);
        Execute(connection, AppSchema.LookupIndexes, transaction);
        Execute(connection, AppSchema.DryRunResults, transaction);
        Execute(connection, AppSchema.ReadModelSchema, transaction);
        if (!HasTable(connection, transaction, "cohort_steps"))
        {
            Execute(connection, AppSchema.StepCountTable, transaction);
        }

        Execute(connection, AppSchema.StepCountTriggers, transaction);
        Execute(connection, AppSchema.HealthSnapshotSchema, transaction);
        if (!HasTable(connection, transaction, "check_in_requests"))
        {
            Execute(connection, AppSchema.CheckInRequestTable, transaction);
        }

        Execute(connection, AppSchema.CheckInRequestTriggers, transaction);
        Execute(connection, AppSchema.FigurePartsSchema, transaction);
        transaction.Commit();

        // Rows written before the mentions index existed are indexed once, in batches of their own.
        SqliteMentionsBackfill.RunIfNeeded(connection);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static bool HasTable(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT 1 FROM sqlite_master WHERE name = $table";
        command.Parameters.AddWithValue("$table", table);
        return command.ExecuteScalar() is not null;
    }

    private static bool HasColumn(SqliteConnection connection, SqliteTransaction transaction, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT 1 FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return command.ExecuteScalar() is not null;
    }
}
