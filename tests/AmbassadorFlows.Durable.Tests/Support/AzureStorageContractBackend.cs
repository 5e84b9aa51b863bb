using AmbassadorFlows.Durable.Hosting;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Durable.Tests.Support;

/// <summary>The runtime on DTFx's Azure Storage provider (Azurite), on real time.</summary>
public sealed class AzureStorageContractBackend : ContractBackend
{
    private readonly LocalDurableRuntime _runtime;

    private AzureStorageContractBackend(LocalDurableRuntime runtime) => _runtime = runtime;

    public override DurableTaskClient Client => _runtime.Client;

    public override bool HasFakeClock => false;

    public static async Task<AzureStorageContractBackend> StartAsync(string connectionString, string taskHub)
    {
        var runtime = await LocalDurableRuntime.StartAsync(
            new LocalRuntimeOptions { Backend = LocalBackend.AzureStorage, AzureStorageConnectionString = connectionString, TaskHubName = taskHub },
            ContractWorkflows.Register,
            ContractWorkflows.AddServices);
        return new AzureStorageContractBackend(runtime);
    }

    public override async Task<OrchestrationMetadata> CompleteAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    public override Task SettleAsync() => Task.CompletedTask;

    public override ValueTask DisposeAsync() => _runtime.DisposeAsync();
}
