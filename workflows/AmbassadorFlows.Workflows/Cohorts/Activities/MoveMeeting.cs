using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Moves one occurrence of the cohort's calendar series to where HR moved that month's
/// meeting (orchestration version 4). The calendar call is a no-op when repeated; the audit line of
/// the change is written with its emails (<see cref="SendMeetingChange"/>).</summary>
public sealed class MoveMeeting(ICalendar calendar) : TaskActivity<MoveMeetingInput, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, MoveMeetingInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await calendar.MoveOccurrenceAsync(input.SeriesId, input.PlannedDate, new DateTimeOffset(DateTime.SpecifyKind(input.NewStartUtc, DateTimeKind.Utc)), CancellationToken.None);
        return true;
    }
}

/// <param name="PlannedDate">The occurrence's date in the series (UTC), as the plan put it.</param>
public sealed record MoveMeetingInput(string SeriesId, DateOnly PlannedDate, DateTime NewStartUtc);
