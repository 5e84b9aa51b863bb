using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Durable.Sqlite;
using AmbassadorFlows.Durable.Tests.Support;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmbassadorFlows.Durable.Tests.Hosting;

/// <summary>AddLocalDurableTask wires what app code resolves, as [DurableClient] would give it.</summary>
public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task AddLocalDurableTask_Default_ResolvesLocalClientOnSqliteAndTheDriver()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddLocalDurableTask(_ => { }, ContractWorkflows.Register);
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<LocalDurableTaskClient>(provider.GetRequiredService<DurableTaskClient>());
        Assert.IsType<SqliteOrchestrationService>(provider.GetRequiredService<IOrchestrationService>());
        Assert.Same(provider.GetRequiredService<IOrchestrationService>(), provider.GetRequiredService<IOrchestrationServiceClient>());
        Assert.Contains(provider.GetServices<IHostedService>(), s => s.GetType().Name == "DurableTaskWorkerHostedService" || s is LocalDurableTaskWorker);
        Assert.NotNull(provider.GetRequiredService<LocalRuntimeDriver>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task RunUntilIdle_AzureStorageBackend_ThrowsNotSupportedSayingRealTimeOnly()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddLocalDurableTask(
            o =>
            {
                o.Backend = LocalBackend.AzureStorage;
                o.AzureStorageConnectionString = "UseDevelopmentStorage=true";
            },
            ContractWorkflows.Register);
        await using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<NotSupportedException>(() => provider.GetRequiredService<LocalRuntimeDriver>().RunUntilIdleAsync());

        Assert.Contains("real time", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_FileDatabase_InstanceSurvivesARestartOfTheRuntime()
    {
        var directory = Directory.CreateTempSubdirectory("af-restart-").FullName;
        try
        {
            var options = new LocalRuntimeOptions { DatabasePath = Path.Combine(directory, "durable.db") };
            string id;
            await using (var first = await LocalDurableRuntime.StartAsync(options, ContractWorkflows.Register, ContractWorkflows.AddServices))
            {
                id = await first.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), "r");
                await first.Client.RaiseEventAsync(id, "approve", "after restart");
                await first.RunUntilIdleAsync();
            }

            await using var second = await LocalDurableRuntime.StartAsync(options, ContractWorkflows.Register, ContractWorkflows.AddServices);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var done = await second.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);

            Assert.Equal("r-asked:after restart", done.ReadOutputAs<string>());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ScheduleNew_RealClockStartSixtyDaysOut_StaysPendingAndOtherWorkKeepsRunning()
    {
        // A system timer cannot be due more than ~49.7 days out: the backend must not hang on one.
        await using var runtime = await LocalDurableRuntime.StartAsync(new LocalRuntimeOptions(), ContractWorkflows.Register, ContractWorkflows.AddServices);
        var far = await runtime.Client.ScheduleNewOrchestrationInstanceAsync(nameof(ClockReader), null, new StartOrchestrationOptions { StartAt = DateTimeOffset.UtcNow.AddDays(60) });

        var now = await runtime.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "a");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var done = await runtime.Client.WaitForInstanceCompletionAsync(now, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await runtime.Client.GetInstanceAsync(far))!.RuntimeStatus);
    }
}
