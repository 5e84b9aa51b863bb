using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using CorePurgeResult = DurableTask.Core.PurgeResult;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>Ops operations: terminate, suspend/resume, purge (optionally with sub-orchestrations), history.</summary>
public sealed partial class LocalDurableTaskClient
{
    public override async Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await _backend.EnsureCreatedAsync().ConfigureAwait(false);
        var children = options?.Recursive == true ? await GetChildInstanceIdsAsync(instanceId).ConfigureAwait(false) : [];
        await Backend.ForceTerminateTaskOrchestrationAsync(instanceId, _converter.Serialize(options?.Output)).ConfigureAwait(false);
        foreach (var child in children)
        {
            var state = await GetStateAsync(child).ConfigureAwait(false);
            if (state is not null && !OrchestrationStateMapping.IsTerminal(state.OrchestrationStatus))
            {
                await TerminateInstanceAsync(child, options, cancellation).ConfigureAwait(false);
            }
        }
    }

    public override async Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason)).ConfigureAwait(false);
    }

    public override async Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await SendAsync(instanceId, new ExecutionResumedEvent(-1, reason)).ConfigureAwait(false);
    }

    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await _backend.EnsureCreatedAsync().ConfigureAwait(false);

        // Only finished instances are purged, as Durable documents it; Azure Storage would delete a running one.
        if (await GetStateAsync(instanceId).ConfigureAwait(false) is not { } state || !OrchestrationStateMapping.IsTerminal(state.OrchestrationStatus))
        {
            return new PurgeResult(0);
        }

        // Children are read from the parent's history, so before the parent is gone.
        var children = options?.Recursive == true ? await GetChildInstanceIdsAsync(instanceId).ConfigureAwait(false) : [];
        var purged = ToResult(await PurgeClient.PurgeInstanceStateAsync(instanceId).ConfigureAwait(false)).PurgedInstanceCount;
        foreach (var child in children)
        {
            purged += (await PurgeInstanceAsync(child, options, cancellation).ConfigureAwait(false)).PurgedInstanceCount;
        }

        return new PurgeResult(purged);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await _backend.EnsureCreatedAsync().ConfigureAwait(false);
        if (options?.Recursive == true)
        {
            // One by one, so each instance's sub-orchestrations go with it.
            var ids = new List<string>();
            var query = new Microsoft.DurableTask.Client.OrchestrationQuery(filter.CreatedFrom, filter.CreatedTo, filter.Statuses, null, null, 500, false, null);
            await foreach (var instance in GetAllInstancesAsync(query).WithCancellation(cancellation).ConfigureAwait(false))
            {
                ids.Add(instance.InstanceId);
            }

            var purged = 0;
            foreach (var id in ids)
            {
                purged += (await PurgeInstanceAsync(id, options, cancellation).ConfigureAwait(false)).PurgedInstanceCount;
            }

            return new PurgeResult(purged, isComplete: true);
        }

        var coreFilter = new PurgeInstanceFilter(
            filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue,
            filter.CreatedTo?.UtcDateTime,
            filter.Statuses?.Select(OrchestrationStateMapping.ToCoreStatus))
        {
            Timeout = filter.Timeout,
        };
        return ToResult(await PurgeClient.PurgeInstanceStateAsync(coreFilter).ConfigureAwait(false));
    }

    /// <summary>The current execution's history as DTFx events (what the backend stores).</summary>
    public override async Task<IList<HistoryEvent>> GetOrchestrationHistoryAsync(string instanceId, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await _backend.EnsureCreatedAsync().ConfigureAwait(false);
        var json = await Backend.GetOrchestrationHistoryAsync(instanceId, null).ConfigureAwait(false);
        return HistoryJson.Parse(json);
    }

    private IOrchestrationServicePurgeClient PurgeClient => _backend.Purge
        ?? throw new NotSupportedException($"The {_backend.Kind} backend cannot purge instances.");

    private static PurgeResult ToResult(CorePurgeResult result) => new(result.DeletedInstanceCount, result.IsComplete);

    private async Task<List<string>> GetChildInstanceIdsAsync(string instanceId)
    {
        var history = await GetOrchestrationHistoryAsync(instanceId).ConfigureAwait(false);
        return history.OfType<SubOrchestrationInstanceCreatedEvent>()
            .Select(e => e.InstanceId)
            .Where(id => !string.IsNullOrEmpty(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
