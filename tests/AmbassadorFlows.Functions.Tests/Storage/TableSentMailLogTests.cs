using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Tables;
using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The Azure Tables sent-mail log against Azurite, held to the shared contract; fresh tables per test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableSentMailLogTests(AzuriteFixture azurite) : SentMailLogContract
{
    protected override Task<(IEmailSender Sender, ISentMailLog Log)> CreateStoreAsync(IEmailSender? relay)
    {
        var log = new TableSentMailLog(new TableServiceClient(azurite.ConnectionString), Clock, relay, "m" + Guid.NewGuid().ToString("N")[..10]);
        return Task.FromResult<(IEmailSender, ISentMailLog)>((log, log));
    }
}
