using AmbassadorFlows.Functions.Operations;
using AmbassadorFlows.Functions.Storage.Tables;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Operations;

/// <summary>The digest's store on Azure Tables (Azurite), fresh tables per test; two stores on one
/// account stand for two function instances.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableOpsDigestStoreTests(AzuriteFixture azurite) : OpsDigestStoreContract
{
    protected override Task<Backend> CreateAsync(Workflows.Ports.IEmailSender relay)
    {
        var prefix = "o" + Guid.NewGuid().ToString("N")[..10];
        var service = new TableServiceClient(azurite.ConnectionString);
        return Task.FromResult(new Backend(
            new TableOpsDigestStore(service, prefix),
            new TableOpsDigestStore(new TableServiceClient(azurite.ConnectionString), prefix),
            new TableApprovalStore(service, prefix),
            new TableSentMailLog(service, Clock, relay, prefix)));
    }
}
