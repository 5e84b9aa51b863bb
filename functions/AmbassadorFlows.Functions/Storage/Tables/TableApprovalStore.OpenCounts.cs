using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>The overview's open requests on Azure Tables: a request is its own partition, so these
/// are filtered reads of the pending rows (the Tables store has no secondary index to count from).</summary>
public sealed partial class TableApprovalStore
{
    public async Task<IReadOnlyList<PendingApproval>> ListOpenOfInstancesAsync(IReadOnlyCollection<string> instanceIds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        if (instanceIds.Count == 0)
        {
            return [];
        }

        // One filtered pass over the range the ids span (a page's journeys sort together after their
        // cohort's id), not one per instance: the table is keyed by request, not by instance.
        var ids = instanceIds.ToHashSet(StringComparer.Ordinal);
        var first = ids.Min(StringComparer.Ordinal)!;
        var last = ids.Max(StringComparer.Ordinal)!;
        var open = await QueryAsync(TableClient.CreateQueryFilter($"Status eq {ApprovalEntity.Pending} and ExpiresAt gt {now} and InstanceId ge {first} and InstanceId le {last}"), null, cancellationToken).ConfigureAwait(false);
        return [.. open.Where(a => ids.Contains(a.InstanceId)).OrderBy(a => a.CreatedAt).ThenBy(a => a.ApprovalId, StringComparer.Ordinal)];
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
