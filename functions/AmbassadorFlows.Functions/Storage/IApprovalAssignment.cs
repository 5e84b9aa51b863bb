using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>
/// Who an open request waits for, changed while it waits: HR hands it to a deputy, or a manager
/// change moves it to the new manager. Both approval stores (SQLite, Azure Tables) offer it next to
/// the port. A hand-over and a decision race on the same row: each is a conditional write (open, and
/// still the expected person's), so of the two exactly one wins.
/// </summary>
public interface IApprovalAssignment
{
    /// <summary>Hands <paramref name="approvalId"/> from <paramref name="fromAssigneeId"/> to another
    /// person, only while it is undecided, not closed and still assigned to <paramref name="fromAssigneeId"/>.
    /// Returns the approval as it stands afterwards and whether this call changed it; null when there is no such approval.</summary>
    Task<(PendingApproval Approval, bool Changed)?> TryReassignAsync(string approvalId, string fromAssigneeId, string toAssigneeId, string toEmail, CancellationToken cancellationToken = default);

    /// <summary>Whether the request's last hand-over took it from <paramref name="assigneeId"/>. Kept
    /// on the row by <see cref="TryReassignAsync"/> in the same write that moves it, so it holds from
    /// the moment the request changes hands (the audit line follows a moment later). Only the last
    /// earlier holder is kept: older ones, and rows handed over before this was recorded, are in the audit.</summary>
    Task<bool> WasHandedFromAsync(string approvalId, string assigneeId, CancellationToken cancellationToken = default);

    /// <summary><see cref="IApprovalStore.TryDecideAsync"/>, only while the approval is still
    /// <paramref name="assigneeId"/>'s: null when it was handed to someone else meanwhile.</summary>
    /// <exception cref="KeyNotFoundException">No approval with this id.</exception>
    /// <exception cref="InvalidOperationException">The approval was closed without a decision.</exception>
    Task<DecisionOutcome?> TryDecideAsAssigneeAsync(ApprovalDecision decision, string assigneeId, CancellationToken cancellationToken = default);

    /// <summary>Open approvals waiting for <paramref name="assigneeId"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PendingApproval>> ListOpenForAssigneeAsync(string assigneeId, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>Open approvals of one <paramref name="kind"/>, oldest first, after <paramref name="afterApprovalId"/>
    /// (ordered by id, for paging), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PendingApproval>> ListOpenOfKindAsync(string kind, string? afterApprovalId = null, int limit = 500, CancellationToken cancellationToken = default);
}
