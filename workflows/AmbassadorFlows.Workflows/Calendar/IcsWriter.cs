using System.Security.Cryptography;
using System.Text;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Calendar;

/// <summary>Pure RFC 5545 / iTIP (RFC 5546) writer for meeting invites attached to emails.
/// Invites use METHOD:REQUEST; cancellations use METHOD:CANCEL with the same UID and a higher
/// SEQUENCE, which is what Outlook and Gmail use to match them to the original invite.</summary>
public static class IcsWriter
{
    /// <summary>MIME type for an attachment produced by <see cref="WriteMeeting"/> or <see cref="WriteSeries"/>.</summary>
    public const string RequestContentType = "text/calendar; method=REQUEST; charset=UTF-8";

    /// <summary>MIME type for an attachment produced by one of the cancel methods.</summary>
    public const string CancelContentType = "text/calendar; method=CANCEL; charset=UTF-8";

    private const string ProductId = "-//AmbassadorFlows//Ambassador Flows//EN";
    private const string UidDomain = "ambassadorflows";

    /// <summary>Invite for a single meeting.</summary>
    public static string WriteMeeting(IcsMeeting meeting, DateTimeOffset stamp, int sequence = 0)
        => WriteSingle(meeting, stamp, sequence, "REQUEST", "CONFIRMED");

    /// <summary>Invite for a monthly series: one VEVENT with an RRULE.</summary>
    public static string WriteSeries(MeetingSeries series, DateTimeOffset stamp, int sequence = 0)
        => WriteWholeSeries(series, stamp, sequence, "REQUEST", "CONFIRMED");

    /// <summary>Cancels a single meeting. <paramref name="sequence"/> must exceed the invite's.</summary>
    public static string WriteCancel(IcsMeeting meeting, DateTimeOffset stamp, int sequence = 1)
        => WriteSingle(meeting, stamp, sequence, "CANCEL", "CANCELLED");

    /// <summary>Cancels the whole series. <paramref name="sequence"/> must exceed the invite's.</summary>
    public static string WriteCancel(MeetingSeries series, DateTimeOffset stamp, int sequence = 1)
        => WriteWholeSeries(series, stamp, sequence, "CANCEL", "CANCELLED");

    private static string WriteSingle(IcsMeeting meeting, DateTimeOffset stamp, int sequence, string method, string status)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ValidateSingle(meeting);
        var w = Begin(method);
        Event(w, UidFor(meeting.MeetingId), stamp, sequence, meeting.StartUtc, meeting.Duration,
            meeting.Subject, meeting.Description, meeting.Location, meeting.Organizer, meeting.Attendees,
            status, rrule: null, recurrenceId: null);
        return End(w);
    }

    private static string WriteWholeSeries(MeetingSeries series, DateTimeOffset stamp, int sequence, string method, string status)
    {
        ArgumentNullException.ThrowIfNull(series);
        var rrule = MonthlyRecurrence.ToRRule(series);
        var w = Begin(method);
        Event(w, UidFor(series.SeriesId), stamp, sequence, series.FirstStartUtc, series.Duration,
            series.Subject, series.Description, series.Location, series.Organizer, series.Attendees,
            status, rrule, recurrenceId: null);
        return End(w);
    }

    /// <summary>Cancels the occurrence of the series on <paramref name="date"/> (UTC date), identified
    /// by RECURRENCE-ID. Throws when the series has no occurrence that day.</summary>
    public static string WriteCancel(MeetingSeries series, DateOnly date, DateTimeOffset stamp, int sequence = 1)
    {
        ArgumentNullException.ThrowIfNull(series);
        var start = MonthlyRecurrence.OccurrenceOn(series, date)
            ?? throw new ArgumentException($"Series '{series.SeriesId}' has no occurrence on {date:yyyy-MM-dd}.", nameof(date));
        var w = Begin("CANCEL");
        Event(w, UidFor(series.SeriesId), stamp, sequence, start, series.Duration,
            series.Subject, series.Description, series.Location, series.Organizer, series.Attendees,
            status: "CANCELLED", rrule: null, recurrenceId: start);
        return End(w);
    }

    /// <summary>The UID used for a meeting or series id: the id itself when it is plain ASCII,
    /// otherwise a hash of it, so the UID is stable and needs no escaping.</summary>
    public static string UidFor(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var plain = id.Length <= 200 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        var local = plain ? id : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
        return local + "@" + UidDomain;
    }

    private static void ValidateSingle(IcsMeeting meeting)
    {
        if (meeting.Duration <= TimeSpan.Zero)
        {
            throw new ArgumentException("Duration must be positive.", nameof(meeting));
        }
    }

    private static IcsContentWriter Begin(string method)
    {
        var w = new IcsContentWriter();
        w.Line("BEGIN", "VCALENDAR");
        w.Line("PRODID", ProductId);
        w.Line("VERSION", "2.0");
        w.Line("CALSCALE", "GREGORIAN");
        w.Line("METHOD", method);
        return w;
    }

    private static string End(IcsContentWriter w)
    {
        w.Line("END", "VCALENDAR");
        return w.ToString();
    }

    private static void Event(
        IcsContentWriter w,
        string uid,
        DateTimeOffset stamp,
        int sequence,
        DateTimeOffset start,
        TimeSpan duration,
        string subject,
        string description,
        string? location,
        EmailAddress organizer,
        IReadOnlyList<EmailAddress> attendees,
        string status,
        string? rrule,
        DateTimeOffset? recurrenceId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentNullException.ThrowIfNull(organizer);
        ArgumentNullException.ThrowIfNull(attendees);
        w.Line("BEGIN", "VEVENT");
        w.Line("UID", uid);
        w.DateTime("DTSTAMP", stamp);
        if (recurrenceId is { } rid)
        {
            w.DateTime("RECURRENCE-ID", rid);
        }

        w.DateTime("DTSTART", start);
        w.DateTime("DTEND", start + duration);
        if (rrule is not null)
        {
            w.Line("RRULE", rrule);
        }

        w.Line("SEQUENCE", sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.Text("SUMMARY", subject);
        w.Text("DESCRIPTION", description);
        if (!string.IsNullOrWhiteSpace(location))
        {
            w.Text("LOCATION", location);
        }

        w.Line("ORGANIZER" + CommonName(organizer), MailTo(organizer));
        foreach (var attendee in attendees)
        {
            w.Line(
                "ATTENDEE" + CommonName(attendee) + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE",
                MailTo(attendee));
        }

        w.Line("STATUS", status);
        w.Line("TRANSP", "OPAQUE");
        w.Line("END", "VEVENT");
    }

    private static string CommonName(EmailAddress address) =>
        string.IsNullOrWhiteSpace(address.DisplayName) ? string.Empty : ";CN=" + IcsContentWriter.QuoteParameter(address.DisplayName);

    private static string MailTo(EmailAddress address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address.Address);
        return "mailto:" + address.Address.Trim();
    }
}
