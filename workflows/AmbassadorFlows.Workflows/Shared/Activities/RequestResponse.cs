using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
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
    private readonly AgreementCopy? _agreement;

    /// <param name="agreement">Adds the accepted agreement to the welcome email; without it the welcome goes without the copy.</param>
    public RequestResponse(IApprovalStore approvals, ApprovalMailer mailer, TimeProvider time, AgreementCopy? agreement = null)
    {
        _approvals = approvals;
        _mailer = mailer;
        _time = time;
        _agreement = agreement;
    }

    public override async Task<string> RunAsync(TaskActivityContext context, ResponseRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var instanceId = input.InstanceId ?? context.InstanceId;
        // The welcome follows the acceptance: it carries the ambassador's copy of the agreement.
        var model = input.Template == MessageTemplates.Welcome && _agreement is not null
            ? await _agreement.AddToAsync(input.Model, instanceId, CancellationToken.None)
            : input.Model;
        var approval = await _mailer.SendAsync(
            new PendingApproval(input.ApprovalId, instanceId, input.EventName, input.Kind, input.Assignee.EmployeeId,
                input.Assignee.Email, input.Options, _time.GetUtcNow(), new DateTimeOffset(DateTime.SpecifyKind(input.ExpiresAt, DateTimeKind.Utc)))
            {
                DetailsJson = input.DetailsJson,
            },
            IdempotencyKeys.Request(input.ApprovalId), input.Assignee, input.Template, model, CancellationToken.None);
        await _approvals.AppendAuditAsync(new AuditEntry(instanceId, _time.GetUtcNow(), "system", $"requested {input.Kind}", $"{input.ApprovalId} from {input.Assignee.EmployeeId}"), CancellationToken.None);
        return approval.ApprovalId;
    }
}
