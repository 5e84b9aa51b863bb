using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Closes the apply links still open when HR closed the posting early, so a late click reads
/// "closed" rather than recording an application nobody will look at. Closing twice is harmless.</summary>
public sealed class ClosePostingLinks : TaskActivity<ClosePostingLinksInput, int>
{
    private readonly IApprovalStore _approvals;
    private readonly TimeProvider _time;

    public ClosePostingLinks(IApprovalStore approvals, TimeProvider time)
    {
        _approvals = approvals;
        _time = time;
    }

    public override async Task<int> RunAsync(TaskActivityContext context, ClosePostingLinksInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var now = _time.GetUtcNow();

        // The prefix also finds the cohort's journeys (and a cohort "c10" for "c1"): the exact instance and kind decide.
        var open = (await _approvals.ListPendingAsync(context.InstanceId, CancellationToken.None))
            .Where(a => a.InstanceId == context.InstanceId && a.EventName == CohortEvents.Application)
            .ToList();
        foreach (var approval in open)
        {
            await _approvals.CloseAsync(approval.ApprovalId, "posting closed early", now, CancellationToken.None);
        }

        await _approvals.AppendAuditAsync(new AuditEntry(context.InstanceId, now, input.ClosedBy, "posting closed early", $"{open.Count} apply links closed"), CancellationToken.None);
        return open.Count;
    }
}

/// <param name="ClosedBy">Who closed the posting (the signed-in HR user), for the audit.</param>
public sealed record ClosePostingLinksInput(string ClosedBy);
