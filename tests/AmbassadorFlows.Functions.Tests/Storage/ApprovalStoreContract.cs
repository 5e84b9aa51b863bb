using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>
/// What every <see cref="IApprovalStore"/> must do, run against each implementation:
/// <c>public sealed class SqliteApprovalStoreTests : ApprovalStoreContract { protected override Task&lt;IApprovalStore&gt; CreateStoreAsync() => …; }</c>.
/// Tests use fresh ids, so one store may serve them all. Times are whole seconds in UTC, which every
/// backend keeps exactly.
/// </summary>
public abstract class ApprovalStoreContract
{
    protected static readonly DateTimeOffset Now = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);

    protected abstract Task<IApprovalStore> CreateStoreAsync();

    [Fact]
    public async Task ListAuditPageAsync_SevenEntriesSameInstant_PagesOfThreeReadEachOnceInOrder()
    {
        var store = await CreateStoreAsync();
        var history = Assert.IsAssignableFrom<IApprovalHistory>(store);
        // Far in the future, so entries of other tests sharing this store come before `since`.
        var at = new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var instance = $"audit-pages-{Guid.NewGuid():N}";
        for (var i = 0; i < 7; i++)
        {
            // Four share one instant: the page token must tell them apart.
            await store.AppendAuditAsync(new AuditEntry(instance, i < 4 ? at : at.AddSeconds(i), "system", "paged", $"entry {i}"));
        }

        var read = new List<AuditEntry>();
        var sizes = new List<int>();
        string? after = null;
        do
        {
            var page = await history.ListAuditPageAsync(at, after, 3);
            sizes.Add(page.Entries.Count);
            read.AddRange(page.Entries);
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal([3, 3, 1], sizes);
        Assert.Equal(7, read.Select(e => e.Details).Distinct().Count());
        Assert.Equal(["entry 4", "entry 5", "entry 6"], read.Skip(4).Select(e => e.Details));
        Assert.True(read.Select(e => e.At).SequenceEqual(read.Select(e => e.At).Order()));
        await Assert.ThrowsAsync<FormatException>(() => history.ListAuditPageAsync(null, "not a page", 3));
    }

    [Fact]
    public async Task CreateAsync_NewApproval_IsReadBackUnchanged()
    {
        var store = await CreateStoreAsync();
        var approval = NewApproval() with { DetailsJson = """{"programme":"Onboarding buddies"}""" };

        var created = await store.CreateAsync(approval);
        var read = await store.GetAsync(approval.ApprovalId);

        Assert.NotNull(read);
        AssertSame(approval, created);
        AssertSame(approval, read);
        Assert.Null(read.Decision);
        Assert.Null(read.ClosedReason);
    }

    [Fact]
    public async Task CreateAsync_SameIdTwice_KeepsTheFirst()
    {
        var store = await CreateStoreAsync();
        var first = NewApproval();

        await store.CreateAsync(first);
        var second = await store.CreateAsync(first with { AssigneeEmail = "someone.else@example.com" });

        Assert.Equal(first.AssigneeEmail, second.AssigneeEmail);
        Assert.Equal(first.AssigneeEmail, (await store.GetAsync(first.ApprovalId))!.AssigneeEmail);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.GetAsync("no-such-" + Guid.NewGuid().ToString("N")));
    }

    [Fact]
    public async Task TryDecideAsync_FirstDecision_IsRecordedNow()
    {
        var store = await CreateStoreAsync();
        var approval = await store.CreateAsync(NewApproval());
        var decision = new ApprovalDecision(approval.ApprovalId, "approve", "mgr-7", Now.AddHours(2), "Go ahead", """{"hours":3}""");

        var outcome = await store.TryDecideAsync(decision);

        Assert.True(outcome.RecordedNow);
        Assert.Equal(decision, outcome.Decision);
        Assert.Equal(decision, (await store.GetAsync(approval.ApprovalId))!.Decision);
    }

    [Fact]
    public async Task TryDecideAsync_SecondDecision_ReturnsTheFirstWithoutRecording()
    {
        var store = await CreateStoreAsync();
        var approval = await store.CreateAsync(NewApproval());
        var first = new ApprovalDecision(approval.ApprovalId, "approve", "mgr-7", Now.AddHours(2));
        await store.TryDecideAsync(first);

        var outcome = await store.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, "reject", "hr-1", Now.AddHours(3)));

        Assert.False(outcome.RecordedNow);
        Assert.Equal(first, outcome.Decision);
    }

    [Fact]
    public async Task TryDecideAsync_ConcurrentDeciders_ExactlyOneIsRecorded()
    {
        var store = await CreateStoreAsync();
        var approval = await store.CreateAsync(NewApproval());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => store.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, i % 2 == 0 ? "approve" : "reject", $"person-{i}", Now.AddMinutes(i))))));

        var winner = Assert.Single(outcomes, o => o.RecordedNow);
        Assert.All(outcomes, o => Assert.Equal(winner.Decision, o.Decision));
        Assert.Equal(winner.Decision, (await store.GetAsync(approval.ApprovalId))!.Decision);
    }

    [Fact]
    public async Task TryDecideAsync_UnknownId_ThrowsKeyNotFound()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            store.TryDecideAsync(new ApprovalDecision("no-such-" + Guid.NewGuid().ToString("N"), "approve", "x", Now)));
    }

    [Fact]
    public async Task TryDecideAsync_ClosedApproval_ThrowsAndRecordsNothing()
    {
        var store = await CreateStoreAsync();
        var approval = await store.CreateAsync(NewApproval());
        await store.CloseAsync(approval.ApprovalId, "timed out", Now.AddDays(7));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, "approve", "mgr-7", Now.AddDays(8))));
        var read = await store.GetAsync(approval.ApprovalId);
        Assert.Null(read!.Decision);
        Assert.Equal("timed out", read.ClosedReason);
    }

    [Fact]
    public async Task CloseAsync_DecidedApproval_KeepsTheDecision()
    {
        var store = await CreateStoreAsync();
        var approval = await store.CreateAsync(NewApproval());
        var decision = new ApprovalDecision(approval.ApprovalId, "approve", "mgr-7", Now.AddHours(1));
        await store.TryDecideAsync(decision);

        await store.CloseAsync(approval.ApprovalId, "superseded", Now.AddHours(2));

        var read = await store.GetAsync(approval.ApprovalId);
        Assert.Equal(decision, read!.Decision);
        Assert.Null(read.ClosedReason);
    }

    [Fact]
    public async Task ListPendingAsync_WithPrefix_ReturnsOnlyOpenOnesOfThatPrefixInCreationOrder()
    {
        var store = await CreateStoreAsync();
        var prefix = "cohort-" + Guid.NewGuid().ToString("N")[..8];
        var later = await store.CreateAsync(NewApproval($"{prefix}/journey-2") with { CreatedAt = Now.AddMinutes(5) });
        var earlier = await store.CreateAsync(NewApproval($"{prefix}/journey-1"));
        var decided = await store.CreateAsync(NewApproval($"{prefix}/journey-3"));
        var closed = await store.CreateAsync(NewApproval($"{prefix}/journey-4"));
        await store.CreateAsync(NewApproval("other-" + prefix));
        await store.TryDecideAsync(new ApprovalDecision(decided.ApprovalId, "approve", "mgr", Now));
        await store.CloseAsync(closed.ApprovalId, "timed out", Now);

        var pending = await store.ListPendingAsync(prefix);

        Assert.Equal([earlier.ApprovalId, later.ApprovalId], pending.Select(p => p.ApprovalId));
    }

    [Fact]
    public async Task GetAuditAsync_SeveralEntries_ReturnsThatInstancesEntriesInTimeOrder()
    {
        var store = await CreateStoreAsync();
        var instance = "cohort-" + Guid.NewGuid().ToString("N")[..8] + "/journey#1";
        var second = new AuditEntry(instance, Now.AddMinutes(1), "mgr-7", "approved", "3 h/month");
        var first = new AuditEntry(instance, Now, "system", "approval-requested");
        await store.AppendAuditAsync(second);
        await store.AppendAuditAsync(first);
        await store.AppendAuditAsync(new AuditEntry(instance + "-other", Now, "system", "noise"));

        var audit = await store.GetAuditAsync(instance);

        Assert.Equal([first, second], audit);
    }

    [Fact]
    public async Task ListAllAsync_WithPrefix_ReturnsOpenDecidedAndClosedOfThatPrefixNewestFirst()
    {
        var store = await CreateStoreAsync();
        var history = Assert.IsAssignableFrom<IApprovalHistory>(store);
        var instance = "all-" + Guid.NewGuid().ToString("N");
        var open = await store.CreateAsync(NewApproval(instance) with { CreatedAt = Now });
        var decided = await store.CreateAsync(NewApproval(instance + ":journey:E1") with { CreatedAt = Now.AddMinutes(1) });
        var closed = await store.CreateAsync(NewApproval(instance + ":journey:E2") with { CreatedAt = Now.AddMinutes(2) });
        await store.CreateAsync(NewApproval("other-" + instance));
        await store.TryDecideAsync(new ApprovalDecision(decided.ApprovalId, "approve", "mgr-7", Now.AddHours(1), null, null));
        await store.CloseAsync(closed.ApprovalId, "timed out", Now.AddHours(2));

        var all = await history.ListAllAsync(instance);
        var limited = await history.ListAllAsync(instance, limit: 2);

        Assert.Equal([closed.ApprovalId, decided.ApprovalId, open.ApprovalId], all.Select(a => a.ApprovalId));
        Assert.Equal("approve", all[1].Decision?.Decision);
        Assert.Equal("timed out", all[0].ClosedReason);
        Assert.Equal([closed.ApprovalId, decided.ApprovalId], limited.Select(a => a.ApprovalId));
    }

    [Fact]
    public async Task ListCheckInRequestsOfCohortAsync_MixedApprovals_ReturnsItsJourneysCheckInsAsTheApprovalsSayThem()
    {
        var store = await CreateStoreAsync();
        var history = Assert.IsAssignableFrom<IApprovalHistory>(store);
        var cohort = "figures-" + Guid.NewGuid().ToString("N")[..8];
        var first = cohort + ":journey:E1";
        var second = cohort + ":journey:E2";
        var meeting = new DateTime(2025, 4, 1, 9, 0, 0, DateTimeKind.Utc);
        PendingApproval CheckIn(string journey, int month, bool withDetails = true) => NewApproval(journey) with
        {
            ApprovalId = JourneyIds.CheckIn(journey, month),
            CreatedAt = Now.AddMonths(month),
            DetailsJson = withDetails ? WorkflowJson.Serialize(new CheckInDetails(month, meeting.AddMonths(month - 1))) : null,
        };
        await store.CreateAsync(CheckIn(first, 1));
        await store.CreateAsync(CheckIn(first, 1)); // a retried activity
        var answered = await store.CreateAsync(CheckIn(first, 2));
        await store.CreateAsync(CheckIn(second, 1, withDetails: false));
        await store.CreateAsync(NewApproval(second)); // a manager approval: no check-in
        await store.CreateAsync(NewApproval(cohort)); // the cohort's own request
        await store.CreateAsync(CheckIn(cohort + "-other:journey:E1", 1)); // another cohort
        await store.TryDecideAsync(new ApprovalDecision(answered.ApprovalId, "submit", "E1", Now.AddMonths(2).AddDays(1)));

        var requests = await history.ListCheckInRequestsOfCohortAsync(cohort);

        var expected = (await history.ListAllAsync(cohort + ":journey:")).Select(CheckInRequest.From).OfType<CheckInRequest>().OrderBy(r => r.JourneyInstanceId).ThenBy(r => r.Month).ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, requests.OrderBy(r => r.JourneyInstanceId).ThenBy(r => r.Month));
        Assert.Equal(
            [(first, 1, false, true), (first, 2, true, true), (second, 1, false, false)],
            requests.OrderBy(r => r.JourneyInstanceId).ThenBy(r => r.Month).Select(r => (r.JourneyInstanceId, r.Month, r.Answered, r.StartRecorded)));
        Assert.Equal(new DateTimeOffset(meeting.AddMonths(1)), requests.Single(r => r.JourneyInstanceId == first && r.Month == 2).MeetingStart);
    }

    [Fact]
    public async Task ListOpenOfInstancesAsync_CohortAndSomeJourneys_ReturnsTheirOpenRequestsOnlyOldestFirst()
    {
        var store = await CreateStoreAsync();
        var history = Assert.IsAssignableFrom<IApprovalHistory>(store);
        var cohort = "open-" + Guid.NewGuid().ToString("N")[..8];
        var first = cohort + ":journey:E1";
        var second = cohort + ":journey:E2";
        var notShown = cohort + ":journey:E3";
        var own = await store.CreateAsync(NewApproval(cohort) with { CreatedAt = Now.AddHours(3) });
        var firstOpen = await store.CreateAsync(NewApproval(first) with { CreatedAt = Now.AddHours(1) });
        var secondOpen = await store.CreateAsync(NewApproval(second) with { CreatedAt = Now.AddHours(2) });
        var decided = await store.CreateAsync(NewApproval(first));
        await store.TryDecideAsync(new ApprovalDecision(decided.ApprovalId, "approve", "mgr-7", Now.AddHours(4)));
        var closed = await store.CreateAsync(NewApproval(second));
        await store.CloseAsync(closed.ApprovalId, "superseded", Now.AddHours(4));
        await store.CreateAsync(NewApproval(first) with { ExpiresAt = Now.AddHours(5) }); // past its deadline at the time asked
        await store.CreateAsync(NewApproval(notShown));
        await store.CreateAsync(NewApproval(cohort + "-other:journey:E1"));

        var open = await history.ListOpenOfInstancesAsync([cohort, first, second], Now.AddDays(1));

        Assert.Equal([firstOpen.ApprovalId, secondOpen.ApprovalId, own.ApprovalId], open.Select(a => a.ApprovalId));
        Assert.Empty(await history.ListOpenOfInstancesAsync([], Now.AddDays(1)));
    }

    [Fact]
    public async Task TryDecideAsync_NewDecision_IsOwedUntilMarkedDelivered()
    {
        var store = await CreateStoreAsync();
        var approval = await store.CreateAsync(NewApproval());
        var decidedAt = Now.AddYears(-40);
        await store.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, "approve", "mgr-7", decidedAt));

        var owed = await store.ListUndeliveredAsync(decidedAt);
        await store.MarkDeliveredAsync(approval.ApprovalId, decidedAt.AddSeconds(1));

        Assert.Contains(owed, a => a.ApprovalId == approval.ApprovalId && a.Decision!.DeliveredAt is null);
        Assert.DoesNotContain(await store.ListUndeliveredAsync(decidedAt), a => a.ApprovalId == approval.ApprovalId);
        var read = (await store.GetAsync(approval.ApprovalId))!.Decision!;
        Assert.Equal(decidedAt.AddSeconds(1), read.DeliveredAt);
        Assert.Null(read.UndeliverableReason);
    }

    [Fact]
    public async Task ListUndeliveredAsync_MixedApprovals_ReturnsOwedDecisionsUpToTheCutoffOldestFirst()
    {
        // The oldest decisions of the whole contract, so nothing another test left owed comes first.
        var store = await CreateStoreAsync();
        var start = Now.AddYears(-60);
        var older = await store.CreateAsync(NewApproval());
        var newer = await store.CreateAsync(NewApproval());
        var delivered = await store.CreateAsync(NewApproval());
        var tooRecent = await store.CreateAsync(NewApproval());
        var open = await store.CreateAsync(NewApproval());
        await store.TryDecideAsync(new ApprovalDecision(newer.ApprovalId, "approve", "mgr", start.AddMinutes(2)));
        await store.TryDecideAsync(new ApprovalDecision(older.ApprovalId, "reject", "mgr", start.AddMinutes(1)));
        await store.TryDecideAsync(new ApprovalDecision(delivered.ApprovalId, "approve", "mgr", start));
        await store.MarkDeliveredAsync(delivered.ApprovalId, start.AddMinutes(1));
        await store.TryDecideAsync(new ApprovalDecision(tooRecent.ApprovalId, "approve", "mgr", start.AddMinutes(10)));
        string[] mine = [older.ApprovalId, newer.ApprovalId, delivered.ApprovalId, tooRecent.ApprovalId, open.ApprovalId];

        var owed = await store.ListUndeliveredAsync(start.AddMinutes(5));
        var first = await store.ListUndeliveredAsync(start.AddMinutes(5), limit: 1);

        Assert.Equal([older.ApprovalId, newer.ApprovalId], owed.Select(a => a.ApprovalId).Where(mine.Contains));
        Assert.Equal("reject", owed.First(a => a.ApprovalId == older.ApprovalId).Decision!.Decision);
        Assert.Equal([older.ApprovalId], first.Select(a => a.ApprovalId));
    }

    [Fact]
    public async Task MarkDeliveredAsync_Undeliverable_KeepsTheReasonAndIsNotOwedAnyMore()
    {
        var store = await CreateStoreAsync();
        var approval = await store.CreateAsync(NewApproval());
        var decidedAt = Now.AddYears(-20);
        await store.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, "approve", "mgr-7", decidedAt));

        await store.MarkDeliveredAsync(approval.ApprovalId, decidedAt.AddMinutes(1), "instance gone");
        await store.MarkDeliveredAsync(approval.ApprovalId, decidedAt.AddMinutes(2));

        var read = (await store.GetAsync(approval.ApprovalId))!.Decision!;
        Assert.Equal(decidedAt.AddMinutes(1), read.DeliveredAt);
        Assert.Equal("instance gone", read.UndeliverableReason);
        Assert.DoesNotContain(await store.ListUndeliveredAsync(decidedAt.AddDays(1)), a => a.ApprovalId == approval.ApprovalId);
    }

    [Fact]
    public async Task MarkDeliveredAsync_UndecidedApproval_ChangesNothing()
    {
        var store = await CreateStoreAsync();
        var approval = await store.CreateAsync(NewApproval());

        await store.MarkDeliveredAsync(approval.ApprovalId, Now);
        await store.MarkDeliveredAsync("no-such-" + Guid.NewGuid().ToString("N"), Now);
        var decision = new ApprovalDecision(approval.ApprovalId, "approve", "mgr-7", Now.AddYears(-30));
        await store.TryDecideAsync(decision);

        var read = (await store.GetAsync(approval.ApprovalId))!.Decision;
        Assert.Equal(decision, read);
        Assert.Contains(await store.ListUndeliveredAsync(decision.DecidedAt), a => a.ApprovalId == approval.ApprovalId);
    }

    [Fact]
    public async Task TryReassignAsync_OpenAndStillTheirs_ChangesTheAssigneeOnce()
    {
        var store = await CreateStoreAsync();
        var assignment = (IApprovalAssignment)store;
        var approval = await store.CreateAsync(NewApproval());

        var first = await assignment.TryReassignAsync(approval.ApprovalId, "mgr-7", "deputy-3", "deputy@example.com");
        var second = await assignment.TryReassignAsync(approval.ApprovalId, "mgr-7", "deputy-4", "other@example.com");

        Assert.True(first!.Value.Changed);
        Assert.False(second!.Value.Changed);
        Assert.Equal(("deputy-3", "deputy@example.com"), (second.Value.Approval.AssigneeId, second.Value.Approval.AssigneeEmail));
        Assert.Null(await assignment.TryReassignAsync("no-such-" + Guid.NewGuid().ToString("N"), "mgr-7", "deputy-3", "deputy@example.com"));
    }

    [Fact]
    public async Task WasHandedFromAsync_AfterTwoHandOvers_NamesOnlyTheLastEarlierHolder()
    {
        var store = await CreateStoreAsync();
        var assignment = (IApprovalAssignment)store;
        var approval = await store.CreateAsync(NewApproval());
        Assert.False(await assignment.WasHandedFromAsync(approval.ApprovalId, "mgr-7"));

        await assignment.TryReassignAsync(approval.ApprovalId, "mgr-7", "deputy-3", "deputy@example.com");
        Assert.True(await assignment.WasHandedFromAsync(approval.ApprovalId, "mgr-7"));
        Assert.False(await assignment.WasHandedFromAsync(approval.ApprovalId, "deputy-3"));

        await assignment.TryReassignAsync(approval.ApprovalId, "deputy-3", "deputy-4", "other@example.com");
        Assert.True(await assignment.WasHandedFromAsync(approval.ApprovalId, "deputy-3"));
        Assert.False(await assignment.WasHandedFromAsync(approval.ApprovalId, "mgr-7"));
        Assert.False(await assignment.WasHandedFromAsync("no-such-" + Guid.NewGuid().ToString("N"), "mgr-7"));
    }

    [Fact]
    public async Task TryReassignAsync_Decided_ChangesNothing()
    {
        var store = await CreateStoreAsync();
        var assignment = (IApprovalAssignment)store;
        var approval = await store.CreateAsync(NewApproval());
        await store.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, "approve", "manager@example.com", Now.AddHours(1)));

        var handed = await assignment.TryReassignAsync(approval.ApprovalId, "mgr-7", "deputy-3", "deputy@example.com");

        Assert.False(handed!.Value.Changed);
        Assert.Equal("mgr-7", (await store.GetAsync(approval.ApprovalId))!.AssigneeId);
    }

    [Fact]
    public async Task TryDecideAsAssigneeAsync_AfterAHandOver_RefusesTheEarlierAssigneeAndTakesTheNewOne()
    {
        var store = await CreateStoreAsync();
        var assignment = (IApprovalAssignment)store;
        var approval = await store.CreateAsync(NewApproval());
        await assignment.TryReassignAsync(approval.ApprovalId, "mgr-7", "deputy-3", "deputy@example.com");

        var earlier = await assignment.TryDecideAsAssigneeAsync(new ApprovalDecision(approval.ApprovalId, "reject", "manager@example.com", Now.AddHours(1)), "mgr-7");
        var deputy = await assignment.TryDecideAsAssigneeAsync(new ApprovalDecision(approval.ApprovalId, "approve", "deputy@example.com", Now.AddHours(2)), "deputy-3");

        Assert.Null(earlier);
        Assert.True(deputy!.RecordedNow);
        Assert.Equal("approve", (await store.GetAsync(approval.ApprovalId))!.Decision!.Decision);
    }

    [Fact]
    public async Task ListOpenForAssigneeAsync_MixOfOpenAndDecided_ListsOnlyTheOpenOnesOfThatPerson()
    {
        var store = await CreateStoreAsync();
        var assignment = (IApprovalAssignment)store;
        var person = "mgr-" + Guid.NewGuid().ToString("N")[..8];
        var open = await store.CreateAsync(NewApproval() with { AssigneeId = person });
        var decided = await store.CreateAsync(NewApproval() with { AssigneeId = person });
        await store.CreateAsync(NewApproval());
        await store.TryDecideAsync(new ApprovalDecision(decided.ApprovalId, "approve", "manager@example.com", Now.AddHours(1)));

        var listed = await assignment.ListOpenForAssigneeAsync(person);

        Assert.Equal([open.ApprovalId], listed.Select(a => a.ApprovalId));
    }

    [Fact]
    public async Task ListOpenOfKindAsync_Paged_ListsEachOpenApprovalOfTheKindOnce()
    {
        var store = await CreateStoreAsync();
        var assignment = (IApprovalAssignment)store;
        var kind = "kind-" + Guid.NewGuid().ToString("N")[..8];
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await store.CreateAsync(NewApproval() with { Kind = kind })).ApprovalId);
        }

        await store.CloseAsync(created[2], "timed out", Now.AddDays(1));
        var seen = new List<string>();
        string? after = null;
        while (await assignment.ListOpenOfKindAsync(kind, after, limit: 2) is { Count: > 0 } page)
        {
            seen.AddRange(page.Select(a => a.ApprovalId));
            after = page[^1].ApprovalId;
        }

        Assert.Equal(created.Where((_, i) => i != 2).Order(StringComparer.Ordinal), seen);
    }

    protected static PendingApproval NewApproval(string? instanceId = null) => new(
        "appr-" + Guid.NewGuid().ToString("N"),
        instanceId ?? "journey-" + Guid.NewGuid().ToString("N")[..8],
        "ManagerApproval",
        "manager-approval",
        "mgr-7",
        "manager@example.com",
        ["approve", "reject"],
        Now,
        Now.AddDays(14));

    private static void AssertSame(PendingApproval expected, PendingApproval? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.ApprovalId, actual.ApprovalId);
        Assert.Equal(expected.InstanceId, actual.InstanceId);
        Assert.Equal(expected.EventName, actual.EventName);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.AssigneeId, actual.AssigneeId);
        Assert.Equal(expected.AssigneeEmail, actual.AssigneeEmail);
        Assert.Equal(expected.Options, actual.Options);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.ExpiresAt, actual.ExpiresAt);
        Assert.Equal(expected.DetailsJson, actual.DetailsJson);
    }
}
