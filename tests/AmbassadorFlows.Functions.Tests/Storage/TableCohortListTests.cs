using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Tables;
using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The cohort-list contract on Azure Tables, against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableCohortListTests(AzuriteFixture azurite) : CohortListContract
{
    // One prefix per test class instance: fresh tables, nothing left from other runs.
    private readonly string _prefix = "l" + Guid.NewGuid().ToString("N")[..10];

    protected override Task<ICohortList> CreateListAsync()
        => Task.FromResult<ICohortList>(new TableCohortList(new TableServiceClient(azurite.ConnectionString), _prefix));

    protected override Task<(ICohortProgress Progress, IProgressCounts Counts)> CreateProgressAsync()
    {
        var store = new TableCohortProgress(new TableServiceClient(azurite.ConnectionString), _prefix);
        return Task.FromResult<(ICohortProgress, IProgressCounts)>((store, store));
    }
}
