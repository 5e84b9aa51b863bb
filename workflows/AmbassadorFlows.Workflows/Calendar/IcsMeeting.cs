using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Calendar;

/// <summary>A single (non-recurring) meeting for an .ics invite. <see cref="MeetingId"/> must be
/// stable for the meeting: updates and cancellations reuse it so calendars match them up.</summary>
public sealed record IcsMeeting(
    string MeetingId,
    string Subject,
    string Description,
    EmailAddress Organizer,
    IReadOnlyList<EmailAddress> Attendees,
    DateTimeOffset StartUtc,
    TimeSpan Duration,
    string? Location = null);
