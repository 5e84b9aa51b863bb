using System.Text.Json;
using AmbassadorFlows.Durable;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Journeys.Activities;

/// <summary>Stores a monthly check-in (attendance, hours, successes, challenges, asks). The month
/// comes from the pending approval the form answered, not from the form.</summary>
public sealed class RecordCheckIn : TaskActivity<CheckInSubmission, bool>
{
    private readonly ICohortProgress _progress;
    private readonly IApprovalStore _approvals;

    public RecordCheckIn(ICohortProgress progress, IApprovalStore approvals)
    {
        _progress = progress;
        _approvals = approvals;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, CheckInSubmission input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var approval = await _approvals.GetAsync(input.Response.ApprovalId, context.CancellationToken);
        var month = approval?.DetailsJson is { } details
            ? JsonSerializer.Deserialize<CheckInDetails>(details, JsonDataConverter.DefaultOptions)?.Month ?? 0
            : 0;
        var form = input.Response.ReadData<CheckInForm>() ?? new CheckInForm(AttendedMeeting: false, HoursSpent: 0);
        await _progress.RecordCheckInAsync(input.CohortId, input.EmployeeId, new CheckInRecord(
            month, form.AttendedMeeting, form.HoursSpent, form.Successes, form.Challenges, form.Asks, input.Response.DecidedAt), context.CancellationToken);
        return true;
    }
}

public sealed record CheckInSubmission(string CohortId, string EmployeeId, HumanResponse Response);

/// <summary>The details of a check-in request: which month it is about.</summary>
public sealed record CheckInDetails(int Month, DateTime MeetingStart);
