using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Storage.Tables;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The dry-run store contract on Azure Tables (Azurite): records larger than a property are kept in chunks.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableDryRunStoreTests(AzuriteFixture azurite) : DryRunStoreContract
{
    protected override Task<IDryRunStore> CreateAsync()
        => Task.FromResult<IDryRunStore>(new TableDryRunStore(new TableServiceClient(azurite.ConnectionString), "t" + Guid.NewGuid().ToString("N")[..10]));
}
