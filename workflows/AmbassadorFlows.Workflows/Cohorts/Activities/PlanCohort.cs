using System.Globalization;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Records the plan and computes the cohort's calendar: the application deadline (HR's
/// date, or the programme's window), then a meeting a month (the programme's weekday and week, local time converted to UTC) starting at
/// least two weeks after the deadline, for every term the programme allows.</summary>
public sealed class PlanCohort : TaskActivity<PlanCohortInput, CohortPlan>
{
    /// <summary>Time between the deadline and the first meeting: selection, approvals, agreement.</summary>
    public static readonly TimeSpan OnboardingTime = TimeSpan.FromDays(14);

    private readonly IDirectory _directory;
    private readonly IApprovalStore _approvals;
    private readonly ICohortRegister? _cohorts;

    /// <param name="cohorts">The app's cohort list; absent where nothing lists cohorts (the dry run, workflow tests).</param>
    public PlanCohort(IDirectory directory, IApprovalStore approvals, ICohortRegister? cohorts = null)
    {
        _directory = directory;
        _approvals = approvals;
        _cohorts = cohorts;
    }

    public override async Task<CohortPlan> RunAsync(TaskActivityContext context, PlanCohortInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var hr = await _directory.GetEmployeeAsync(input.Request.HrOwnerId, CancellationToken.None)
            ?? throw new InvalidOperationException($"HR owner '{input.Request.HrOwnerId}' is not in the directory.");
        var programme = input.Programme;
        var deadline = input.Request.PostingDeadline is { } lastDay
            ? EndOfDay(lastDay, programme.Meetings.TimeZone)
            : input.Now.AddDays(programme.Posting.ApplicationWindowDays);
        var meetings = MeetingDates(programme.Meetings, deadline + OnboardingTime, programme.TermMonths * programme.MaxTerms);
        await _approvals.AppendAuditAsync(new AuditEntry(context.InstanceId, new DateTimeOffset(DateTime.SpecifyKind(input.Now, DateTimeKind.Utc)), hr.Id, "cohort planned",
            $"{programme.AgreementVersion}; applications until {deadline:yyyy-MM-dd}; {meetings.Count} meetings from {meetings[0]:yyyy-MM-dd}"), CancellationToken.None);
        if (_cohorts is not null)
        {
            var request = input.Request;
            await _cohorts.RecordCohortAsync(new CohortListing(context.InstanceId, request.ProgrammeId, request.ProgrammeVersion, request.HrOwnerId, new DateTimeOffset(DateTime.SpecifyKind(input.Now, DateTimeKind.Utc))), CancellationToken.None);
        }

        return new CohortPlan(Person.From(hr), deadline, meetings);
    }

    /// <summary>Midnight after <paramref name="lastDay"/> in the programme's zone, in UTC: "apply
    /// until Friday" then holds for the whole of Friday where the employees are.</summary>
    public static DateTime EndOfDay(DateOnly lastDay, string timeZone)
        => TimeZoneInfo.ConvertTimeToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), TimeZoneInfo.FindSystemTimeZoneById(timeZone));

    public static IReadOnlyList<DateTime> MeetingDates(MeetingCadence cadence, DateTime notBeforeUtc, int count)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(cadence.TimeZone);
        var time = TimeOnly.ParseExact(cadence.StartTime, "HH:mm", CultureInfo.InvariantCulture);
        var meetings = new List<DateTime>(count);
        var month = new DateOnly(notBeforeUtc.Year, notBeforeUtc.Month, 1);
        while (meetings.Count < count)
        {
            var date = MonthlyRecurrence.OccurrenceDate(month.Year, month.Month, cadence.DayOfWeek, cadence.WeekOfMonth);
            var utc = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), zone);
            if (utc >= notBeforeUtc)
            {
                meetings.Add(utc);
            }

            month = month.AddMonths(1);
        }

        return meetings;
    }
}

public sealed record PlanCohortInput(CohortRequest Request, ProgrammeDefinition Programme, DateTime Now);
