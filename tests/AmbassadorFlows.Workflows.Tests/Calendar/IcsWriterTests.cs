using System.Text;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Calendar;

public class IcsWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 1, 2, 8, 30, 0, TimeSpan.Zero);

    // 29 Jan 2026 is the last Thursday of January; 17:00 at +01:00 is 16:00 UTC.
    private static MeetingSeries Series(string id = "cohort-42-monthly", int week = 5) => new(
        id,
        "Ambassador monthly meeting",
        "Agenda: successes, challenges; asks.\nBring one story, please.",
        new EmailAddress("hr@contoso.com", "HR Programme \"Owner\""),
        [new EmailAddress("ann@contoso.com", "Ann, Smith"), new EmailAddress("bo@contoso.com")],
        new DateTimeOffset(2026, 1, 29, 17, 0, 0, TimeSpan.FromHours(1)),
        TimeSpan.FromMinutes(45),
        DayOfWeek.Thursday,
        week,
        6,
        "Teams");

    [Fact]
    public void WriteSeries_LastThursday_HasRequiredCalendarAndEventFields()
    {
        var props = IcsTestParser.Parse(IcsWriter.WriteSeries(Series(), Stamp, sequence: 2));

        Assert.Equal("VCALENDAR", props[0] is { Name: "BEGIN" } p ? p.Value : null);
        Assert.Equal("REQUEST", Single(props, "METHOD").Value);
        Assert.Equal("2.0", Single(props, "VERSION").Value);
        Assert.NotEmpty(Single(props, "PRODID").Value);
        Assert.Equal("cohort-42-monthly@ambassadorflows", Single(props, "UID").Value);
        Assert.Equal("20260102T083000Z", Single(props, "DTSTAMP").Value);
        Assert.Equal("20260129T160000Z", Single(props, "DTSTART").Value);
        Assert.Equal("20260129T164500Z", Single(props, "DTEND").Value);
        Assert.Equal("2", Single(props, "SEQUENCE").Value);
        Assert.Equal("FREQ=MONTHLY;BYDAY=-1TH;COUNT=6", Single(props, "RRULE").Value);
        Assert.Equal("Ambassador monthly meeting", IcsTestParser.Unescape(Single(props, "SUMMARY").Value));
        Assert.Equal("Teams", Single(props, "LOCATION").Value);
        Assert.Equal("CONFIRMED", Single(props, "STATUS").Value);
        Assert.Equal("END", props[^1].Name);
        Assert.Equal("VCALENDAR", props[^1].Value);
        Assert.Equal(1, props.Count(x => x is { Name: "BEGIN", Value: "VEVENT" }));
        Assert.Equal(1, props.Count(x => x is { Name: "END", Value: "VEVENT" }));
    }

    [Fact]
    public void WriteSeries_OrganizerAndAttendees_AreMailtoWithRsvpAndNeedsAction()
    {
        var props = IcsTestParser.Parse(IcsWriter.WriteSeries(Series(), Stamp));

        var organizer = Single(props, "ORGANIZER");
        Assert.Equal("mailto:hr@contoso.com", organizer.Value);
        Assert.Equal("HR Programme 'Owner'", organizer.Parameters["CN"]);
        var attendees = props.Where(x => x.Name == "ATTENDEE").ToList();
        Assert.Equal(["mailto:ann@contoso.com", "mailto:bo@contoso.com"], attendees.Select(a => a.Value));
        Assert.Equal("Ann, Smith", attendees[0].Parameters["CN"]);
        Assert.False(attendees[1].Parameters.ContainsKey("CN"));
        Assert.All(attendees, a =>
        {
            Assert.Equal("TRUE", a.Parameters["RSVP"]);
            Assert.Equal("NEEDS-ACTION", a.Parameters["PARTSTAT"]);
            Assert.Equal("REQ-PARTICIPANT", a.Parameters["ROLE"]);
        });
    }

    [Theory]
    [InlineData(1, "1TH")]
    [InlineData(2, "2TH")]
    [InlineData(4, "4TH")]
    public void WriteSeries_NthWeekday_RRuleHasThatWeek(int week, string byDay)
    {
        var first = MonthlyRecurrence.OccurrenceDate(2026, 3, DayOfWeek.Thursday, week);
        var series = Series(week: week) with
        {
            FirstStartUtc = new DateTimeOffset(first.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
        };

        var props = IcsTestParser.Parse(IcsWriter.WriteSeries(series, Stamp));

        Assert.Equal($"FREQ=MONTHLY;BYDAY={byDay};COUNT=6", Single(props, "RRULE").Value);
    }

    [Fact]
    public void WriteSeries_Description_IsEscapedAndRoundTrips()
    {
        var series = Series();

        var props = IcsTestParser.Parse(IcsWriter.WriteSeries(series, Stamp));

        var raw = Single(props, "DESCRIPTION").Value;
        Assert.Contains(@"successes\, challenges\; asks.\nBring", raw, StringComparison.Ordinal);
        Assert.Equal(series.Description, IcsTestParser.Unescape(raw));
    }

    [Fact]
    public void WriteMeeting_LongUnicodeText_FoldsAt75OctetsWithCrlfAndRoundTrips()
    {
        var description = string.Concat(Enumerable.Repeat("Velkommen til møde — ambassadør 🎉, ", 12));
        var meeting = new IcsMeeting(
            "kickoff-1",
            "Kick-off",
            description,
            new EmailAddress("hr@contoso.com"),
            [new EmailAddress("ann@contoso.com")],
            new DateTimeOffset(2026, 2, 3, 10, 0, 0, TimeSpan.Zero),
            TimeSpan.FromHours(1));

        var ics = IcsWriter.WriteMeeting(meeting, Stamp);

        Assert.DoesNotContain('\n', ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        var physical = ics.Split("\r\n");
        Assert.All(physical, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.Contains(physical, line => line.StartsWith(' '));
        // Every physical line is valid UTF-8 on its own: no multi-octet character was split.
        Assert.All(physical, line => Assert.DoesNotContain('\uFFFD', line));
        var props = IcsTestParser.Parse(ics);
        Assert.Equal(description, IcsTestParser.Unescape(Single(props, "DESCRIPTION").Value));
        Assert.Null(props.FirstOrDefault(p => p.Name == "RRULE"));
        Assert.Equal("20260203T100000Z", Single(props, "DTSTART").Value);
        Assert.Equal("20260203T110000Z", Single(props, "DTEND").Value);
    }

    [Fact]
    public void WriteSeries_SameSeriesTwice_SameUidAndOtherSeriesDiffers()
    {
        var a = Single(IcsTestParser.Parse(IcsWriter.WriteSeries(Series(), Stamp)), "UID").Value;
        var again = Single(IcsTestParser.Parse(IcsWriter.WriteSeries(Series(), Stamp.AddDays(1), 1)), "UID").Value;
        var other = Single(IcsTestParser.Parse(IcsWriter.WriteSeries(Series("cohort-43-monthly"), Stamp)), "UID").Value;

        Assert.Equal(a, again);
        Assert.NotEqual(a, other);
    }

    [Fact]
    public void UidFor_IdWithSpecialCharacters_IsHashedAndStable()
    {
        var uid = IcsWriter.UidFor("cohort 42/ä;x");

        Assert.Equal(uid, IcsWriter.UidFor("cohort 42/ä;x"));
        Assert.Matches("^[0-9a-f]{64}@ambassadorflows$", uid);
    }

    [Fact]
    public void WriteCancel_Occurrence_HasMethodCancelRecurrenceIdAndHigherSequence()
    {
        var props = IcsTestParser.Parse(IcsWriter.WriteCancel(Series(), new DateOnly(2026, 3, 26), Stamp, sequence: 3));

        Assert.Equal("CANCEL", Single(props, "METHOD").Value);
        Assert.Equal("cohort-42-monthly@ambassadorflows", Single(props, "UID").Value);
        Assert.Equal("20260326T160000Z", Single(props, "RECURRENCE-ID").Value);
        Assert.Equal("20260326T160000Z", Single(props, "DTSTART").Value);
        Assert.Equal("CANCELLED", Single(props, "STATUS").Value);
        Assert.Equal("3", Single(props, "SEQUENCE").Value);
        Assert.Null(props.FirstOrDefault(p => p.Name == "RRULE"));
        Assert.Equal(2, props.Count(p => p.Name == "ATTENDEE"));
    }

    [Fact]
    public void WriteCancel_Series_HasMethodCancelSameUidAndNoRecurrenceId()
    {
        var props = IcsTestParser.Parse(IcsWriter.WriteCancel(Series(), Stamp));

        Assert.Equal("CANCEL", Single(props, "METHOD").Value);
        Assert.Equal("CANCELLED", Single(props, "STATUS").Value);
        Assert.Equal("cohort-42-monthly@ambassadorflows", Single(props, "UID").Value);
        Assert.Equal("1", Single(props, "SEQUENCE").Value);
        Assert.Null(props.FirstOrDefault(p => p.Name == "RECURRENCE-ID"));
    }

    [Fact]
    public void WriteCancel_DateWithoutOccurrence_Throws()
    {
        Assert.Throws<ArgumentException>(() => IcsWriter.WriteCancel(Series(), new DateOnly(2026, 3, 19), Stamp));
    }

    [Fact]
    public void WriteSeries_FirstStartNotAnOccurrence_Throws()
    {
        var series = Series() with { FirstStartUtc = new DateTimeOffset(2026, 1, 22, 16, 0, 0, TimeSpan.Zero) };

        var ex = Assert.Throws<ArgumentException>(() => IcsWriter.WriteSeries(series, Stamp));
        Assert.Contains("2026-01-29", ex.Message, StringComparison.Ordinal);
    }

    private static IcsProperty Single(IReadOnlyList<IcsProperty> props, string name) =>
        Assert.Single(props, p => p.Name == name);
}
