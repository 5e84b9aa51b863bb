using AmbassadorFlows.Functions.Operations;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Functions.Tests.Operations;

/// <summary>What every <see cref="IOpsDigestStore"/> must do, on SQLite and on Azure Tables (Azurite):
/// overdue requests are the open ones past their deadline, mail failures those of the window, and a day
/// is claimed once however many stores race for it.</summary>
public abstract class OpsDigestStoreContract
{
    protected static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Clock { get; } = new(Day.AddHours(-2));

    /// <summary>The store under test, and the app's own approval store and mail sender on the same
    /// storage (the sender relays through <paramref name="relay"/>); <c>Another</c> is a second store
    /// instance on the same storage, as a second app instance would have.</summary>
    protected abstract Task<Backend> CreateAsync(IEmailSender relay);

    [Fact]
    public async Task ListOverdue_OpenDecidedClosedAndNotYetDue_OnlyTheOpenPastTheirDeadline()
    {
        var backend = await CreateAsync(new RefusingRelay());
        var now = Clock.GetUtcNow();
        await backend.Approvals.CreateAsync(Approval("late-2", now.AddHours(-1)));
        await backend.Approvals.CreateAsync(Approval("late-1", now.AddDays(-2)));
        await backend.Approvals.CreateAsync(Approval("late-3", now.AddMinutes(-1)));
        await backend.Approvals.CreateAsync(Approval("not-due", now.AddHours(1)));
        await backend.Approvals.CreateAsync(Approval("decided", now.AddDays(-3)));
        await backend.Approvals.TryDecideAsync(new ApprovalDecision("decided", "approve", "E010", now.AddDays(-4)));
        await backend.Approvals.CreateAsync(Approval("closed", now.AddDays(-3)));
        await backend.Approvals.CloseAsync("closed", "timed out", now.AddDays(-3));

        var (items, total) = await backend.Store.ListOverdueAsync(now, limit: 2);

        Assert.Equal(3, total);
        Assert.Equal(["late-1", "late-2"], items.Select(i => i.ApprovalId));
        Assert.Equal(now.AddDays(-2), items[0].Deadline);
        Assert.Equal("manager-approval", items[0].Kind);
        Assert.Equal("cohort-c:journey-late-1", items[0].InstanceId);
    }

    [Fact]
    public async Task ListMailFailures_FailuresOnTheDayBeforeAndAfter_OnlyTheDaysFailures()
    {
        var relay = new RefusingRelay();
        var backend = await CreateAsync(relay);
        Clock.SetUtcNow(Day.AddHours(-1));
        await SendAsync(backend, "before", refused: true, relay);
        Clock.SetUtcNow(Day.AddHours(9));
        await SendAsync(backend, "delivered", refused: false, relay);
        Clock.SetUtcNow(Day.AddHours(10));
        await SendAsync(backend, "bounced", refused: true, relay);
        Clock.SetUtcNow(Day.AddDays(1));
        await SendAsync(backend, "after", refused: true, relay);

        var (items, total) = await backend.Store.ListMailFailuresAsync(Day, Day.AddDays(1), limit: 10);

        var failure = Assert.Single(items);
        Assert.Equal(1, total);
        Assert.Equal("Subject bounced", failure.Subject);
        Assert.Equal(Day.AddHours(10), failure.At);
        Assert.Contains("refused", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryClaimDay_TwoInstancesAtOnce_ExactlyOneClaims()
    {
        var backend = await CreateAsync(new RefusingRelay());
        var day = new DateOnly(2026, 3, 2);

        var claims = await Task.WhenAll(
            backend.Store.TryClaimDayAsync(day, Clock.GetUtcNow()),
            backend.Another.TryClaimDayAsync(day, Clock.GetUtcNow()));
        var again = await backend.Store.TryClaimDayAsync(day, Clock.GetUtcNow());

        Assert.Single(claims, claimed => claimed);
        Assert.False(again);
        Assert.True(await backend.Store.TryClaimDayAsync(day.AddDays(1), Clock.GetUtcNow()));
    }

    [Fact]
    public async Task ReleaseDay_AfterAFailedSend_TheNextRunClaimsItAgain()
    {
        var backend = await CreateAsync(new RefusingRelay());
        var day = new DateOnly(2026, 3, 2);
        Assert.True(await backend.Store.TryClaimDayAsync(day, Clock.GetUtcNow()));

        await backend.Store.ReleaseDayAsync(day);

        Assert.True(await backend.Another.TryClaimDayAsync(day, Clock.GetUtcNow()));
    }

    private static PendingApproval Approval(string id, DateTimeOffset deadline)
        => new(id, "cohort-c:journey-" + id, "ManagerDecision", "manager-approval", "E010", "manager@example.com", ["approve", "decline"], deadline.AddDays(-7), deadline);

    private static async Task SendAsync(Backend backend, string name, bool refused, RefusingRelay relay)
    {
        relay.Refuse = refused;
        var message = new EmailMessage("key-" + name, new EmailAddress(name + "@example.com", null), "Subject " + name, "<p>x</p>", "x") { Template = "welcome" };
        if (refused)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => backend.Sender.SendAsync(message));
        }
        else
        {
            await backend.Sender.SendAsync(message);
        }
    }

    protected sealed record Backend(IOpsDigestStore Store, IOpsDigestStore Another, IApprovalStore Approvals, IEmailSender Sender);

    protected sealed class RefusingRelay : IEmailSender
    {
        public bool Refuse { get; set; } = true;

        public Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
            => Refuse ? throw new InvalidOperationException("The relay refused it.") : Task.FromResult(new EmailSendResult("relayed"));
    }
}
