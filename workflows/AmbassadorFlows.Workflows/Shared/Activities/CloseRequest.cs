using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Shared.Activities;

/// <summary>Closes approvals nobody answered in time (or that another answer superseded), so a
/// late click gets "closed" instead of an event the orchestration no longer waits for.</summary>
public sealed class CloseRequest : TaskActivity<CloseRequestInput, bool>
{
    private readonly IApprovalStore _approvals;
    private readonly TimeProvider _time;

    public CloseRequest(IApprovalStore approvals, TimeProvider time)
    {
        _approvals = approvals;
        _time = time;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, CloseRequestInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        foreach (var approvalId in input.ApprovalIds)
        {
            await _approvals.CloseAsync(approvalId, input.Reason, _time.GetUtcNow(), CancellationToken.None);
        }

        await _approvals.AppendAuditAsync(new AuditEntry(context.InstanceId, _time.GetUtcNow(), "system", "closed", $"{string.Join(", ", input.ApprovalIds)}: {input.Reason}"), CancellationToken.None);
        return true;
    }
}

public sealed record CloseRequestInput(IReadOnlyList<string> ApprovalIds, string Reason);
