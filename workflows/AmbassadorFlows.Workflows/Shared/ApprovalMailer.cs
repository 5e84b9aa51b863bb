using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>Asking someone by email, as every activity does it: record the pending approval, make
/// its signed link, compose the template with it and send. Written once so that every request
/// links and reads the same way. Safe to run twice: the store keeps the first approval of an id and
/// the sender drops a repeated idempotency key.</summary>
public sealed class ApprovalMailer
{
    private readonly IApprovalStore _approvals;
    private readonly IApprovalLinks _links;
    private readonly IEmailSender _email;
    private readonly MessageComposer _composer;

    public ApprovalMailer(IApprovalStore approvals, IApprovalLinks links, IEmailSender email, MessageComposer composer)
    {
        _approvals = approvals;
        _links = links;
        _email = email;
        _composer = composer;
    }

    /// <summary>Returns the approval as stored (the earlier one when the id was recorded before).</summary>
    public async Task<PendingApproval> SendAsync(PendingApproval approval, string idempotencyKey, Person to, string template, MessageModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var recorded = await _approvals.CreateAsync(approval, cancellationToken);
        await _email.SendAsync(await _composer.ComposeAsync(idempotencyKey, to, template, model, _links.CreateLink(recorded), cancellationToken: cancellationToken), cancellationToken);
        return recorded;
    }
}
