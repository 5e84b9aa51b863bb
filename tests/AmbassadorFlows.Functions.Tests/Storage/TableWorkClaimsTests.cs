using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Tables;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The claims contract on Azure Tables (Azurite).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableWorkClaimsTests(AzuriteFixture azurite) : WorkClaimsContract
{
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..10];

    protected override Task<IWorkClaims> CreateClaimsAsync()
        => Task.FromResult<IWorkClaims>(new TableWorkClaims(new TableServiceClient(azurite.ConnectionString), Clock, _prefix));
}
