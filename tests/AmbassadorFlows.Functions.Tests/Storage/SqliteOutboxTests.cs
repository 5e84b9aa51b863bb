using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>The sent-mail contract against the local outbox, one temp database per test.</summary>
public sealed class SqliteOutboxTests : SentMailLogContract
{
    protected override Task<(IEmailSender Sender, ISentMailLog Log)> CreateStoreAsync(IEmailSender? relay)
    {
        var outbox = new SqliteOutbox(new AppDatabase(Path.Combine(Path.GetTempPath(), "af-tests", $"outbox-{Guid.NewGuid():N}.db")), Clock, relay);
        return Task.FromResult<(IEmailSender, ISentMailLog)>((outbox, outbox));
    }
}
