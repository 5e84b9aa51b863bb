using AmbassadorFlows.Durable.Hosting;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Management;

/// <summary>One page of an instance query, as the management API and the dashboard show them.</summary>
public static class InstanceQueries
{
    /// <summary>
    /// The page starting at <see cref="OrchestrationQuery.ContinuationToken"/>, at most
    /// <see cref="OrchestrationQuery.PageSize"/> instances. A custom-status filter goes to the local
    /// runtime's client, which applies it in the query; any other client (a test's wrapper) gets it
    /// applied to the page it returned, so such a page may hold fewer instances.
    /// </summary>
    public static async Task<Page<OrchestrationMetadata>> FirstPageAsync(DurableTaskClient client, OrchestrationQuery query, CustomStatusFilter? customStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(query);
        var pageable = customStatus is not null && client is LocalDurableTaskClient local
            ? local.GetAllInstancesAsync(query, customStatus)
            : client.GetAllInstancesAsync(query);
        await foreach (var page in pageable.AsPages(query.ContinuationToken, query.PageSize).WithCancellation(cancellationToken))
        {
            if (customStatus is null || client is LocalDurableTaskClient)
            {
                return page;
            }

            return new Page<OrchestrationMetadata>([.. page.Values.Where(i => Matches(i.SerializedCustomStatus, customStatus))], page.ContinuationToken);
        }

        return new Page<OrchestrationMetadata>([], null);
    }

    private static bool Matches(string? serialized, CustomStatusFilter filter)
        => serialized is not null && (filter.Exact
            ? string.Equals(serialized, filter.Value, StringComparison.Ordinal)
            : serialized.Contains(filter.Value, StringComparison.Ordinal));
}
