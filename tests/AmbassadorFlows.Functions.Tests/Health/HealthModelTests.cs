using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Tests.Health;

/// <summary>The health model on in-memory read-model records and check-in requests: a cohort meeting
/// on the 2nd of each month from April 2026, ambassadors asked after every meeting.</summary>
public sealed class HealthModelTests
{
    private const string Cohort = "mobility-test";
    private static readonly string[] English = ["en"];
    private static readonly DateTimeOffset FirstMeeting = new(2026, 4, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ForCohort_TwoStepDownsAfterMonths3And5_ActiveDropsInTheMonthsAfterAndStepDownsShowInTheirMonth()
    {
        var a = Ambassador("E1", months: 3, ended: (Meeting(3).AddDays(3), nameof(JourneyOutcome.SteppedDown)));
        var b = Ambassador("E2", months: 5, ended: (Meeting(5).AddDays(10), nameof(JourneyOutcome.LeftCompany)));
        var c = Ambassador("E3", months: 6);

        var report = HealthModel.ForCohort(Input(a, b, c), "mobility-ambassadors", 3, English);

        Assert.Equal([3, 3, 3, 2, 2, 1], report.Months.Select(m => m.Active));
        Assert.Equal([0, 0, 1, 0, 1, 0], report.Months.Select(m => m.StepDowns));
        Assert.Equal(Meeting(4), report.Months[3].MeetingStart);
    }

    [Fact]
    public void ForCohort_EndOfTerm_IsNoStepDown()
    {
        var done = Ambassador("E1", months: 2, ended: (Meeting(2).AddDays(20), nameof(JourneyOutcome.Withdrawn)));
        var other = Ambassador("E2", months: 2);

        var report = HealthModel.ForCohort(Input(done, other), null, 3, English);

        Assert.All(report.Months, m => Assert.Equal(0, m.StepDowns));
        Assert.Equal([2, 2], report.Months.Select(m => m.Active));
    }

    [Fact]
    public void ForCohort_RequestNotAnswered_CountsAsAskedNotAnsweredAndAddsNoHours()
    {
        var answered = Ambassador("E1", months: 1);
        var silent = Ambassador("E2", months: 0);
        var input = Input(answered, silent);
        input = input with { JourneyApprovals = [.. input.JourneyApprovals, Request(silent, 1, answered: false)] };

        var month = Assert.Single(HealthModel.ForCohort(input, null, 3, English).Months);

        Assert.Equal((2, 2, 1), (month.Active, month.CheckInsRequested, month.CheckInsAnswered));
        Assert.Equal(50, month.AnsweredPercent);
        Assert.Equal(50, month.AttendancePercent);
        Assert.Equal((3.0, 1, 3.0), (month.HoursReported, month.HoursReports, month.HoursPerAmbassador));
    }

    [Fact]
    public void ForCohort_UnreadableHours_CountAsCheckInButNotAsHours()
    {
        var unreadable = Ambassador("E1", months: 1, checkIn: m => CheckIn(m) with { HoursSpent = 0, HoursInvalid = true });
        var fine = Ambassador("E2", months: 1, checkIn: m => CheckIn(m) with { HoursSpent = 4 });

        var month = Assert.Single(HealthModel.ForCohort(Input(unreadable, fine), null, 3, English).Months);

        Assert.Equal(2, month.CheckInsAnswered);
        Assert.Equal((4.0, 1, 4.0), (month.HoursReported, month.HoursReports, month.HoursPerAmbassador));
    }

    [Fact]
    public void ForCohort_ErasedAmbassador_StillCountedWithoutTextsOrRequestDetails()
    {
        var erased = Ambassador("E1", months: 2, checkIn: m => CheckIn(m) with { Successes = null, Challenges = null, Asks = null });
        var kept = Ambassador("E2", months: 2, checkIn: m => CheckIn(m) with { Successes = "bike lunch" });
        var input = Input(erased, kept);
        // Erasure empties the details of the person's own requests (the meeting start among them).
        input = input with { JourneyApprovals = [.. input.JourneyApprovals.Select(r => r.InstanceId == erased.JourneyInstanceId ? r with { DetailsJson = null } : r)] };

        var report = HealthModel.ForCohort(input, null, 3, English);

        Assert.Equal([2, 2], report.Months.Select(m => m.Active));
        Assert.Equal([2, 2], report.Months.Select(m => m.CheckInsAnswered));
        Assert.Equal(Meeting(2), report.Months[1].MeetingStart);
    }

    [Fact]
    public void ForCohort_NoJourneys_HasNoMonths()
    {
        var report = HealthModel.ForCohort(new CohortHealthInput(Cohort, [], []), "mobility-ambassadors", 3, English);

        Assert.Empty(report.Months);
        Assert.Equal([Cohort], report.CohortIds);
    }

    [Fact]
    public void ForCohort_JourneyNotYetServing_IsNotActive()
    {
        var waiting = Ambassador("E1", months: 0) with { Step = AmbassadorStep.ManagerApproval };
        var serving = Ambassador("E2", months: 1);

        var month = Assert.Single(HealthModel.ForCohort(Input(waiting, serving), null, 3, English).Months);

        Assert.Equal(1, month.Active);
    }

    [Fact]
    public void ForCohort_TwoMeetingsMissed_AtRiskFromTheSecond()
    {
        var absent = Ambassador("E1", months: 3, checkIn: m => CheckIn(m) with { AttendedMeeting = m == 1 });
        var present = Ambassador("E2", months: 3);

        var report = HealthModel.ForCohort(Input(absent, present), null, 3, English);

        Assert.Equal([0, 0, 1], report.Months.Select(m => m.AtRisk));
    }

    [Fact]
    public void ForCohort_ThemesOfTheMonth_FromThatMonthsCheckInsOnly()
    {
        var one = Ambassador("E1", months: 2, checkIn: m => CheckIn(m) with { Successes = m == 1 ? "Bike repair day" : "Carpool app" });
        var two = Ambassador("E2", months: 2, checkIn: m => CheckIn(m) with { Successes = m == 1 ? "bike breakfast" : "quiet month" });

        var report = HealthModel.ForCohort(Input(one, two), null, 3, English);

        Assert.Equal("bike (2)", FeedbackThemes.Describe(report.Months[0].Themes.Successes));
        Assert.Empty(report.Months[1].Themes.Successes);
    }

    [Fact]
    public void ForProgramme_TwoCohorts_AddedUpByCohortMonth()
    {
        var first = Input(Ambassador("E1", months: 3), Ambassador("E2", months: 3));
        var later = new CohortHealthInput("later", [], []);
        var e3 = Ambassador("E3", months: 2, cohort: "later", shift: 5);
        later = later with { Ambassadors = [e3], JourneyApprovals = [.. Requests(e3, 2, shift: 5)] };

        var report = HealthModel.ForProgramme("mobility-ambassadors", [first, later], 3, English);

        Assert.Equal(HealthScope.Programme, report.Scope);
        Assert.Equal([3, 3, 2], report.Months.Select(m => m.Active));
        Assert.Equal([2, 2, 1], report.Months.Select(m => m.Cohorts));
        Assert.All(report.Months, m => Assert.Null(m.MeetingStart));
        Assert.Equal([Cohort, "later"], report.CohortIds);
    }

    private static DateTimeOffset Meeting(int month, int shift = 0) => FirstMeeting.AddMonths(month - 1 + shift);

    private static CheckInRecord CheckIn(int month) => new(month, true, 3, "talk", "time", "help", Meeting(month).AddHours(2));

    /// <summary>An ambassador asked and checked in for months 1..<paramref name="months"/>, serving
    /// (Active) or ended at the time and with the outcome given.</summary>
    private static AmbassadorProgress Ambassador(string employeeId, int months, (DateTimeOffset At, string Outcome)? ended = null, Func<int, CheckInRecord>? checkIn = null, string cohort = Cohort, int shift = 0)
        => new(
            cohort,
            employeeId,
            JourneyIds.For(cohort, employeeId),
            ended is null ? AmbassadorStep.Active : AmbassadorStep.Ended,
            ended?.At ?? Meeting(1, shift).AddDays(-20),
            1,
            ended?.Outcome,
            "mobility-ambassadors@v1",
            null,
            [.. Enumerable.Range(1, months).Select(m => (checkIn ?? CheckIn)(m) with { SubmittedAt = Meeting(m, shift).AddHours(2) })],
            null);

    private static CohortHealthInput Input(params AmbassadorProgress[] ambassadors)
        => new(Cohort, ambassadors, [.. ambassadors.SelectMany(a => Requests(a, a.CheckIns.Count))]);

    private static IEnumerable<PendingApproval> Requests(AmbassadorProgress a, int months, int shift = 0)
        => Enumerable.Range(1, months).Select(m => Request(a, m, answered: true, shift));

    private static PendingApproval Request(AmbassadorProgress a, int month, bool answered, int shift = 0)
    {
        var id = JourneyIds.CheckIn(a.JourneyInstanceId, month);
        var asked = Meeting(month, shift).AddHours(1);
        return new PendingApproval(id, a.JourneyInstanceId, JourneyEvents.MonthlyCheckIn, "monthly-check-in", a.EmployeeId, $"{a.EmployeeId}@contoso.example", ["submit"], asked, asked.AddDays(28))
        {
            DetailsJson = WorkflowJson.Serialize(new CheckInDetails(month, Meeting(month, shift).UtcDateTime)),
            Decision = answered ? new ApprovalDecision(id, "submit", $"{a.EmployeeId}@contoso.example", asked.AddHours(1)) : null,
        };
    }
}
