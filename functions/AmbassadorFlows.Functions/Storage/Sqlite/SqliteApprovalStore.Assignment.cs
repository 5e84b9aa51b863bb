using AmbassadorFlows.Workflows.Ports;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>Hand-overs: conditional UPDATEs on the assignee, which SQLite runs one writer at a time,
/// so a hand-over and a decision on the same row cannot both succeed. Lookups use the partial
/// indexes on open rows (<see cref="AppSchema.OpenRequestIndexes"/>).</summary>
public sealed partial class SqliteApprovalStore : IApprovalAssignment
{
    public async Task<(PendingApproval Approval, bool Changed)?> TryReassignAsync(string approvalId, string fromAssigneeId, string toAssigneeId, string toEmail, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(approvalId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAssigneeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toEmail);
        await using var connection = await _database.OpenAsync(cancellationToken);
        int changed;
        await using (var update = Command(
            connection,
            """
            UPDATE approvals SET handed_from = assignee_id, assignee_id = $to, assignee_email = $email
            WHERE approval_id = $id AND assignee_id = $from AND decision IS NULL AND closed_reason IS NULL
            """,
            ("$id", approvalId),
            ("$from", fromAssigneeId),
            ("$to", toAssigneeId),
            ("$email", toEmail)))
        {
            changed = await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return await ReadAsync(connection, approvalId, cancellationToken) is { } stored ? (stored, changed == 1) : null;
    }

    public async Task<bool> WasHandedFromAsync(string approvalId, string assigneeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            "SELECT 1 FROM approvals WHERE approval_id = $id AND handed_from = $from",
            ("$id", approvalId),
            ("$from", assigneeId));
        return await query.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<DecisionOutcome?> TryDecideAsAssigneeAsync(ApprovalDecision decision, string assigneeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await using var connection = await _database.OpenAsync(cancellationToken);
        int changed;
        await using (var update = Command(
            connection,
            """
            UPDATE approvals SET decision = $decision, decided_by = $by, decided_at = $at, comment = $comment, data_json = $data
            WHERE approval_id = $id AND assignee_id = $assignee AND decision IS NULL AND closed_reason IS NULL
            """,
            ("$id", decision.ApprovalId),
            ("$assignee", assigneeId),
            ("$decision", decision.Decision),
            ("$by", decision.DecidedBy),
            ("$at", ToDb(decision.DecidedAt)),
            ("$comment", ToDb(decision.Comment)),
            ("$data", ToDb(decision.DataJson))))
        {
            changed = await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var stored = await ReadAsync(connection, decision.ApprovalId, cancellationToken)
            ?? throw new KeyNotFoundException($"No approval '{decision.ApprovalId}'.");
        if (changed == 0 && !string.Equals(stored.AssigneeId, assigneeId, StringComparison.Ordinal))
        {
            return null;
        }

        if (stored.Decision is null)
        {
            throw new InvalidOperationException($"Approval '{decision.ApprovalId}' is closed ({stored.ClosedReason}); it takes no decision.");
        }

        return new DecisionOutcome(stored.Decision, changed == 1);
    }

    public async Task<IReadOnlyList<PendingApproval>> ListOpenForAssigneeAsync(string assigneeId, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            $"""
            SELECT {Columns} FROM approvals INDEXED BY approvals_open_by_assignee
            WHERE assignee_id = $assignee AND decision IS NULL AND closed_reason IS NULL
            ORDER BY created_at LIMIT $limit
            """,
            ("$assignee", assigneeId),
            ("$limit", limit));
        return await ReadAllAsync(query, cancellationToken);
    }

    public async Task<IReadOnlyList<PendingApproval>> ListOpenOfKindAsync(string kind, string? afterApprovalId = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(
            connection,
            $"""
            SELECT {Columns} FROM approvals INDEXED BY approvals_open_by_kind
            WHERE kind = $kind AND approval_id > $after AND decision IS NULL AND closed_reason IS NULL
            ORDER BY approval_id LIMIT $limit
            """,
            ("$kind", kind),
            ("$after", afterApprovalId ?? string.Empty),
            ("$limit", limit));
        return await ReadAllAsync(query, cancellationToken);
    }
}
