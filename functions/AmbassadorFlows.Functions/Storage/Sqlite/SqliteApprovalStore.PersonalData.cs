using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>Erasure and export of approvals and the audit trail. Every approval and audit line is
/// looked at (a person can be named in anyone's), in one transaction.</summary>
public sealed partial class SqliteApprovalStore : IPersonalDataStore
{
    public string Section => "approvals";

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
        await using var approvalsQuery = Command(connection, $"SELECT {Columns} FROM approvals");
        var approvals = await ReadAllAsync(approvalsQuery, cancellationToken);
        return RecordRedaction.Export(approvals, (await ReadAuditRowsAsync(connection, null, cancellationToken)).Select(row => row.Entry), subject);
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(redactor);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var changed = 0;
        await using (var query = Command(connection, $"SELECT {Columns} FROM approvals"))
        {
            query.Transaction = transaction;
            foreach (var approval in await ReadAllAsync(query, cancellationToken))
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
        }

        foreach (var (rowId, entry) in await ReadAuditRowsAsync(connection, transaction, cancellationToken))
        {
            if (RecordRedaction.Audit(entry, subject, redactor) is { } redacted)
            {
                await using var update = Command(connection, "UPDATE audit SET actor = $actor, details = $details WHERE id = $id", ("$id", rowId), ("$actor", redacted.Actor), ("$details", ToDb(redacted.Details)));
                update.Transaction = transaction;
                changed += await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static async Task<List<(long RowId, AuditEntry Entry)>> ReadAuditRowsAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var query = Command(connection, "SELECT id, instance_id, at, actor, action, details FROM audit ORDER BY id");
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
