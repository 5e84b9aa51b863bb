using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Calendar;

public class MonthlyRecurrenceTests
{
    [Theory]
    [InlineData(2026, 1, DayOfWeek.Thursday, 5, 29)] // last Thursday
    [InlineData(2026, 4, DayOfWeek.Thursday, 5, 30)] // last Thursday on the month's last day
    [InlineData(2026, 1, DayOfWeek.Thursday, 1, 1)]  // first Thursday on the 1st
    [InlineData(2026, 2, DayOfWeek.Tuesday, 2, 10)]
    [InlineData(2026, 10, DayOfWeek.Friday, 4, 23)]
    public void OccurrenceDate_WeekOfMonth_IsThatWeekday(int year, int month, DayOfWeek day, int week, int expectedDay)
    {
        Assert.Equal(new DateOnly(year, month, expectedDay), MonthlyRecurrence.OccurrenceDate(year, month, day, week));
    }

    [Fact]
    public void Occurrences_LastThursdayFourTimes_FollowsMonthsAtSameUtcTime()
    {
        var series = new MeetingSeries(
            "s", "x", "y", new EmailAddress("o@c.com"), [],
            new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1),
            DayOfWeek.Thursday, 5, 4);

        var starts = MonthlyRecurrence.Occurrences(series);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 12, 31, 15, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 1, 28, 15, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 2, 25, 15, 0, 0, TimeSpan.Zero),
            ],
            starts);
    }
}
