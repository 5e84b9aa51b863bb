using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Journeys.Activities;

/// <summary>The end of every journey: closes links still open (a late click then says "closed"),
/// records the outcome (alumni after a withdrawal) and schedules erasure per the programme's
/// retention.</summary>
public sealed class CloseJourney : TaskActivity<CloseJourneyInput, bool>
{
    private readonly ICohortProgress _progress;
    private readonly IApprovalStore _approvals;

    public CloseJourney(ICohortProgress progress, IApprovalStore approvals)
    {
        _progress = progress;
        _approvals = approvals;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, CloseJourneyInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var ended = input.Ended;
        foreach (var open in await _approvals.ListPendingAsync(ended.JourneyInstanceId, CancellationToken.None))
        {
            // The prefix also matches E1 → E10; only this instance's approvals are ours to close.
            if (open.InstanceId == ended.JourneyInstanceId)
            {
                await _approvals.CloseAsync(open.ApprovalId, $"journey ended: {ended.Outcome}", ended.At, CancellationToken.None);
            }
        }

        await _progress.RecordStepAsync(ended, CancellationToken.None);
        await _progress.ScheduleErasureAsync(ended.CohortId, ended.EmployeeId, ended.At.AddDays(input.RetentionDays), CancellationToken.None);
        await _approvals.AppendAuditAsync(new AuditEntry(ended.JourneyInstanceId, ended.At, "system", "journey ended",
            $"outcome {ended.Outcome}; agreement {ended.AgreementVersion ?? "none"}; personal data kept {input.RetentionDays} days"), CancellationToken.None);
        return true;
    }
}

public sealed record CloseJourneyInput(AmbassadorStepChange Ended, int RetentionDays);
