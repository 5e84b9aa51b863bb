using System.Globalization;
using AmbassadorFlows.Functions.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Operations;

/// <summary>
/// The digest's reads and its ledger of sent days in the app's SQLite file. Two partial indexes make the
/// reads cost what they return: open approvals by deadline, failed relays by time. Created here, on
/// first use, with the ledger table, so the digest's schema stays with the digest.
/// </summary>
public sealed class SqliteOpsDigestStore : IOpsDigestStore
{
    internal const string Schema = """
        CREATE TABLE IF NOT EXISTS ops_digests (
            day        TEXT PRIMARY KEY,
            claimed_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS approvals_open_by_deadline ON approvals (expires_at) WHERE decision IS NULL AND closed_reason IS NULL;
        CREATE INDEX IF NOT EXISTS outbox_relay_failed ON outbox (created_at) WHERE relay_error IS NOT NULL;
        """;

    private const string OpenPastDeadline = "FROM approvals WHERE decision IS NULL AND closed_reason IS NULL AND expires_at < $now";
    private const string FailedRelays = "FROM outbox WHERE relay_error IS NOT NULL AND created_at >= $from AND created_at < $to";

    private readonly AppDatabase _database;
    private readonly Lazy<Task> _schema;

    public SqliteOpsDigestStore(AppDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    /// <summary>The overdue query, for the query-plan test.</summary>
    internal const string OverdueSql = $"SELECT approval_id, instance_id, kind, expires_at {OpenPastDeadline} ORDER BY expires_at LIMIT $limit";

    internal const string MailFailuresSql = $"SELECT id, created_at, subject, relay_error {FailedRelays} ORDER BY created_at LIMIT $limit";

    public async Task<(IReadOnlyList<OverdueRequest> Items, int Total)> ListOverdueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var items = new List<OverdueRequest>();
        await using (var query = Command(connection, OverdueSql, ("$now", ToDb(now)), ("$limit", limit)))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new OverdueRequest(reader.GetString(0), reader.GetString(1), reader.GetString(2), Time(reader, 3)));
            }
        }

        return (items, items.Count < limit ? items.Count : await CountAsync(connection, $"SELECT count(*) {OpenPastDeadline}", cancellationToken, ("$now", ToDb(now))));
    }

    public async Task<(IReadOnlyList<MailFailure> Items, int Total)> ListMailFailuresAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var items = new List<MailFailure>();
        await using (var query = Command(connection, MailFailuresSql, ("$from", ToDb(from)), ("$to", ToDb(to)), ("$limit", limit)))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new MailFailure(reader.GetInt64(0), Time(reader, 1), reader.GetString(2), reader.GetString(3)));
            }
        }

        return (items, items.Count < limit ? items.Count : await CountAsync(connection, $"SELECT count(*) {FailedRelays}", cancellationToken, ("$from", ToDb(from)), ("$to", ToDb(to))));
    }

    public async Task<bool> TryClaimDayAsync(DateOnly day, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            "INSERT INTO ops_digests (day, claimed_at) VALUES ($day, $at) ON CONFLICT (day) DO NOTHING",
            ("$day", Key(day)),
            ("$at", ToDb(at)));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task ReleaseDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var delete = Command(connection, "DELETE FROM ops_digests WHERE day = $day", ("$day", Key(day)));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<int> CountAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var count = Command(connection, sql, parameters);
        return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        return await _database.OpenAsync(cancellationToken);
    }

    private async Task CreateSchemaAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var create = Command(connection, Schema);
        await create.ExecuteNonQueryAsync();
    }
}
