namespace AmbassadorFlows.Workflows.Ports;

/// <summary>Meetings of a cohort. Local default: .ics invites sent by email. Azure: Graph events.</summary>
public interface ICalendar
{
    /// <summary>Creates (or, for the same <see cref="MeetingSeries.SeriesId"/>, returns) a monthly
    /// recurring meeting. Idempotent on the series id.</summary>
    Task<string> ScheduleSeriesAsync(MeetingSeries series, CancellationToken cancellationToken = default);

    Task CancelOccurrenceAsync(string seriesId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>Moves the occurrence planned on <paramref name="date"/> (UTC) to start at
    /// <paramref name="newStartUtc"/>, keeping its length. Repeating it changes nothing.</summary>
    Task MoveOccurrenceAsync(string seriesId, DateOnly date, DateTimeOffset newStartUtc, CancellationToken cancellationToken = default);

    Task CancelSeriesAsync(string seriesId, CancellationToken cancellationToken = default);
}

/// <summary>A monthly meeting on the <see cref="WeekOfMonth"/>-th <see cref="DayOfWeek"/>
/// (WeekOfMonth 5 = last), <see cref="Occurrences"/> times, starting with <see cref="FirstStartUtc"/>.</summary>
public sealed record MeetingSeries(
    string SeriesId,
    string Subject,
    string Description,
    EmailAddress Organizer,
    IReadOnlyList<EmailAddress> Attendees,
    DateTimeOffset FirstStartUtc,
    TimeSpan Duration,
    DayOfWeek DayOfWeek,
    int WeekOfMonth,
    int Occurrences,
    string? Location = null,
    bool OnlineMeeting = false);
