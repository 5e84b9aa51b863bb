using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Tables;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The personal page store contract on Azure Tables (Azurite).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TablePersonalPagesTests(AzuriteFixture azurite) : PersonalPageStoreContract
{
    protected override Task<(IPersonalPageStore Store, IPersonalDataStore Data)> CreateAsync()
    {
        var store = new TablePersonalPages(new TableServiceClient(azurite.ConnectionString), "t" + Guid.NewGuid().ToString("N")[..10]);
        return Task.FromResult<(IPersonalPageStore, IPersonalDataStore)>((store, store));
    }
}
