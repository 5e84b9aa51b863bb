using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>The approval store's view for a personal page: every request still open for one person,
/// found through an index on the assignee (never by reading every approval).</summary>
public interface IOpenRequests
{
    /// <summary>Open (undecided, not closed) approvals assigned to <paramref name="assigneeId"/>, oldest first.</summary>
    Task<IReadOnlyList<PendingApproval>> ListOpenForAsync(string assigneeId, CancellationToken cancellationToken = default);
}
