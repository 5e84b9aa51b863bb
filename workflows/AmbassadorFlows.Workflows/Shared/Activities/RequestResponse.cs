using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Shared.Activities;

/// <summary>Records a pending approval and emails the person their link. Safe to run twice: the
/// approval id is deterministic (made by the orchestrator), the store keeps the first approval of
/// an id and the email's key comes from the approval id.</summary>
public sealed class RequestResponse : TaskActivity<ResponseRequest, string>
{
    private readonly IApprovalStore _approvals;
    private readonly ApprovalMailer _mailer;
    private readonly TimeProvider _time;

    public RequestResponse(IApprovalStore approvals, ApprovalMailer mailer, TimeProvider time)
    {
        _approvals = approvals;
        _mailer = mailer;
        _time = time;
    }

    public override async Task<string> RunAsync(TaskActivityContext context, ResponseRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var instanceId = input.InstanceId ?? context.InstanceId;
        var approval = await _mailer.SendAsync(
            new PendingApproval(input.ApprovalId, instanceId, input.EventName, input.Kind, input.Assignee.EmployeeId,
                input.Assignee.Email, input.Options, _time.GetUtcNow(), new DateTimeOffset(DateTime.SpecifyKind(input.ExpiresAt, DateTimeKind.Utc)))
            {
                DetailsJson = input.DetailsJson,
            },
            IdempotencyKeys.Request(input.ApprovalId), input.Assignee, input.Template, input.Model, CancellationToken.None);
        await _approvals.AppendAuditAsync(new AuditEntry(instanceId, _time.GetUtcNow(), "system", $"requested {input.Kind}", $"{input.ApprovalId} from {input.Assignee.EmployeeId}"), CancellationToken.None);
        return approval.ApprovalId;
    }
}
