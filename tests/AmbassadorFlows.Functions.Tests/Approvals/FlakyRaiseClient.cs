using DurableTask.Core.History;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>The app's Durable client, except that the next <see cref="FailNext"/> raises fail as
/// if the runtime were unreachable. Everything else goes straight through.</summary>
public sealed class FlakyRaiseClient(DurableTaskClient inner) : DurableTaskClient(inner.Name)
{
    private int _failuresLeft;
    private int _failed;

    /// <summary>How many raises actually failed.</summary>
    public int Failed => Volatile.Read(ref _failed);

    public void FailNext(int count) => Volatile.Write(ref _failuresLeft, count);

    /// <summary>Wraps the client the app registers (the last registration wins).</summary>
    public static void Install(WebApplicationBuilder builder, Action<FlakyRaiseClient> created)
    {
        var original = builder.Services.Last(d => d.ServiceType == typeof(DurableTaskClient));
        builder.Services.AddSingleton<DurableTaskClient>(sp =>
        {
            var client = new FlakyRaiseClient(original.ImplementationFactory is { } factory ? (DurableTaskClient)factory(sp) : (DurableTaskClient)original.ImplementationInstance!);
            created(client);
            return client;
        });
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            Interlocked.Increment(ref _failed);
            throw new HttpRequestException("The runtime is unreachable (test).");
        }

        return inner.RaiseEventAsync(instanceId, eventName, eventPayload, cancellation);
    }

    public override Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
        => inner.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, options, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        => inner.WaitForInstanceStartAsync(instanceId, getInputsAndOutputs, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        => inner.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellation);

    public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
        => inner.GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation);

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
        => inner.GetAllInstancesAsync(filter);

    public override Task<IList<HistoryEvent>> GetOrchestrationHistoryAsync(string instanceId, CancellationToken cancellation = default)
        => inner.GetOrchestrationHistoryAsync(instanceId, cancellation);

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
        => inner.TerminateInstanceAsync(instanceId, options, cancellation);

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
        => inner.SuspendInstanceAsync(instanceId, reason, cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
        => inner.ResumeInstanceAsync(instanceId, reason, cancellation);

    public override Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
        => inner.PurgeInstanceAsync(instanceId, options, cancellation);

    public override Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
        => inner.PurgeAllInstancesAsync(filter, options, cancellation);

    // The app's client belongs to the app's container, which disposes it.
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
