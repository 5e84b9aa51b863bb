using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>
/// What the app's <see cref="IEmailSender"/> in front of the real sender must do, run against the
/// local SQLite outbox and the Azure Tables sent-mail log: record each message once per idempotency
/// key, relay it once, retry a failed relay, and list what was sent, newest first, for the dashboard.
/// Each test gets a fresh store.
/// </summary>
public abstract class SentMailLogContract
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero));

    protected RecordingRelay Relay { get; } = new();

    /// <summary>A fresh store on <see cref="Clock"/>, relaying to <paramref name="relay"/> when given.</summary>
    protected abstract Task<(IEmailSender Sender, ISentMailLog Log)> CreateStoreAsync(IEmailSender? relay);

    [Fact]
    public async Task SendAsync_NewMessage_IsLoggedWithEveryFieldAndRelayed()
    {
        var (sender, log) = await CreateStoreAsync(Relay);
        var message = NewMessage("k-1", "Ada@Example.com") with
        {
            Cc = [new EmailAddress("hr@example.com", "HR")],
            Attachments = [new EmailAttachment("invite.ics", "text/calendar", "BEGIN:VCALENDAR"u8.ToArray())],
            Template = "manager-approval",
            Language = "nl",
        };

        var result = await sender.SendAsync(message);

        Assert.False(result.AlreadySent);
        Assert.Equal(["k-1"], Relay.Sent.Select(m => m.IdempotencyKey));
        var listed = Assert.Single(await log.ListAsync());
        var read = await log.GetAsync(listed.Id);
        Assert.NotNull(read);
        foreach (var logged in new[] { listed, read })
        {
            Assert.Equal(Clock.GetUtcNow(), logged.CreatedAt);
            Assert.Equal(Clock.GetUtcNow(), logged.RelayedAt);
            Assert.Null(logged.RelayError);
            Assert.Equal(message.IdempotencyKey, logged.Message.IdempotencyKey);
            Assert.Equal(message.To, logged.Message.To);
            Assert.Equal(message.Subject, logged.Message.Subject);
            Assert.Equal(message.HtmlBody, logged.Message.HtmlBody);
            Assert.Equal(message.TextBody, logged.Message.TextBody);
            Assert.Equal(message.Template, logged.Message.Template);
            Assert.Equal(message.Language, logged.Message.Language);
            Assert.Equal(message.Cc, logged.Message.Cc);
            var attachment = Assert.Single(logged.Message.Attachments);
            Assert.Equal("invite.ics", attachment.FileName);
            Assert.Equal("text/calendar", attachment.ContentType);
            Assert.Equal("BEGIN:VCALENDAR"u8.ToArray(), attachment.Content);
        }
    }

    [Fact]
    public async Task SendAsync_SameKeyTwice_LogsAndRelaysOnce()
    {
        var (sender, log) = await CreateStoreAsync(Relay);

        var first = await sender.SendAsync(NewMessage("k-same", "ada@example.com"));
        Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await sender.SendAsync(NewMessage("k-same", "ada@example.com") with { Subject = "changed on retry" });

        Assert.False(first.AlreadySent);
        Assert.True(second.AlreadySent);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Single(Relay.Sent);
        var logged = Assert.Single(await log.ListAsync());
        Assert.Equal("Subject k-same", logged.Message.Subject);
    }

    [Fact]
    public async Task SendAsync_RelayFails_RecordsTheErrorAndRelaysOnRetry()
    {
        var (sender, log) = await CreateStoreAsync(Relay);
        Relay.FailWith = "ACS said 503";

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync(NewMessage("k-retry", "ada@example.com")));
        var failed = Assert.Single(await log.ListAsync());
        Relay.FailWith = null;
        Clock.Advance(TimeSpan.FromMinutes(1));
        var retried = await sender.SendAsync(NewMessage("k-retry", "ada@example.com"));

        Assert.Equal("ACS said 503", failure.Message);
        Assert.Equal("ACS said 503", failed.RelayError);
        Assert.Null(failed.RelayedAt);
        Assert.True(retried.AlreadySent);
        Assert.Single(Relay.Sent);
        var relayed = Assert.Single(await log.ListAsync());
        Assert.Equal(Clock.GetUtcNow(), relayed.RelayedAt);
        Assert.Null(relayed.RelayError);
    }

    [Fact]
    public async Task SendAsync_WithoutRelay_OnlyLogs()
    {
        var (sender, log) = await CreateStoreAsync(relay: null);

        await sender.SendAsync(NewMessage("k-local", "ada@example.com"));

        var logged = Assert.Single(await log.ListAsync());
        Assert.Null(logged.RelayedAt);
        Assert.Null(logged.RelayError);
    }

    [Fact]
    public async Task ListAsync_SeveralMessages_NewestFirstLimitedAndFilteredByAddressIgnoringCase()
    {
        var (sender, log) = await CreateStoreAsync(Relay);
        string[] recipients = ["ada@example.com", "bob@example.com", "ADA@example.com", "ada@example.com"];
        for (var i = 0; i < recipients.Length; i++)
        {
            await sender.SendAsync(NewMessage($"k-{i}", recipients[i]));
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(["k-3", "k-2", "k-1", "k-0"], (await log.ListAsync()).Select(m => m.Message.IdempotencyKey));
        Assert.Equal(["k-3", "k-2"], (await log.ListAsync(limit: 2)).Select(m => m.Message.IdempotencyKey));
        Assert.Equal(["k-3", "k-2", "k-0"], (await log.ListAsync(toAddress: "Ada@Example.com")).Select(m => m.Message.IdempotencyKey));
        Assert.Empty(await log.ListAsync(toAddress: "nobody@example.com"));
    }

    [Fact]
    public async Task SearchAsync_WordOfTheSubjectOrStartOfAnAddressWord_FindsThatMailOnly()
    {
        var (sender, log) = await CreateStoreAsync(Relay);
        await sender.SendAsync(NewMessage("k-emma", "emma.thompson@contoso.example") with { Subject = "Welcome to Mobility ambassadors" });
        await sender.SendAsync(NewMessage("k-oliver", "oliver.smith@contoso.example") with { Subject = "Your manager's approval" });
        await sender.SendAsync(NewMessage("k-emma-2", "emma.thompson@contoso.example") with { Subject = "Training assigned" });

        Assert.Equal(["k-emma-2", "k-emma"], await KeysAsync(log, new SentMailQuery(Words: "emma")));
        Assert.Equal(["k-emma-2", "k-emma"], await KeysAsync(log, new SentMailQuery(Words: "Emma.Thompson@contoso.example")));
        Assert.Equal(["k-oliver"], await KeysAsync(log, new SentMailQuery(Words: "approval")));
        Assert.Equal(["k-emma"], await KeysAsync(log, new SentMailQuery(Words: "mobil thomp")));
        Assert.Equal(["k-emma-2"], await KeysAsync(log, new SentMailQuery(Words: "training", ToAddress: "EMMA.thompson@contoso.example")));
        Assert.Empty(await KeysAsync(log, new SentMailQuery(Words: "ompson")));
        Assert.Empty(await KeysAsync(log, new SentMailQuery(Words: "welcome oliver")));
        Assert.Equal(3, (await KeysAsync(log, new SentMailQuery())).Count);
    }

    [Fact]
    public async Task SearchAsync_PagesOfTwo_ReadOnNewestFirstWithoutGapsOrRepeats()
    {
        var (sender, log) = await CreateStoreAsync(Relay);
        for (var i = 0; i < 5; i++)
        {
            await sender.SendAsync(NewMessage($"k-{i}", "ada@example.com"));
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await sender.SendAsync(NewMessage("k-bob", "bob@example.com") with { To = new EmailAddress("bob@example.com", "Bob") });
        var pages = new List<IReadOnlyList<string>>();
        string? after = null;
        do
        {
            var page = await log.SearchAsync(new SentMailQuery(Words: "ada", After: after, PageSize: 2));
            pages.Add([.. page.Messages.Select(m => m.Message.IdempotencyKey)]);
            after = page.Next;
        }
        while (after is not null && pages.Count < 10);

        Assert.Equal(["k-4", "k-3", "k-2", "k-1", "k-0"], pages.SelectMany(p => p));
        Assert.All(pages, p => Assert.InRange(p.Count, 0, 2));
    }

    private static async Task<IReadOnlyList<string>> KeysAsync(ISentMailLog log, SentMailQuery query)
        => [.. (await log.SearchAsync(query)).Messages.Select(m => m.Message.IdempotencyKey)];

    [Fact]
    public async Task GetAsync_EachListedId_FindsThatMessageAndUnknownIdNothing()
    {
        var (sender, log) = await CreateStoreAsync(Relay);
        await sender.SendAsync(NewMessage("k-a", "ada@example.com"));
        await sender.SendAsync(NewMessage("k-b", "bob@example.com"));

        foreach (var listed in await log.ListAsync())
        {
            Assert.Equal(listed.Message.IdempotencyKey, (await log.GetAsync(listed.Id))?.Message.IdempotencyKey);
        }

        Assert.Null(await log.GetAsync(424242));
    }

    [Fact]
    public async Task SendAsync_LargeHtmlBody_IsKeptWhole()
    {
        var (sender, log) = await CreateStoreAsync(Relay);
        // Random text does not compress: this spans several 64 KiB table properties.
        var html = string.Concat(Enumerable.Range(0, 6000).Select(i => Guid.NewGuid().ToString("N")));

        await sender.SendAsync(NewMessage("k-big", "ada@example.com") with { HtmlBody = html });

        var logged = Assert.Single(await log.ListAsync());
        Assert.Equal(html, (await log.GetAsync(logged.Id))!.Message.HtmlBody);
    }

    protected static EmailMessage NewMessage(string key, string to)
        => new(key, new EmailAddress(to, "Ada Lovelace"), $"Subject {key}", $"<p>Hello {key}</p>", $"Hello {key}");

    /// <summary>The real sender's stand-in: records what it was given, or fails on request.</summary>
    protected sealed class RecordingRelay : IEmailSender
    {
        private readonly List<EmailMessage> _sent = [];

        public string? FailWith { get; set; }

        public IReadOnlyList<EmailMessage> Sent
        {
            get
            {
                lock (_sent)
                {
                    return [.. _sent];
                }
            }
        }

        public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            if (FailWith is { } error)
            {
                throw new InvalidOperationException(error);
            }

            lock (_sent)
            {
                _sent.Add(message);
            }

            return Task.FromResult(new EmailSendResult("relay-" + message.IdempotencyKey));
        }
    }
}
