using AmbassadorFlows.Functions.Storage.Tables;
using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The Azure Tables store against Azurite, held to the shared contract.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableApprovalStoreTests(AzuriteFixture azurite) : ApprovalStoreContract
{
    // One prefix per test class instance: fresh tables, nothing left from other runs.
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..10];

    protected override Task<IApprovalStore> CreateStoreAsync()
        => Task.FromResult<IApprovalStore>(new TableApprovalStore(new TableServiceClient(azurite.ConnectionString), _prefix));
}
