using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Durable.Tests.Support;
using Azure.Data.Tables;

namespace AmbassadorFlows.Durable.Tests.Hosting;

/// <summary>Several workers on one Azure Storage task hub (self-hosting past one machine): each has its
/// own worker id, so the partitions are shared out instead of all owned by everyone.</summary>
public sealed class AzureStorageWorkersTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public void Settings_TwoRuntimesWithDefaults_HaveDistinctWorkerIdsAndTheConfiguredTimeouts()
    {
        var options = new LocalRuntimeOptions { Backend = LocalBackend.AzureStorage, AzureStorageConnectionString = "UseDevelopmentStorage=true" };

        var first = LocalOrchestrationBackend.AzureStorageSettings(options, null);
        var second = LocalOrchestrationBackend.AzureStorageSettings(options, null);

        Assert.NotEqual(first.WorkerId, second.WorkerId);
        Assert.StartsWith($"{Environment.MachineName}-{Environment.ProcessId}-", first.WorkerId, StringComparison.Ordinal);
        Assert.Equal((TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30)),
            (first.ControlQueueVisibilityTimeout, first.WorkItemQueueVisibilityTimeout, first.LeaseInterval));
        Assert.Equal("fixed", LocalOrchestrationBackend.AzureStorageSettings(new LocalRuntimeOptions { AzureStorageConnectionString = "UseDevelopmentStorage=true", WorkerId = "fixed" }, null).WorkerId);
    }

    [Fact]
    public async Task Partitions_TwoWorkersOnOneHost_EachOwnADisjointShareOfAll()
    {
        var hub = "owners" + Guid.NewGuid().ToString("N")[..8];
        var options = new LocalRuntimeOptions
        {
            Backend = LocalBackend.AzureStorage,
            AzureStorageConnectionString = azurite.ConnectionString,
            TaskHubName = hub,
            PartitionLeaseInterval = TimeSpan.FromSeconds(6), // settles in seconds rather than a minute
        };
        await using var first = await LocalDurableRuntime.StartAsync(options, ContractWorkflows.Register, ContractWorkflows.AddServices);
        await using var second = await LocalDurableRuntime.StartAsync(options, ContractWorkflows.Register, ContractWorkflows.AddServices);
        var partitions = new TableClient(azurite.ConnectionString, hub + "Partitions");

        // Ownership moves in steps (claim, steal, release): wait, with a generous limit, until it has settled.
        IReadOnlyList<(string Partition, string Owner)> owners = [];
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (true)
        {
            var rows = new List<TableEntity>();
            try
            {
                await foreach (var row in partitions.QueryAsync<TableEntity>(cancellationToken: limit.Token))
                {
                    rows.Add(row);
                }
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // The workers create the table as they start.
            }

            owners = [.. rows.Select(r => (r.RowKey, r.GetString("CurrentOwner") ?? string.Empty))];
            var settled = rows.Count > 0 && rows.All(r => !string.IsNullOrEmpty(r.GetString("CurrentOwner")) && string.IsNullOrEmpty(r.GetString("NextOwner")));
            if (settled && owners.Select(o => o.Owner).Distinct().Count() == 2)
            {
                break;
            }

            await Task.Delay(500, limit.Token);
        }

        Assert.Equal(4, owners.Count); // DTFx's default partition count
        Assert.Equal(owners.Count, owners.Select(o => o.Partition).Distinct().Count());
        Assert.All(owners.GroupBy(o => o.Owner), share => Assert.StartsWith($"{Environment.MachineName}-{Environment.ProcessId}-", share.Key, StringComparison.Ordinal));
        Assert.All(owners.GroupBy(o => o.Owner), share => Assert.InRange(share.Count(), 1, 3));
    }
}
