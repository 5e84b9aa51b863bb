using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Hand-overs on Azure Tables: a read, then a replace conditioned on the ETag read, so a
/// hand-over and a decision racing on one approval cannot both succeed (the loser gets 412, re-reads
/// and sees the winner). The open-request lists filter on the server (Status, and the assignee or
/// kind), like the pending list.</summary>
public sealed partial class TableApprovalStore : IApprovalAssignment
{
    public async Task<(PendingApproval Approval, bool Changed)?> TryReassignAsync(string approvalId, string fromAssigneeId, string toAssigneeId, string toEmail, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAssigneeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toEmail);
        while (true)
        {
            var entity = await ReadAsync(approvalId, cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                return null;
            }

            if (entity.Decision is not null || entity.ClosedReason is not null || !string.Equals(entity.AssigneeId, fromAssigneeId, StringComparison.Ordinal))
            {
                return (ToApproval(entity), false);
            }

            entity.HandedFromId = entity.AssigneeId;
            entity.AssigneeId = toAssigneeId;
            entity.AssigneeEmail = toEmail;
            if (await TryReplaceAsync(entity, cancellationToken).ConfigureAwait(false))
            {
                return (ToApproval(entity), true);
            }
        }
    }

    public async Task<bool> WasHandedFromAsync(string approvalId, string assigneeId, CancellationToken cancellationToken = default)
        => await ReadAsync(approvalId, cancellationToken).ConfigureAwait(false) is { } entity
            && string.Equals(entity.HandedFromId, assigneeId, StringComparison.Ordinal);

    public Task<DecisionOutcome?> TryDecideAsAssigneeAsync(ApprovalDecision decision, string assigneeId, CancellationToken cancellationToken = default)
        => DecideAsync(decision, assigneeId, cancellationToken);

    public async Task<IReadOnlyList<PendingApproval>> ListOpenForAssigneeAsync(string assigneeId, int limit = 100, CancellationToken cancellationToken = default)
    {
        var open = await QueryAsync(TableClient.CreateQueryFilter($"Status eq {ApprovalEntity.Pending} and AssigneeId eq {assigneeId}"), null, cancellationToken).ConfigureAwait(false);
        return [.. open.OrderBy(a => a.CreatedAt).ThenBy(a => a.ApprovalId, StringComparer.Ordinal).Take(limit)];
    }

    public async Task<IReadOnlyList<PendingApproval>> ListOpenOfKindAsync(string kind, string? afterApprovalId = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        var open = await QueryAsync(TableClient.CreateQueryFilter($"Status eq {ApprovalEntity.Pending} and Kind eq {kind}"), null, cancellationToken).ConfigureAwait(false);
        return [.. open.Where(a => afterApprovalId is null || string.CompareOrdinal(a.ApprovalId, afterApprovalId) > 0).OrderBy(a => a.ApprovalId, StringComparer.Ordinal).Take(limit)];
    }
}
