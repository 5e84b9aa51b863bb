using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Tests.Personal;

/// <summary>The personal page's next meeting: the programme's rhythm (first Thursday, 12:00 in
/// Brussels), or, for a cohort that carries its calendar, the meeting as HR left it.</summary>
public sealed class NextMeetingTests
{
    private static readonly MeetingCadence Rhythm = new();
    private static readonly DateTimeOffset Now = new(2026, 4, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TermStart = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TermEnd = new(2026, 9, 30, 0, 0, 0, TimeSpan.Zero);

    // First Thursdays of April, May and June 2026 at 12:00 CEST.
    private static readonly DateTime April = new(2026, 4, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime May = new(2026, 5, 7, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime June = new(2026, 6, 4, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NextMeeting_NoCalendar_IsTheRhythmsNextMeeting()
        => Assert.Equal(new DateTimeOffset(May), PersonalPageReader.NextMeeting(Rhythm, null, Now, TermStart, TermEnd));

    [Fact]
    public void NextMeeting_NextMeetingMoved_IsItsNewTime()
    {
        var moved = May.AddDays(6).AddHours(4);
        var calendar = Calendar(new MeetingSlot(1, April, April, 0), new MeetingSlot(2, May, moved, 1), new MeetingSlot(3, June, June, 0));

        Assert.Equal(new DateTimeOffset(moved), PersonalPageReader.NextMeeting(Rhythm, calendar, Now, TermStart, TermEnd));
    }

    [Fact]
    public void NextMeeting_NextMeetingCancelled_IsTheOneAfter()
    {
        var calendar = Calendar(new MeetingSlot(1, April, April, 0), new MeetingSlot(2, May, null, 1), new MeetingSlot(3, June, June, 0));

        Assert.Equal(new DateTimeOffset(June), PersonalPageReader.NextMeeting(Rhythm, calendar, Now, TermStart, TermEnd));
    }

    [Fact]
    public void NextMeeting_CalendarAllHeld_FollowsTheRhythmAfterItsLastMeeting()
    {
        var calendar = Calendar(new MeetingSlot(1, April, April, 0));

        Assert.Equal(new DateTimeOffset(May), PersonalPageReader.NextMeeting(Rhythm, calendar, Now, TermStart, TermEnd));
    }

    [Fact]
    public void NextMeeting_NextMeetingAfterTheTermsEnd_IsNone()
    {
        var calendar = Calendar(new MeetingSlot(1, April, April, 0), new MeetingSlot(2, May, May, 0));

        Assert.Null(PersonalPageReader.NextMeeting(Rhythm, calendar, Now, TermStart, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    private static CohortCalendarStatus Calendar(params MeetingSlot[] meetings) => new("E001", meetings);
}
