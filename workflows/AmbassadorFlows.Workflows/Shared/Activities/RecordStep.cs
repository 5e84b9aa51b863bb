using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Shared.Activities;

/// <summary>Moves an ambassador to a new step in the read model and the audit trail.</summary>
public sealed class RecordStep : TaskActivity<AmbassadorStepChange, bool>
{
    private readonly ICohortProgress _progress;
    private readonly IApprovalStore _approvals;

    public RecordStep(ICohortProgress progress, IApprovalStore approvals)
    {
        _progress = progress;
        _approvals = approvals;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, AmbassadorStepChange input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await _progress.RecordStepAsync(input, CancellationToken.None);
        var details = input.Outcome is null ? $"term {input.Term}" : $"term {input.Term}, outcome {input.Outcome}";
        await _approvals.AppendAuditAsync(new AuditEntry(input.JourneyInstanceId, input.At, "system", $"step {input.Step}", details), CancellationToken.None);
        return true;
    }
}
