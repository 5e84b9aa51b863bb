using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Takes meetings out of the calendar: one occurrence nobody takes part in, or the rest of
/// the series once no journey is open. Both calendar calls are no-ops when repeated.</summary>
public sealed class CancelMeetings : TaskActivity<CancelMeetingsInput, bool>
{
    private readonly ICalendar _calendar;
    private readonly IApprovalStore _approvals;
    private readonly TimeProvider _time;

    public CancelMeetings(ICalendar calendar, IApprovalStore approvals, TimeProvider time)
    {
        _calendar = calendar;
        _approvals = approvals;
        _time = time;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, CancelMeetingsInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Date is { } date)
        {
            await _calendar.CancelOccurrenceAsync(input.SeriesId, date, CancellationToken.None);
        }
        else
        {
            await _calendar.CancelSeriesAsync(input.SeriesId, CancellationToken.None);
        }

        var what = input.Date is { } d ? $"meeting of {d:yyyy-MM-dd} cancelled" : "meeting series cancelled";
        await _approvals.AppendAuditAsync(new AuditEntry(context.InstanceId, _time.GetUtcNow(), "system", what, $"{input.SeriesId}: {input.Reason}"), CancellationToken.None);
        return true;
    }
}

/// <summary><see cref="Date"/> (UTC date of the meeting) cancels one occurrence; null the whole series.</summary>
public sealed record CancelMeetingsInput(string SeriesId, DateOnly? Date, string Reason);
