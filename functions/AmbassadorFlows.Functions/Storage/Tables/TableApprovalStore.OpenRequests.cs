using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>A person's open requests, for their personal page: a server-side filter on the assignee
/// and the pending status (as the pending list, a scan with a filter; fine for HR volumes).</summary>
public sealed partial class TableApprovalStore : IOpenRequests
{
    public async Task<IReadOnlyList<PendingApproval>> ListOpenForAsync(string assigneeId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(assigneeId);
        var open = await QueryAsync(TableClient.CreateQueryFilter($"Status eq {ApprovalEntity.Pending} and AssigneeId eq {assigneeId}"), null, cancellationToken).ConfigureAwait(false);
        return [.. open.OrderBy(a => a.CreatedAt).ThenBy(a => a.ApprovalId, StringComparer.Ordinal)];
    }
}
