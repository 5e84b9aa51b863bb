using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Puts the cohort's monthly meetings, from this one to the last the programme allows, in
/// the calendar as one recurring series (Graph in Azure). Idempotent on the series id, so a retried
/// activity finds the series it created. Returns false when the programme's rule cannot be written
/// as a monthly series (e.g. a time just after midnight falls on another UTC date): the monthly
/// .ics invites then carry the meetings alone.</summary>
public sealed class ScheduleMeetingSeries : TaskActivity<MeetingSeriesInput, bool>
{
    private readonly ICalendar _calendar;
    private readonly IDirectory _directory;
    private readonly IApprovalStore _approvals;
    private readonly TimeProvider _time;

    public ScheduleMeetingSeries(ICalendar calendar, IDirectory directory, IApprovalStore approvals, TimeProvider time)
    {
        _calendar = calendar;
        _directory = directory;
        _approvals = approvals;
        _time = time;
    }

    /// <summary>One series per cohort; <see cref="CancelMeetings"/> finds it by this id.</summary>
    public static string SeriesIdFor(string cohortId) => $"{cohortId}:meetings";

    public override async Task<bool> RunAsync(TaskActivityContext context, MeetingSeriesInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var attendees = new List<EmailAddress>();
        foreach (var id in input.AttendeeIds)
        {
            if (await _directory.GetEmployeeAsync(id, CancellationToken.None) is { } employee)
            {
                attendees.Add(new EmailAddress(employee.Email, employee.DisplayName));
            }
        }

        var programme = input.Programme;
        // One event in HR's calendar that every ambassador sees: in the organiser's language when the programme has it.
        var language = programme.Languages.Contains(input.Hr.Language, StringComparer.OrdinalIgnoreCase) ? input.Hr.Language : programme.Languages[0];
        var series = new MeetingSeries(
            SeriesIdFor(input.CohortId),
            programme.Name.In(language),
            programme.Purpose.In(language),
            input.Hr.Address,
            attendees,
            new DateTimeOffset(DateTime.SpecifyKind(input.FirstStartUtc, DateTimeKind.Utc)),
            TimeSpan.FromMinutes(programme.Meetings.DurationMinutes),
            programme.Meetings.DayOfWeek,
            programme.Meetings.WeekOfMonth,
            input.Occurrences,
            programme.Meetings.Location,
            programme.Meetings.OnlineMeeting);
        try
        {
            MonthlyRecurrence.Validate(series);
        }
        catch (ArgumentException ex)
        {
            await AuditAsync(context, "meeting series not scheduled", ex.Message);
            return false;
        }

        var eventId = await _calendar.ScheduleSeriesAsync(series, CancellationToken.None);
        await AuditAsync(context, "meeting series scheduled", $"{series.SeriesId}: {series.Occurrences} meetings from {series.FirstStartUtc:yyyy-MM-dd}, {attendees.Count} ambassadors; calendar id {eventId}");
        return true;
    }

    private Task AuditAsync(TaskActivityContext context, string action, string details)
        => _approvals.AppendAuditAsync(new AuditEntry(context.InstanceId, _time.GetUtcNow(), "system", action, details), CancellationToken.None);
}

/// <summary>The series starts with the meeting at <see cref="FirstStartUtc"/> and has
/// <see cref="Occurrences"/> meetings; <see cref="AttendeeIds"/> are the ambassadors serving now.</summary>
public sealed record MeetingSeriesInput(string CohortId, ProgrammeDefinition Programme, Person Hr, DateTime FirstStartUtc, int Occurrences, IReadOnlyList<string> AttendeeIds);
