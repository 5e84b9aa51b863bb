using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Journeys;

public sealed class CheckInFormTests
{
    [Theory]
    [InlineData("""{"attendedMeeting":true,"hoursSpent":2.5}""", 2.5)]
    [InlineData("""{"AttendedMeeting":true,"HoursSpent":"2,5"}""", 2.5)]
    [InlineData("""{"attendedMeeting":true,"hoursSpent":" 4 "}""", 4)]
    [InlineData("""{"attendedMeeting":true}""", 0)]
    public void ReadForm_ReadableHours_TakesThem(string json, double hours)
    {
        var (form, invalid) = RecordCheckIn.ReadForm(json);

        Assert.Equal((true, hours), (form.AttendedMeeting, form.HoursSpent));
        Assert.Empty(invalid);
    }

    [Theory]
    [InlineData("""{"attendedMeeting":true,"hoursSpent":"a few"}""")]
    [InlineData("""{"attendedMeeting":true,"hoursSpent":-3}""")]
    [InlineData("""{"attendedMeeting":true,"hoursSpent":"NaN"}""")]
    [InlineData("""{"attendedMeeting":true,"hoursSpent":[3]}""")]
    public void ReadForm_UnreadableHours_ZeroAndNamedInvalidKeepingTheRest(string json)
    {
        var (form, invalid) = RecordCheckIn.ReadForm(json);

        Assert.Equal((true, 0d), (form.AttendedMeeting, form.HoursSpent));
        Assert.Equal(["hoursSpent"], invalid);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public void ReadForm_NoFormAtAll_EmptyFormAndHoursInvalid(string json)
    {
        var (form, invalid) = RecordCheckIn.ReadForm(json);

        Assert.Equal((false, 0d, null), (form.AttendedMeeting, form.HoursSpent, form.Successes));
        Assert.Contains("hoursSpent", invalid);
    }

    [Fact]
    public void ReadForm_WrongTypesForTextAndAttendance_NamesThemAndKeepsTheHours()
    {
        var (form, invalid) = RecordCheckIn.ReadForm("""{"attendedMeeting":"maybe","hoursSpent":3,"successes":42,"asks":"More time"}""");

        Assert.Equal((false, 3d, null, "More time"), (form.AttendedMeeting, form.HoursSpent, form.Successes, form.Asks));
        Assert.Equal(["attendedMeeting", "successes"], invalid);
    }

    [Fact]
    public void Assess_InvalidHours_NeitherExceededNorUnused()
    {
        var ambassador = new AmbassadorProgress("c1", "E005", "c1:journey:E005", AmbassadorStep.Active, DateTimeOffset.UnixEpoch, 1, null, null, null,
            [new CheckInRecord(1, true, 0, null, null, null, DateTimeOffset.UnixEpoch) { HoursInvalid = true }], null);

        Assert.Empty(AtRiskRules.Assess(ambassador, 1, 3));
        Assert.Equal([AtRiskRules.TimeBudgetUnused], AtRiskRules.Assess(ambassador with { CheckIns = [ambassador.CheckIns[0] with { HoursInvalid = false }] }, 1, 3));
    }
}
