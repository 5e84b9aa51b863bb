using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>Erasure and export of approvals and the audit trail. The records are found by index: the
/// person's own requests (by assignee), those of their journeys (by instance), and every other that
/// names them (the mentions index); then handled <see cref="MentionKeys.BatchSize"/> at a time, a
/// transaction each.</summary>
public sealed partial class SqliteApprovalStore : IPersonalDataStore
{
    internal const string ApprovalIdsByAssigneeSql = "SELECT approval_id FROM approvals WHERE assignee_id = $id";
    internal const string ApprovalIdsByInstanceSql = "SELECT approval_id FROM approvals WHERE instance_id IN (SELECT value FROM json_each($instances))";
    internal const string ApprovalsByIdsSql = $"SELECT {Columns} FROM approvals WHERE approval_id IN (SELECT value FROM json_each($ids)) ORDER BY approval_id";
    internal const string AuditIdsByInstanceSql = "SELECT id FROM audit WHERE instance_id IN (SELECT value FROM json_each($instances))";
    internal const string AuditByIdsSql = "SELECT id, instance_id, at, actor, action, details FROM audit WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY id";

    private long _rowsErasureRead;

    public string Section => "approvals";

    /// <summary>Approvals and audit lines read by erasures so far (for tests: what an erasure costs).</summary>
    internal long RowsErasureRead => Interlocked.Read(ref _rowsErasureRead);

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, $"SELECT {Columns} FROM approvals WHERE assignee_id = $id", ("$id", subject.EmployeeId));
        foreach (var approval in await ReadAllAsync(query, cancellationToken))
        {
            RecordRedaction.Collect(approval, subject);
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = await _database.OpenAsync(cancellationToken);
        var keys = MentionKeys.Of(subject);
        var approvals = new List<PendingApproval>();
        foreach (var batch in (await ApprovalIdsAsync(connection, subject, keys, cancellationToken)).Chunk(MentionKeys.BatchSize))
        {
            approvals.AddRange(await ApprovalsAsync(connection, null, batch, cancellationToken));
        }

        var audit = new List<AuditEntry>();
        foreach (var batch in (await AuditIdsAsync(connection, subject, keys, cancellationToken)).Chunk(MentionKeys.BatchSize))
        {
            audit.AddRange((await AuditAsync(connection, null, batch, cancellationToken)).Select(row => row.Entry));
        }

        return RecordRedaction.Export(approvals, audit, subject);
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(redactor);
        var keys = MentionKeys.Of(subject);
        await using var connection = await _database.OpenAsync(cancellationToken);
        var changed = 0;
        foreach (var batch in (await ApprovalIdsAsync(connection, subject, keys, cancellationToken)).Chunk(MentionKeys.BatchSize))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var approvals = await ApprovalsAsync(connection, transaction, batch, cancellationToken);
            Interlocked.Add(ref _rowsErasureRead, approvals.Count);
            foreach (var approval in approvals)
            {
                if (RecordRedaction.Approval(approval, subject, redactor) is not { } redacted)
                {
                    continue;
                }

                await using var update = Command(
                    connection,
                    "UPDATE approvals SET assignee_email = $email, details_json = $details, decided_by = $by, comment = $comment, data_json = $data, closed_reason = $closed, undeliverable = $undeliverable WHERE approval_id = $id",
                    ("$id", redacted.ApprovalId),
                    ("$email", redacted.AssigneeEmail),
                    ("$details", ToDb(redacted.DetailsJson)),
                    ("$by", ToDb(redacted.Decision?.DecidedBy)),
                    ("$comment", ToDb(redacted.Decision?.Comment)),
                    ("$data", ToDb(redacted.Decision?.DataJson)),
                    ("$closed", ToDb(redacted.ClosedReason)),
                    ("$undeliverable", ToDb(redacted.Decision?.UndeliverableReason)));
                update.Transaction = transaction;
                changed += await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var batch in (await AuditIdsAsync(connection, subject, keys, cancellationToken)).Chunk(MentionKeys.BatchSize))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var rows = await AuditAsync(connection, transaction, batch, cancellationToken);
            Interlocked.Add(ref _rowsErasureRead, rows.Count);
            foreach (var (rowId, entry) in rows)
            {
                if (RecordRedaction.Audit(entry, subject, redactor) is { } redacted)
                {
                    await using var update = Command(connection, "UPDATE audit SET actor = $actor, details = $details WHERE id = $id", ("$id", rowId), ("$actor", redacted.Actor), ("$details", ToDb(redacted.Details)));
                    update.Transaction = transaction;
                    changed += await update.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // Last, so an erasure cut short finds the same rows again.
        await SqliteMentions.ForgetAsync(connection, keys, SqliteMentions.Approval, cancellationToken);
        await SqliteMentions.ForgetAsync(connection, keys, SqliteMentions.Audit, cancellationToken);
        return changed;
    }

    /// <summary>The ids of the person's own requests, their journeys' and those naming them: ids only,
    /// so memory grows with what names the person.</summary>
    private static async Task<SortedSet<string>> ApprovalIdsAsync(SqliteConnection connection, PersonalDataSubject subject, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        await using (var own = Command(connection, ApprovalIdsByAssigneeSql, ("$id", subject.EmployeeId)))
        {
            await ReadColumnAsync(own, ids, r => r.GetString(0), cancellationToken);
        }

        await using (var journeys = Command(connection, ApprovalIdsByInstanceSql, ("$instances", JsonSerializer.Serialize(subject.JourneyInstanceIds))))
        {
            await ReadColumnAsync(journeys, ids, r => r.GetString(0), cancellationToken);
        }

        object after = string.Empty;
        while (await SqliteMentions.NextAsync(connection, null, keys, SqliteMentions.Approval, after, cancellationToken) is { Count: > 0 } named)
        {
            ids.UnionWith(named.Select(id => (string)id));
            after = named[^1];
        }

        return ids;
    }

    private static async Task<SortedSet<long>> AuditIdsAsync(SqliteConnection connection, PersonalDataSubject subject, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var ids = new SortedSet<long>();
        await using (var journeys = Command(connection, AuditIdsByInstanceSql, ("$instances", JsonSerializer.Serialize(subject.JourneyInstanceIds))))
        {
            await ReadColumnAsync(journeys, ids, r => r.GetInt64(0), cancellationToken);
        }

        object after = 0L;
        while (await SqliteMentions.NextAsync(connection, null, keys, SqliteMentions.Audit, after, cancellationToken) is { Count: > 0 } named)
        {
            ids.UnionWith(named.Select(id => (long)id));
            after = named[^1];
        }

        return ids;
    }

    private static async Task ReadColumnAsync<T>(SqliteCommand query, SortedSet<T> into, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            into.Add(read(reader));
        }
    }

    private static async Task<IReadOnlyList<PendingApproval>> ApprovalsAsync(SqliteConnection connection, SqliteTransaction? transaction, string[] ids, CancellationToken cancellationToken)
    {
        await using var query = Command(connection, ApprovalsByIdsSql, ("$ids", JsonSerializer.Serialize(ids)));
        query.Transaction = transaction;
        return await ReadAllAsync(query, cancellationToken);
    }

    private static async Task<List<(long RowId, AuditEntry Entry)>> AuditAsync(SqliteConnection connection, SqliteTransaction? transaction, long[] ids, CancellationToken cancellationToken)
    {
        await using var query = Command(connection, AuditByIdsSql, ("$ids", JsonSerializer.Serialize(ids)));
        query.Transaction = transaction;
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(long, AuditEntry)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), new AuditEntry(reader.GetString(1), Time(reader, 2), reader.GetString(3), reader.GetString(4), NullableString(reader, 5))));
        }

        return rows;
    }
}
