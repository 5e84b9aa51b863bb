using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>
/// What every <see cref="ICohortProgress"/> must do, run against the SQLite read model and the Azure
/// Tables one. Each test uses a fresh cohort id, so one store may serve them all. Times are whole
/// seconds in UTC, which every backend keeps exactly.
/// </summary>
public abstract class CohortProgressContract
{
    protected static readonly DateTimeOffset Now = new(2025, 3, 4, 9, 30, 0, TimeSpan.Zero);

    protected abstract Task<ICohortProgress> CreateStoreAsync();

    [Fact]
    public async Task GetCohortPageAsync_FivePeopleInPagesOfTwo_ReadsEachOnceWithTheirOwnCheckIns()
    {
        var store = await CreateStoreAsync();
        var pages = Assert.IsAssignableFrom<ICohortProgressPages>(store);
        var cohort = NewCohortId();
        // "E05" is a prefix of "E050": their check-in keys sort apart from their progress keys.
        string[] people = ["E05", "E050", "E051", "E10", "E2"];
        foreach (var (employee, i) in people.Select((e, i) => (e, i)))
        {
            await store.RecordStepAsync(new AmbassadorStepChange(cohort, employee, $"{cohort}:journey:{employee}", AmbassadorStep.Active, Now));
            for (var month = 1; month <= i + 1; month++)
            {
                await store.RecordCheckInAsync(cohort, employee, new CheckInRecord(month, true, month, $"{employee} month {month}", null, null, Now.AddDays(30 * month)));
            }
        }

        await store.RecordStepAsync(new AmbassadorStepChange(NewCohortId(), "E051", "other:journey:E051", AmbassadorStep.Active, Now));

        var read = new List<AmbassadorProgress>();
        string? after = null;
        var sizes = new List<int>();
        IReadOnlyList<AmbassadorProgress> page;
        do
        {
            page = await pages.GetCohortPageAsync(cohort, after, 2);
            sizes.Add(page.Count);
            read.AddRange(page);
            after = page.Count > 0 ? page[^1].EmployeeId : null;
        }
        while (page.Count == 2);

        Assert.Equal([2, 2, 1], sizes);
        Assert.Equal(people, read.Select(p => p.EmployeeId));
        foreach (var (person, i) in read.Select((p, i) => (p, i)))
        {
            Assert.Equal(cohort, person.CohortId);
            Assert.Equal(Enumerable.Range(1, i + 1), person.CheckIns.Select(c => c.Month));
            Assert.All(person.CheckIns, c => Assert.StartsWith($"{person.EmployeeId} month ", c.Successes, StringComparison.Ordinal));
        }

        Assert.Empty(await pages.GetCohortPageAsync(cohort, "E2", 2));
    }

    [Fact]
    public async Task RecordStepAsync_FirstStep_CreatesTheAmbassador()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId();

        await store.RecordStepAsync(new AmbassadorStepChange(cohort, "E010", $"{cohort}:journey:E010", AmbassadorStep.ManagerApproval, Now));

        var progress = Assert.Single(await store.GetCohortAsync(cohort));
        Assert.Equal(cohort, progress.CohortId);
        Assert.Equal("E010", progress.EmployeeId);
        Assert.Equal($"{cohort}:journey:E010", progress.JourneyInstanceId);
        Assert.Equal(AmbassadorStep.ManagerApproval, progress.Step);
        Assert.Equal(Now, progress.Since);
        Assert.Equal(1, progress.Term);
        Assert.Null(progress.Outcome);
        Assert.Null(progress.AgreementVersion);
        Assert.Null(progress.Training);
        Assert.Empty(progress.CheckIns);
        Assert.Null(progress.EraseAfter);
    }

    [Fact]
    public async Task RecordStepAsync_LaterStep_MovesOnAndKeepsTrainingErasureAndAgreement()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId();
        await store.RecordStepAsync(new AmbassadorStepChange(cohort, "E010", "j-1", AmbassadorStep.Agreement, Now, AgreementVersion: "mobility-v2"));
        var training = new TrainingRecord(["m1", "m2"], ["m1"], Now.AddDays(30), Overdue: false);
        await store.RecordTrainingAsync(cohort, "E010", training);
        await store.ScheduleErasureAsync(cohort, "E010", Now.AddYears(1));

        await store.RecordStepAsync(new AmbassadorStepChange(cohort, "E010", "j-1", AmbassadorStep.Ended, Now.AddDays(90), Term: 2, Outcome: "stepped-down"));

        var progress = Assert.Single(await store.GetCohortAsync(cohort));
        Assert.Equal(AmbassadorStep.Ended, progress.Step);
        Assert.Equal(Now.AddDays(90), progress.Since);
        Assert.Equal(2, progress.Term);
        Assert.Equal("stepped-down", progress.Outcome);
        Assert.Equal("mobility-v2", progress.AgreementVersion);
        Assert.NotNull(progress.Training);
        Assert.Equal(["m1", "m2"], progress.Training.AssignedModuleIds);
        Assert.Equal(["m1"], progress.Training.CompletedModuleIds);
        Assert.Equal(Now.AddDays(30), progress.Training.DueBy);
        Assert.Equal(Now.AddYears(1), progress.EraseAfter);
    }

    [Fact]
    public async Task RecordStepAsync_WithoutOutcome_ClearsAnEarlierOutcome()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId();
        await store.RecordStepAsync(new AmbassadorStepChange(cohort, "E010", "j-1", AmbassadorStep.Renewal, Now, Outcome: "renewal-asked"));

        await store.RecordStepAsync(new AmbassadorStepChange(cohort, "E010", "j-1", AmbassadorStep.Active, Now.AddDays(1), Term: 2));

        Assert.Null(Assert.Single(await store.GetCohortAsync(cohort)).Outcome);
    }

    [Fact]
    public async Task RecordStepAsync_SameChangeTwice_ChangesNothingTheSecondTime()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId();
        var change = new AmbassadorStepChange(cohort, "E010", "j-1", AmbassadorStep.Training, Now);

        await store.RecordStepAsync(change);
        var first = Assert.Single(await store.GetCohortAsync(cohort));
        await store.RecordStepAsync(change);
        var second = Assert.Single(await store.GetCohortAsync(cohort));

        Assert.Equal(first.Step, second.Step);
        Assert.Equal(first.Since, second.Since);
        Assert.Equal(first.Term, second.Term);
    }

    [Fact]
    public async Task RecordStepAsync_ConcurrentAmbassadors_AllRecorded()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            store.RecordStepAsync(new AmbassadorStepChange(cohort, $"E{i:D3}", $"j-{i}", AmbassadorStep.Active, Now.AddMinutes(i)))));

        var all = await store.GetCohortAsync(cohort);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"E{i:D3}"), all.Select(p => p.EmployeeId));
    }

    [Fact]
    public async Task RecordCheckInAsync_SameMonthTwice_KeepsTheLatestAnswerOnce()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId();
        await store.RecordStepAsync(new AmbassadorStepChange(cohort, "E010", "j-1", AmbassadorStep.Active, Now));

        await store.RecordCheckInAsync(cohort, "E010", new CheckInRecord(2, AttendedMeeting: false, 1.5, "first", null, "ask", Now.AddDays(30)));
        await store.RecordCheckInAsync(cohort, "E010", new CheckInRecord(1, AttendedMeeting: true, 3, "kickoff", "time", null, Now.AddDays(1)));
        await store.RecordCheckInAsync(cohort, "E010", new CheckInRecord(2, AttendedMeeting: true, 2.5, "second", "none", null, Now.AddDays(31)));

        var checkIns = Assert.Single(await store.GetCohortAsync(cohort)).CheckIns;
        Assert.Equal([1, 2], checkIns.Select(c => c.Month));
        Assert.Equal(new CheckInRecord(1, true, 3, "kickoff", "time", null, Now.AddDays(1)), checkIns[0]);
        Assert.Equal(new CheckInRecord(2, true, 2.5, "second", "none", null, Now.AddDays(31)), checkIns[1]);
    }

    [Fact]
    public async Task RecordCheckInAsync_HoursInvalid_ReadsBackInvalidAndAnAnswerAgainClearsIt()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId();
        await store.RecordStepAsync(new AmbassadorStepChange(cohort, "E010", "j-1", AmbassadorStep.Active, Now));
        var unreadable = new CheckInRecord(1, AttendedMeeting: true, 0, "kickoff", null, null, Now.AddDays(1)) { HoursInvalid = true };
        var valid = new CheckInRecord(2, AttendedMeeting: true, 0, null, null, null, Now.AddDays(30));

        await store.RecordCheckInAsync(cohort, "E010", unreadable);
        await store.RecordCheckInAsync(cohort, "E010", valid);

        var checkIns = Assert.Single(await store.GetCohortAsync(cohort)).CheckIns;
        Assert.Equal([true, false], checkIns.Select(c => c.HoursInvalid));
        Assert.Equal(unreadable, checkIns[0]);
        Assert.Equal(valid, checkIns[1]);

        await store.RecordCheckInAsync(cohort, "E010", unreadable with { HoursInvalid = false, HoursSpent = 2 });

        Assert.False(Assert.Single(await store.GetCohortAsync(cohort)).CheckIns[0].HoursInvalid);
    }

    [Fact]
    public async Task RecordCheckInAsync_NoTime_ReadsBackAndAnAnswerAgainClearsIt()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId();
        await store.RecordStepAsync(new AmbassadorStepChange(cohort, "E010", "j-1", AmbassadorStep.Active, Now));
        var noTime = new CheckInRecord(1, AttendedMeeting: false, 0, null, null, null, Now.AddDays(1)) { NoTime = true };

        await store.RecordCheckInAsync(cohort, "E010", noTime);

        Assert.Equal(noTime, Assert.Single(Assert.Single(await store.GetCohortAsync(cohort)).CheckIns));

        await store.RecordCheckInAsync(cohort, "E010", noTime with { NoTime = false, HoursSpent = 2 });

        Assert.False(Assert.Single(Assert.Single(await store.GetCohortAsync(cohort)).CheckIns).NoTime);
    }

    [Fact]
    public async Task RecordTrainingAndErasure_UnknownAmbassador_CreateNothing()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId();

        await store.RecordTrainingAsync(cohort, "E404", new TrainingRecord(["m1"], [], Now, Overdue: true));
        await store.ScheduleErasureAsync(cohort, "E404", Now);

        Assert.Empty(await store.GetCohortAsync(cohort));
    }

    [Fact]
    public async Task GetCohortAsync_TwoCohortsWithAwkwardIds_KeepsThemApart()
    {
        var store = await CreateStoreAsync();
        var cohort = NewCohortId() + "/2025#q1?";
        var other = cohort + "-other";
        await store.RecordStepAsync(new AmbassadorStepChange(cohort, "E/1", "j-1", AmbassadorStep.Active, Now));
        await store.RecordStepAsync(new AmbassadorStepChange(other, "E/1", "j-2", AmbassadorStep.Training, Now));
        await store.RecordCheckInAsync(other, "E/1", new CheckInRecord(1, true, 1, null, null, null, Now));

        var progress = Assert.Single(await store.GetCohortAsync(cohort));

        Assert.Equal("E/1", progress.EmployeeId);
        Assert.Equal("j-1", progress.JourneyInstanceId);
        Assert.Empty(progress.CheckIns);
    }

    private static string NewCohortId() => "cohort-" + Guid.NewGuid().ToString("N")[..12];
}
