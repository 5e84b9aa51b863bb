using AmbassadorFlows.Functions.Operations;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Operations;

/// <summary>
/// The real app on the fake clock with a Danish-speaking ops owner in Copenhagen: a day with a failed
/// orchestration, a request left open past its deadline and a refused delivery gives one digest the next
/// morning, in Danish, listing all three; running it again sends nothing more.
/// </summary>
public sealed class OpsDigestScenarioTests : IAsyncLifetime
{
    private const string OpsAddress = "ops-owner@example.com";

    // The clock starts on 2 March 2026, 09:00 in Copenhagen (AppHost).
    private readonly AppHost _app = new(
        [
            $"--AmbassadorFlows:Ops:Email={OpsAddress}",
            "--AmbassadorFlows:Ops:Language=da",
            "--AmbassadorFlows:Ops:TimeZone=Europe/Copenhagen",
        ],
        null);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Digest_DayWithAFailureAnOverdueRequestAndABouncedMail_OneDanishEmailNextMorningListingThem()
    {
        // A failed orchestration: an orchestrator nobody registered fails at once.
        var failedId = await _app.Client.ScheduleNewOrchestrationInstanceAsync("NoSuchOrchestrator");
        await AppHost.EventuallyAsync(
            async () => (await _app.Client.GetInstanceAsync(failedId))?.RuntimeStatus == OrchestrationRuntimeStatus.Failed ? failedId : null,
            "the orchestration to fail");

        // A request still open a day after its deadline (its orchestration never closed it).
        var now = _app.Clock.GetUtcNow();
        await _app.Approvals.CreateAsync(new PendingApproval(
            "ops-overdue-1", "cohort-ops:journey-E009", "ManagerDecision", "manager-approval", "E010", "manager@example.com", ["approve", "decline"], now.AddDays(-8), now.AddDays(-1)));

        // A delivery the relay refused, recorded by the outbox in the app's own file.
        var bouncing = new SqliteOutbox(_app.Services.GetRequiredService<AppDatabase>(), _app.Clock, new RefusingRelay());
        await Assert.ThrowsAsync<InvalidOperationException>(() => bouncing.SendAsync(
            new EmailMessage("ops-bounce-1", new EmailAddress("nobody@example.com", null), "Velkommen som ambassadør", "<p>Hej</p>", "Hej") { Template = "welcome" }));

        // Nothing for the day before the digest hour the next morning.
        _app.Clock.Advance(TimeSpan.FromHours(20)); // 3 March, 05:00 in Copenhagen
        Assert.Empty(await DigestsAsync());

        _app.Clock.Advance(TimeSpan.FromHours(3)); // 08:00: the hourly check sends yesterday's digest
        var digest = await AppHost.EventuallyAsync(async () => (await DigestsAsync()).FirstOrDefault(), "the ops digest");

        var message = digest.Message;
        Assert.Equal(OpsDigestComposer.Template, message.Template);
        Assert.Equal("da", message.Language);
        Assert.Equal(OpsDigestComposer.IdempotencyKey(new DateOnly(2026, 3, 2)), message.IdempotencyKey);
        Assert.Equal("AmbassadorFlows-driftsoverblik for 2. marts 2026: 3 punkter kræver opmærksomhed", message.Subject);
        Assert.Contains($"NoSuchOrchestrator {failedId}, fejlede den 2. marts 2026 kl. 09:00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("manager-approval i cohort-ops:journey-E009, frist den 1. marts 2026 kl. 09:00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("»Velkommen som ambassadør«: Relay refused the message.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"da\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li>manager-approval i cohort-ops:journey-E009, frist den 1. marts 2026 kl. 09:00</li>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("March", message.TextBody, StringComparison.Ordinal);

        // A second run (another instance, or the next hour): the day is taken, nothing more is sent.
        Assert.Equal(OpsDigestOutcome.AlreadySent, await _app.Services.GetRequiredService<OpsDigest>().RunAsync(_app.Client));
        Assert.Single(await DigestsAsync());
    }

    /// <summary>The digests of 2 March (the start-up run may also have sent 1 March's, an all-clear).</summary>
    private async Task<IReadOnlyList<OutboxMessage>> DigestsAsync()
        => [.. (await _app.Outbox.ListAsync(100, OpsAddress)).Where(m => m.Message.IdempotencyKey == OpsDigestComposer.IdempotencyKey(new DateOnly(2026, 3, 2)))];

    private sealed class RefusingRelay : IEmailSender
    {
        public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
            => throw new InvalidOperationException("Relay refused the message.");
    }
}
