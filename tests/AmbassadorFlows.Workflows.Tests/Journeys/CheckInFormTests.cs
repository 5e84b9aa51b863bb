using AmbassadorFlows.Workflows.Journeys.Activities;

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
    public void ReadForm_NoTimeTicked_RecordsIt()
    {
        var (form, invalid) = RecordCheckIn.ReadForm("""{"attendedMeeting":false,"hoursSpent":0,"noTime":true}""");

        Assert.True(form.NoTime);
        Assert.Empty(invalid);
    }

    [Fact]
    public void ReadForm_NoTimeAbsentOrUnreadable_IsFalseAndNamesAnUnreadableOne()
    {
        Assert.False(RecordCheckIn.ReadForm("""{"attendedMeeting":true,"hoursSpent":2}""").Form.NoTime);
        var (form, invalid) = RecordCheckIn.ReadForm("""{"attendedMeeting":true,"hoursSpent":2,"noTime":"perhaps"}""");

        Assert.False(form.NoTime);
        Assert.Equal(["noTime"], invalid);
    }
}
