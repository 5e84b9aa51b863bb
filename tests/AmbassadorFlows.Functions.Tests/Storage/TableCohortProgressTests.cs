using AmbassadorFlows.Functions.Storage.Tables;
using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The Azure Tables read model against Azurite, held to the shared contract.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableCohortProgressTests(AzuriteFixture azurite) : CohortProgressContract
{
    // One prefix per test class instance: fresh tables, nothing left from other runs.
    private readonly string _prefix = "p" + Guid.NewGuid().ToString("N")[..10];

    protected override Task<ICohortProgress> CreateStoreAsync()
        => Task.FromResult<ICohortProgress>(new TableCohortProgress(new TableServiceClient(azurite.ConnectionString), _prefix));
}
