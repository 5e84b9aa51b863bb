using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Figures;

/// <summary>Each at-risk rule with a case that flags and one that does not, on the default thresholds
/// (budget 3 h) unless a case says otherwise.</summary>
public sealed class AtRiskRulesTests
{
    private const double Budget = 3;

    [Fact]
    public void Assess_MissedTwoMeetingsInARow_Flags()
        => Assert.Equal([new AtRiskReason(AtRiskKind.MissedMeetings, 3, InARow: 2)], Assess([CheckIn(1), CheckIn(2, attended: false), CheckIn(3, attended: false)], 3));

    [Fact]
    public void Assess_MissedOneMeetingThenAttended_DoesNotFlag()
        => Assert.Empty(Assess([CheckIn(1, attended: false), CheckIn(2)], 2));

    [Fact]
    public void Assess_NoCheckInForTwoAskedMonths_Flags()
        => Assert.Equal([new AtRiskReason(AtRiskKind.NoCheckIn, 3, InARow: 2)], Assess([CheckIn(1)], 3, asked: [1, 2, 3]));

    [Fact]
    public void Assess_OneMonthWithoutCheckIn_DoesNotFlag()
        => Assert.Empty(Assess([CheckIn(1)], 2, asked: [1, 2]));

    [Fact]
    public void Assess_MonthsNotAskedAbout_AreNoMissingCheckIns()
        => Assert.Empty(Assess([CheckIn(1)], 3, asked: [1]));

    [Fact]
    public void Assess_HoursFarOverBudget_Flags()
        => Assert.Equal([new AtRiskReason(AtRiskKind.HoursOverBudget, 1, Hours: 7, BudgetHours: Budget)], Assess([CheckIn(1, hours: 7)], 1));

    [Fact]
    public void Assess_HoursUpToTwiceTheBudget_DoNotFlag()
        => Assert.Empty(Assess([CheckIn(1, hours: 6)], 1));

    [Fact]
    public void Assess_HoursFarUnderBudget_Flags()
        => Assert.Equal([new AtRiskReason(AtRiskKind.HoursUnderBudget, 1, Hours: 0.5, BudgetHours: Budget)], Assess([CheckIn(1, hours: 0.5)], 1));

    [Fact]
    public void Assess_UnreadableHours_NeitherOverNorUnder()
        => Assert.Empty(Assess([CheckIn(1, hours: 0) with { HoursInvalid = true }], 1));

    [Fact]
    public void Assess_CouldNotMakeTime_FlagsAsNoTimeOnlyNotAsHoursUnder()
        => Assert.Equal([new AtRiskReason(AtRiskKind.NoTime, 2, InARow: 1)], Assess([CheckIn(1), CheckIn(2, hours: 0) with { NoTime = true }], 2));

    [Fact]
    public void Assess_CouldNotMakeTimeInAnEarlierMonthOnly_DoesNotFlag()
        => Assert.Empty(Assess([CheckIn(1, hours: 0) with { NoTime = true }, CheckIn(2)], 2));

    [Fact]
    public void Assess_TrainingOverdueInTheLatestMonth_FlagsButNotInAPastMonth()
    {
        var ambassador = Ambassador([CheckIn(1)]) with { Training = new TrainingRecord(["m1", "m2"], ["m1"], DateTimeOffset.UnixEpoch, Overdue: true) };

        Assert.Equal([new AtRiskReason(AtRiskKind.TrainingOverdue, 1)], AtRiskRules.Assess(ambassador, [1], 1, isLatest: true, Budget, AtRiskSettings.Default));
        Assert.Empty(AtRiskRules.Assess(ambassador, [1], 1, isLatest: false, Budget, AtRiskSettings.Default));
    }

    [Fact]
    public void Assess_ProgrammeThresholds_ReplaceTheDefaults()
    {
        var strict = new AtRiskSettings { MissedMeetingsInARow = 1, HoursOverBudgetFactor = 1.5, HoursUnderBudgetFactor = 0, NoTimeInARow = 2 };
        var checkIns = new[] { CheckIn(1, attended: false, hours: 5) with { NoTime = true } };

        var reasons = AtRiskRules.Assess(Ambassador(checkIns), [1], 1, isLatest: true, Budget, strict);

        Assert.Equal([AtRiskKind.MissedMeetings, AtRiskKind.HoursOverBudget], reasons.Select(r => r.Kind));
        Assert.Empty(AtRiskRules.Assess(Ambassador([CheckIn(1, hours: 0)]), [1], 1, isLatest: true, Budget, strict));
    }

    private static IReadOnlyList<AtRiskReason> Assess(CheckInRecord[] checkIns, int month, int[]? asked = null)
        => AtRiskRules.Assess(Ambassador(checkIns), asked ?? [.. checkIns.Select(c => c.Month)], month, isLatest: true, Budget, AtRiskSettings.Default);

    private static CheckInRecord CheckIn(int month, bool attended = true, double hours = 3)
        => new(month, attended, hours, null, null, null, DateTimeOffset.UnixEpoch.AddDays(30 * month));

    private static AmbassadorProgress Ambassador(IReadOnlyList<CheckInRecord> checkIns)
        => new("c1", "E005", "c1:journey:E005", AmbassadorStep.Active, DateTimeOffset.UnixEpoch, 1, null, null, null, checkIns, null);
}
