using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Shared.Activities;

/// <summary>Sends one templated email in the recipient's language; the idempotency key makes a
/// redelivered activity a no-op at the sender.</summary>
public sealed class SendMessage : TaskActivity<OutgoingMessage, bool>
{
    private readonly IApprovalStore _approvals;
    private readonly IApprovalLinks _links;
    private readonly IEmailSender _email;
    private readonly MessageComposer _composer;

    public SendMessage(IApprovalStore approvals, IApprovalLinks links, IEmailSender email, MessageComposer composer)
    {
        _approvals = approvals;
        _links = links;
        _email = email;
        _composer = composer;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, OutgoingMessage input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        Uri? link = null;
        if (input.LinkApprovalId is not null)
        {
            var approval = await _approvals.GetAsync(input.LinkApprovalId, CancellationToken.None)
                ?? throw new InvalidOperationException($"No pending approval '{input.LinkApprovalId}' to link to.");
            link = _links.CreateLink(approval);
        }

        var message = await _composer.ComposeAsync(input.IdempotencyKey, input.To, input.Template, input.Model, link, input.AsReminder, CancellationToken.None) with
        {
            Cc = [.. input.Cc.Select(p => p.Address)],
        };
        message = message with { Attachments = input.Attachments };
        var result = await _email.SendAsync(message, CancellationToken.None);
        return !result.AlreadySent;
    }
}
