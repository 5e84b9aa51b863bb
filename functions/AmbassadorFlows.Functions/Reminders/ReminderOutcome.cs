using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Reminders;

/// <summary>Where a request stands for a reminder, and what a click did.</summary>
public enum ReminderState
{
    /// <summary>Open: a reminder may be sent (what the GET page offers).</summary>
    Ready,

    /// <summary>This click sent one.</summary>
    Sent,

    /// <summary>One went out earlier the same day; nothing was sent again.</summary>
    AlreadySentToday,
    NotFound,

    /// <summary>Not a manager's approval: that request sends its own reminders, or is HR's.</summary>
    NotRemindable,
    Answered,

    /// <summary>Closed, past its deadline, or its journey no longer runs.</summary>
    Closed,
}

/// <summary>The request as the reminder page shows it. Times are said in <see cref="Zone"/> (the
/// programme's), the zone whose day limits reminders to one.</summary>
public sealed record ReminderView(
    PendingApproval Approval,
    string AssigneeName,
    string AboutEmployeeId,
    string About,
    string CohortId,
    TimeZoneInfo Zone);

/// <param name="SentAt">When the day's reminder went out (this click's, or the earlier one's when known).</param>
/// <param name="NextFrom">When the next reminder can be sent: the start of the next day in <see cref="ReminderView.Zone"/>.</param>
/// <param name="Language">The language the reminder was written in (the assignee's, as the programme has it).</param>
public sealed record ReminderOutcome(ReminderState State, ReminderView? View = null, DateTimeOffset? SentAt = null, DateTimeOffset? NextFrom = null, string? Language = null);
