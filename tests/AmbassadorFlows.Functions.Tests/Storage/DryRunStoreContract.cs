using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>What every <see cref="IDryRunStore"/> must do: keep a record whole (a large one too: email
/// bodies do not compress to nothing) until its expiry, then answer "expired"; an id never saved is
/// unknown; saving removes the records past their expiry.</summary>
public abstract class DryRunStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<IDryRunStore> CreateAsync();

    [Fact]
    public async Task Find_LargeRecordWithinItsDay_ReturnsItWhole()
    {
        var store = await CreateAsync();
        var record = Record("0123456789abcdef0123456789abcdef", Now, emails: 120);

        await store.SaveAsync(record, Now);
        var found = await store.FindAsync(record.Id, Now.AddHours(23));

        Assert.False(found.Expired);
        Assert.NotNull(found.Record);
        Assert.Equal(record.Result.Emails.Select(e => e.Message.HtmlBody), found.Record.Result.Emails.Select(e => e.Message.HtmlBody));
        Assert.Equal(record.Pages.Single().Approval.ApprovalId, found.Record.Pages.Single().Approval.ApprovalId);
        Assert.Equal(DryRunPace.Never, found.Record.Request.Paces.Managers);
        Assert.Equal(DryRunOutcomeKind.TimedOut, found.Record.Pages.Single().Outcome.Kind);
    }

    [Fact]
    public async Task Find_AfterItsDay_ExpiredAndRemovedByTheNextSave()
    {
        var store = await CreateAsync();
        var old = Record("00000000000000000000000000000001", Now, emails: 2);
        await store.SaveAsync(old, Now);

        Assert.True((await store.FindAsync(old.Id, Now + DryRunRecord.KeptFor)).Expired);

        var later = Now + DryRunRecord.KeptFor + TimeSpan.FromMinutes(1);
        await store.SaveAsync(Record("00000000000000000000000000000002", later, emails: 2), later);
        Assert.Equal(DryRunLookup.Unknown, await store.FindAsync(old.Id, later));
        Assert.NotNull((await store.FindAsync("00000000000000000000000000000002", later)).Record);
    }

    [Fact]
    public async Task Find_NeverSaved_Unknown()
    {
        var store = await CreateAsync();

        Assert.Equal(DryRunLookup.Unknown, await store.FindAsync("ffffffffffffffffffffffffffffffff", Now));
    }

    private static DryRunRecord Record(string id, DateTimeOffset at, int emails)
    {
        // Varied bodies, so the gzipped record spans several of the table store's chunks.
        var random = new Random(emails);
        var mails = Enumerable.Range(0, emails)
            .Select(i => new DryRunEmail(at.AddDays(i), new EmailMessage($"dry-run-x:{i}", new EmailAddress($"p{i}@contoso.example", $"Person {i}"), $"Subject {i}", $"<p>{Convert.ToHexString(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 2_000))}</p>", "text") { Template = "manager-approval-request", Language = "en" }))
            .ToList();
        var approval = new PendingApproval("dry-run-x:journey:E007:manager-approval", "dry-run-x:journey:E007", "ManagerDecision", "manager-approval", "E004", "e004@contoso.example", ["approve", "reject"], at, at.AddDays(14)) { ClosedReason = "no answer in time" };
        var request = new DryRunRequest("mobility-ambassadors", 2, ["E007"], "E002", "none", 2) { Paces = new DryRunPaces(DryRunPace.Never, DryRunPace.Day, DryRunPace.Day, DryRunPace.Day) };
        var result = new DryRunResult("dry-run-x", at, at.AddMonths(2), "Completed", null, mails, [], null, TimeSpan.FromSeconds(3));
        var page = new DryRunPageSnapshot(approval, "en", null, at, at.AddMonths(12), null, new DryRunOutcome(DryRunOutcomeKind.TimedOut, null, null, at.AddDays(14)));
        return new DryRunRecord(id, at, at + DryRunRecord.KeptFor, request, result, null, [page]);
    }
}
