using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Hosting;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>What each registration brings: the common one has no Durable client and no background
/// loop (Azure gets its client from bindings and runs the sweep from a timer); local mode adds the
/// runtime, its client and the sweep's schedule.</summary>
public sealed class LocalModeRegistrationTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "af-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void AddAmbassadorFlowsCommon_Alone_RegistersTheSweepButNoClientAndNoHostedService()
    {
        var services = new ServiceCollection().AddAmbassadorFlowsCommon(new ConfigurationBuilder().Build());

        Assert.Contains(services, d => d.ServiceType == typeof(DecisionRedeliverySweep));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(DurableTaskClient));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService));
    }

    [Fact]
    public void AddAmbassadorFlowsLocal_AfterCommon_AddsTheRuntimeItsClientAndTheSweepSchedule()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AmbassadorFlows:DataPath"] = _dataPath }).Build();
        var services = new ServiceCollection().AddAmbassadorFlowsCommon(configuration).AddAmbassadorFlowsLocal(Path.GetTempPath());

        Assert.Contains(services, d => d.ServiceType == typeof(DurableTaskClient));
        Assert.Contains(services, d => d.ServiceType == typeof(LocalRuntimeDriver));
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DecisionRedeliveryService));
        Assert.Equal(Path.Combine(_dataPath, "ambassadorflows-durable.db"), services.Select(d => d.ImplementationInstance).OfType<LocalRuntimeOptions>().Single().DatabasePath);
    }

    [Fact]
    public void AddAmbassadorFlowsLocal_AzureStorageBackendWithConnectionString_ConfiguresTheRuntimeForIt()
    {
        var services = new ServiceCollection().AddAmbassadorFlowsCommon(Configuration(new()
        {
            ["AmbassadorFlows:Durable:Backend"] = "AzureStorage",
            ["AmbassadorFlows:Durable:AzureStorageConnectionString"] = "UseDevelopmentStorage=true",
            ["AmbassadorFlows:Durable:TaskHubName"] = "hrhub",
            ["AmbassadorFlows:Durable:WorkerId"] = "node-a",
            ["AmbassadorFlows:Durable:QueueVisibilityTimeout"] = "00:02:00",
            ["AmbassadorFlows:Durable:PartitionLeaseInterval"] = "00:00:20",
        })).AddAmbassadorFlowsLocal(Path.GetTempPath());

        var runtime = services.Select(d => d.ImplementationInstance).OfType<LocalRuntimeOptions>().Single();
        Assert.Equal(LocalBackend.AzureStorage, runtime.Backend);
        Assert.Equal("UseDevelopmentStorage=true", runtime.AzureStorageConnectionString);
        Assert.Equal("hrhub", runtime.TaskHubName);
        Assert.Equal(("node-a", TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(20)), (runtime.WorkerId, runtime.QueueVisibilityTimeout, runtime.PartitionLeaseInterval));
        Assert.Equal(OrchestrationVersions.Current, runtime.Versioning?.DefaultVersion);
        Assert.Null(runtime.DatabasePath);
    }

    [Fact]
    public void AddAmbassadorFlowsLocal_AzureStorageBackendWithoutConnectionString_RefusesNamingTheSetting()
    {
        var services = new ServiceCollection().AddAmbassadorFlowsCommon(Configuration(new() { ["AmbassadorFlows:Durable:Backend"] = "AzureStorage" }));

        var error = Assert.Throws<InvalidOperationException>(() => services.AddAmbassadorFlowsLocal(Path.GetTempPath()));
        Assert.Contains("AmbassadorFlows__Durable__AzureStorageConnectionString", error.Message, StringComparison.Ordinal);
    }

    private IConfiguration Configuration(Dictionary<string, string?> settings)
    {
        settings["AmbassadorFlows:DataPath"] = _dataPath;
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }
}
