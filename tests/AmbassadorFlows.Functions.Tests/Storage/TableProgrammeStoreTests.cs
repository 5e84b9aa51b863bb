using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Functions.Storage.Tables;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The programme-store contract on Azure Tables (Azurite).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableProgrammeStoreTests(AzuriteFixture azurite) : ProgrammeStoreContract
{
    private readonly string _prefix = "g" + Guid.NewGuid().ToString("N")[..10];

    protected override Task<IProgrammeStore> CreateStoreAsync()
        => Task.FromResult<IProgrammeStore>(new TableProgrammeStore(new TableServiceClient(azurite.ConnectionString), _prefix));
}
