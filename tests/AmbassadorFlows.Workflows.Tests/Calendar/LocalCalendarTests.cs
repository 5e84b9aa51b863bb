using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Calendar;

public sealed class LocalCalendarTests
{
    private static readonly MeetingSeries Series = new(
        "c1:meetings", "Mobility ambassadors", "Monthly meeting", new EmailAddress("hr@example.org"), [new EmailAddress("a@example.org")],
        new DateTimeOffset(2026, 3, 5, 11, 30, 0, TimeSpan.Zero), TimeSpan.FromHours(1), DayOfWeek.Thursday, 1, 12);

    [Fact]
    public async Task ScheduleSeries_Twice_RecordsOneSeriesUnderItsId()
    {
        var calendar = new LocalCalendar();

        var first = await calendar.ScheduleSeriesAsync(Series);
        var second = await calendar.ScheduleSeriesAsync(Series with { Occurrences = 3 });

        Assert.Equal(first, second);
        Assert.Equal(12, Assert.Single(calendar.Series).Meeting.Occurrences);
    }

    [Fact]
    public async Task Cancel_OccurrenceAndSeries_AreRecordedAndUnknownIdsIgnored()
    {
        var calendar = new LocalCalendar();
        await calendar.ScheduleSeriesAsync(Series);

        await calendar.CancelOccurrenceAsync(Series.SeriesId, new DateOnly(2026, 4, 2));
        await calendar.CancelSeriesAsync(Series.SeriesId);
        await calendar.CancelSeriesAsync("unknown");

        var recorded = Assert.Single(calendar.Series);
        Assert.Equal([new DateOnly(2026, 4, 2)], recorded.CancelledDates.Keys);
        Assert.True(recorded.Cancelled);
    }

    [Fact]
    public async Task ScheduleSeries_FirstStartNotAnOccurrence_Throws()
        => await Assert.ThrowsAsync<ArgumentException>(() => new LocalCalendar().ScheduleSeriesAsync(Series with { FirstStartUtc = Series.FirstStartUtc.AddDays(1) }));
}
