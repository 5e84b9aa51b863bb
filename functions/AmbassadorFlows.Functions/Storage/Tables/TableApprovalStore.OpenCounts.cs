using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>The overview's open requests on Azure Tables: a request is its own partition, so these
/// are filtered reads of the pending rows (the Tables store has no secondary index to count from).</summary>
public sealed partial class TableApprovalStore
{
    public async Task<IReadOnlyList<PendingApproval>> ListOpenOfInstanceAsync(string instanceId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var open = await QueryAsync(TableClient.CreateQueryFilter($"Status eq {ApprovalEntity.Pending} and ExpiresAt gt {now} and InstanceId eq {instanceId}"), null, cancellationToken).ConfigureAwait(false);
        return [.. open.OrderBy(a => a.CreatedAt).ThenBy(a => a.ApprovalId, StringComparer.Ordinal)];
    }

    public async Task<int> CountOpenOfCohortAsync(string cohortId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cohortId);
        var open = TableClient.CreateQueryFilter($"Status eq {ApprovalEntity.Pending} and ExpiresAt gt {now}");
        var own = await QueryAsync(open + " and " + TableClient.CreateQueryFilter($"InstanceId eq {cohortId}"), null, cancellationToken).ConfigureAwait(false);
        var journeys = await QueryAsync(open, CohortReadModel.JourneyPrefix(cohortId), cancellationToken).ConfigureAwait(false);
        return own.Count + journeys.Count;
    }

    public async Task<IReadOnlyList<PendingApproval>> ListOpenAsync(DateTimeOffset now, int limit, PendingApproval? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var open = await QueryAsync(TableClient.CreateQueryFilter($"Status eq {ApprovalEntity.Pending} and ExpiresAt gt {now}"), null, cancellationToken).ConfigureAwait(false);
        return [.. open
            .Where(a => after is null || a.CreatedAt > after.CreatedAt || (a.CreatedAt == after.CreatedAt && string.CompareOrdinal(a.ApprovalId, after.ApprovalId) > 0))
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.ApprovalId, StringComparer.Ordinal)
            .Take(limit)];
    }
}
