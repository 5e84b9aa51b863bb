using DurableTask.Core.Query;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreQuery = DurableTask.Core.Query.OrchestrationQuery;
using SdkQuery = Microsoft.DurableTask.Client.OrchestrationQuery;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>Queries with paging (DTFx's continuation tokens) and our custom-status filter.</summary>
public sealed partial class LocalDurableTaskClient
{
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(SdkQuery? filter = null)
        => GetAllInstancesAsync(filter, customStatus: null);

    /// <summary>Like <see cref="GetAllInstancesAsync(SdkQuery?)"/>, keeping only instances whose
    /// serialized custom status matches <paramref name="customStatus"/> (null: no filter). A page may
    /// then hold fewer than PageSize instances; its continuation token still leads on.</summary>
    public AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(SdkQuery? filter, CustomStatusFilter? customStatus)
        => Pageable.Create<OrchestrationMetadata>(async (continuation, pageSize, cancellation) =>
        {
            var query = QueryClient;
            await _backend.EnsureCreatedAsync().ConfigureAwait(false);
            var request = ToCoreQuery(filter, continuation, pageSize);
            while (true)
            {
                var result = await query.GetOrchestrationWithQueryAsync(request, cancellation).ConfigureAwait(false);
                var values = new List<OrchestrationMetadata>();
                foreach (var state in result.OrchestrationState.Where(s => customStatus is null || customStatus.Matches(s.Status)))
                {
                    values.Add((await WithStatusAsync(state).ConfigureAwait(false)).ToMetadata(_converter, request.FetchInputsAndOutputs));
                }

                var next = string.IsNullOrEmpty(result.ContinuationToken) ? null : result.ContinuationToken;

                // Skip pages the custom-status filter emptied, so callers never see an empty page mid-way.
                if (values.Count > 0 || next is null)
                {
                    return new Page<OrchestrationMetadata>(values, next);
                }

                request.ContinuationToken = next;
            }
        });

    private IOrchestrationServiceQueryClient QueryClient => _backend.Query
        ?? throw new NotSupportedException($"The {_backend.Kind} backend cannot be queried.");

    private static CoreQuery ToCoreQuery(SdkQuery? filter, string? continuation, int? pageSize)
    {
        filter ??= new SdkQuery();
        return new CoreQuery
        {
            RuntimeStatus = filter.Statuses?.Select(OrchestrationStateMapping.ToCoreStatus).ToList(),
            CreatedTimeFrom = filter.CreatedFrom?.UtcDateTime,
            CreatedTimeTo = filter.CreatedTo?.UtcDateTime,
            TaskHubNames = filter.TaskHubNames?.ToList(),
            PageSize = pageSize ?? filter.PageSize,
            ContinuationToken = continuation ?? filter.ContinuationToken,
            InstanceIdPrefix = filter.InstanceIdPrefix,
            FetchInputsAndOutputs = filter.FetchInputsAndOutputs,
        };
    }
}
