using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Shared.Activities;

/// <summary>Writes one line to the calling instance's audit trail, for what an orchestrator decides
/// on its own (e.g. setting aside an unreadable answer); orchestrators do no I/O themselves.</summary>
public sealed class RecordAudit : TaskActivity<AuditNote, bool>
{
    private readonly IApprovalStore _approvals;
    private readonly TimeProvider _time;

    public RecordAudit(IApprovalStore approvals, TimeProvider time)
    {
        _approvals = approvals;
        _time = time;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, AuditNote input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await _approvals.AppendAuditAsync(new AuditEntry(context.InstanceId, _time.GetUtcNow(), "system", input.Action, input.Details), CancellationToken.None);
        return true;
    }
}

public sealed record AuditNote(string Action, string Details);
