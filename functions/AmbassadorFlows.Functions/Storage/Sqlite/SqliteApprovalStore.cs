using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary><see cref="IApprovalStore"/> on the app's SQLite file. A decision is a conditional
/// UPDATE (only while undecided and open): SQLite runs writers one at a time, so of any number of
/// concurrent callers exactly one changes the row and every other reads the winner. A new
/// decision has no <c>delivered_at</c> until its event reaches the orchestration.</summary>
public sealed partial class SqliteApprovalStore : IApprovalStore, IApprovalHistory
{
    internal const string Columns = "approval_id, instance_id, event_name, kind, assignee_id, assignee_email, options, created_at, expires_at, details_json, decision, decided_by, decided_at, comment, data_json, closed_reason, delivered_at, undeliverable";
    private readonly AppDatabase _database;

    public SqliteApprovalStore(AppDatabase database)
    {
        _database = database;
    }

    public async Task<PendingApproval> CreateAsync(PendingApproval approval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentException.ThrowIfNullOrWhiteSpace(approval.ApprovalId, nameof(approval));
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        int inserted;
        await using (var insert = Command(
            connection,
            """
            INSERT INTO approvals (approval_id, instance_id, event_name, kind, assignee_id, assignee_email, options, created_at, expires_at, details_json)
            VALUES ($id, $instance, $event, $kind, $assignee, $email, $options, $created, $expires, $details)
            ON CONFLICT (approval_id) DO NOTHING
            """,
            ("$id", approval.ApprovalId),
            ("$instance", approval.InstanceId),
            ("$event", approval.EventName),
            ("$kind", approval.Kind),
            ("$assignee", approval.AssigneeId),
            ("$email", approval.AssigneeEmail),
            ("$options", JsonSerializer.Serialize(approval.Options)),
            ("$created", ToDb(approval.CreatedAt)),
            ("$expires", ToDb(approval.ExpiresAt)),
            ("$details", ToDb(approval.DetailsJson))))
        {
            insert.Transaction = transaction;
            inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        // Idempotent: a retried activity gets the approval as first recorded.
        var stored = await ReadAsync(connection, transaction, approval.ApprovalId, cancellationToken)
            ?? throw new InvalidOperationException($"Approval '{approval.ApprovalId}' vanished after insert.");
        if (inserted > 0)
        {
            await SqliteMentions.RecordAsync(connection, transaction, SqliteMentions.Approval, stored.ApprovalId, MentionKeys.InApproval(stored), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<PendingApproval?> GetAsync(string approvalId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, approvalId, cancellationToken);
    }

    /// <exception cref="KeyNotFoundException">No approval with this id.</exception>
    /// <exception cref="InvalidOperationException">The approval was closed without a decision.</exception>
    public async Task<DecisionOutcome> TryDecideAsync(ApprovalDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        int changed;
        await using (var update = Command(
            connection,
            """
            UPDATE approvals SET decision = $decision, decided_by = $by, decided_at = $at, comment = $comment, data_json = $data
            WHERE approval_id = $id AND decision IS NULL AND closed_reason IS NULL
            """,
            ("$id", decision.ApprovalId),
            ("$decision", decision.Decision),
            ("$by", decision.DecidedBy),
            ("$at", ToDb(decision.DecidedAt)),
            ("$comment", ToDb(decision.Comment)),
            ("$data", ToDb(decision.DataJson))))
        {
            update.Transaction = transaction;
            changed = await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var stored = await ReadAsync(connection, transaction, decision.ApprovalId, cancellationToken)
            ?? throw new KeyNotFoundException($"No approval '{decision.ApprovalId}'.");
        if (changed > 0)
        {
            await SqliteMentions.RecordAsync(connection, transaction, SqliteMentions.Approval, stored.ApprovalId, MentionKeys.InApproval(stored), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (stored.Decision is null)
        {
            throw new InvalidOperationException($"Approval '{decision.ApprovalId}' is closed ({stored.ClosedReason}); it takes no decision.");
        }

        return new DecisionOutcome(stored.Decision, changed == 1);
    }

    public async Task CloseAsync(string approvalId, string reason, DateTimeOffset closedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = Command(
            connection,
            "UPDATE approvals SET closed_reason = $reason, closed_at = $at WHERE approval_id = $id AND decision IS NULL AND closed_reason IS NULL",
            ("$id", approvalId),
            ("$reason", reason),
            ("$at", ToDb(closedAt))))
        {
            update.Transaction = transaction;
            if (await update.ExecuteNonQueryAsync(cancellationToken) > 0 && await ReadAsync(connection, transaction, approvalId, cancellationToken) is { } stored)
            {
                await SqliteMentions.RecordAsync(connection, transaction, SqliteMentions.Approval, approvalId, MentionKeys.InApproval(stored), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PendingApproval>> ListPendingAsync(string? instanceIdPrefix = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = instanceIdPrefix is null
            ? Command(connection, PendingSql)
            : Command(connection, PendingOfPrefixSql, ("$prefix", instanceIdPrefix), ("$upper", UpperBound(instanceIdPrefix)));
        return await ReadAllAsync(query, cancellationToken);
    }

    /// <summary>Every approval of instances starting with <paramref name="instanceIdPrefix"/>, decided or not (for the read model).</summary>
    public async Task<IReadOnlyList<PendingApproval>> ListAllAsync(string? instanceIdPrefix = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = instanceIdPrefix is null
            ? Command(connection, AllSql, ("$limit", limit))
            : Command(connection, AllOfPrefixSql, ("$prefix", instanceIdPrefix), ("$upper", UpperBound(instanceIdPrefix)), ("$limit", limit));
        return await ReadAllAsync(query, cancellationToken);
    }

    // One statement per case, so SQLite walks an index each time. A prefix is a range of instance ids
    // (from the prefix up to the prefix followed by the highest character), not substr() or LIKE,
    // which no index serves (and ids may contain '_' and '%').
    internal const string PendingSql = $"SELECT {Columns} FROM approvals WHERE decision IS NULL AND closed_reason IS NULL ORDER BY created_at, approval_id";
    internal const string PendingOfPrefixSql = $"SELECT {Columns} FROM approvals WHERE instance_id >= $prefix AND instance_id < $upper AND decision IS NULL AND closed_reason IS NULL ORDER BY created_at, approval_id";
    internal const string AllSql = $"SELECT {Columns} FROM approvals ORDER BY created_at DESC, approval_id LIMIT $limit";
    internal const string AllOfPrefixSql = $"SELECT {Columns} FROM approvals WHERE instance_id >= $prefix AND instance_id < $upper ORDER BY created_at DESC, approval_id LIMIT $limit";
    internal const string AuditOfInstanceSql = "SELECT instance_id, at, actor, action, details FROM audit WHERE instance_id = $instance ORDER BY at, id";
    internal const string UndeliveredSql = $"SELECT {Columns} FROM approvals WHERE decision IS NOT NULL AND delivered_at IS NULL AND decided_at <= $before ORDER BY decided_at, approval_id LIMIT $limit";

    private static string UpperBound(string prefix) => prefix + char.ConvertFromUtf32(0x10FFFF);

    public async Task MarkDeliveredAsync(string approvalId, DateTimeOffset at, string? undeliverableReason = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = Command(
            connection,
            "UPDATE approvals SET delivered_at = $at, undeliverable = $reason WHERE approval_id = $id AND decision IS NOT NULL AND delivered_at IS NULL",
            ("$id", approvalId),
            ("$at", ToDb(at)),
            ("$reason", ToDb(undeliverableReason)));
        if (await update.ExecuteNonQueryAsync(cancellationToken) > 0 && undeliverableReason is not null)
        {
            // Rare (a decision no wait took): the reason is indexed after the row, idempotently.
            var found = new MentionKeys.Found();
            found.AddText(undeliverableReason);
            await SqliteMentions.RecordAsync(connection, null, SqliteMentions.Approval, approvalId, found, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<PendingApproval>> ListUndeliveredAsync(DateTimeOffset decidedBefore, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            UndeliveredSql,
            ("$before", ToDb(decidedBefore)),
            ("$limit", limit));
        return await ReadAllAsync(query, cancellationToken);
    }

    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = Command(
            connection,
            "INSERT INTO audit (instance_id, at, actor, action, details) VALUES ($instance, $at, $actor, $action, $details)",
            ("$instance", entry.InstanceId),
            ("$at", ToDb(entry.At)),
            ("$actor", entry.Actor),
            ("$action", entry.Action),
            ("$details", ToDb(entry.Details)));
        insert.Transaction = transaction;
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await using (var id = Command(connection, "SELECT last_insert_rowid()"))
        {
            id.Transaction = transaction;
            await SqliteMentions.RecordAsync(connection, transaction, SqliteMentions.Audit, (long)(await id.ExecuteScalarAsync(cancellationToken))!, MentionKeys.InAudit(entry), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, AuditOfInstanceSql, ("$instance", instanceId));
        return await ReadAuditAsync(query, cancellationToken);
    }

    // Rows in (at, id) order from the page token on: the audit_by_at index, whatever the trail's length.
    internal const string AuditPageSql = "SELECT instance_id, at, actor, action, details, id FROM audit WHERE at >= $since AND (at, id) > ($at, $id) ORDER BY at, id LIMIT $limit";

    public async Task<AuditPage> ListAuditPageAsync(DateTimeOffset? since, string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var (at, id) = after is null ? (long.MinValue, 0L) : AuditToken(after);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, AuditPageSql, ("$since", since is { } s ? ToDb(s) : long.MinValue), ("$at", at), ("$id", id), ("$limit", limit));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        string? next = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetString(0), Time(reader, 1), reader.GetString(2), reader.GetString(3), NullableString(reader, 4)));
            next = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{reader.GetInt64(1)}.{reader.GetInt64(5)}");
        }

        return new AuditPage(entries, entries.Count == limit ? next : null);
    }

    /// <summary>"at.id" of the last entry of a page.</summary>
    private static (long At, long Id) AuditToken(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            && long.TryParse(token.AsSpan(0, dot), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var at)
            && long.TryParse(token.AsSpan(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? (at, id)
            : throw new FormatException("Not a page of the audit trail.");
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(SqliteCommand query, CancellationToken cancellationToken)
    {
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetString(0), Time(reader, 1), reader.GetString(2), reader.GetString(3), NullableString(reader, 4)));
        }

        return entries;
    }

    private static Task<PendingApproval?> ReadAsync(SqliteConnection connection, string approvalId, CancellationToken cancellationToken)
        => ReadAsync(connection, null, approvalId, cancellationToken);

    private static async Task<PendingApproval?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string approvalId, CancellationToken cancellationToken)
    {
        await using var query = Command(connection, $"SELECT {Columns} FROM approvals WHERE approval_id = $id", ("$id", approvalId));
        query.Transaction = transaction;
        var rows = await ReadAllAsync(query, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    internal static async Task<IReadOnlyList<PendingApproval>> ReadAllAsync(SqliteCommand query, CancellationToken cancellationToken)
    {
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var list = new List<PendingApproval>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            ApprovalDecision? decision = reader.IsDBNull(10)
                ? null
                : new ApprovalDecision(id, reader.GetString(10), reader.GetString(11), Time(reader, 12), NullableString(reader, 13), NullableString(reader, 14))
                {
                    DeliveredAt = NullableTime(reader, 16),
                    UndeliverableReason = NullableString(reader, 17),
                };
            list.Add(new PendingApproval(
                id,
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                JsonSerializer.Deserialize<string[]>(reader.GetString(6)) ?? [],
                Time(reader, 7),
                Time(reader, 8))
            {
                DetailsJson = NullableString(reader, 9),
                Decision = decision,
                ClosedReason = NullableString(reader, 15),
            });
        }

        return list;
    }
}
