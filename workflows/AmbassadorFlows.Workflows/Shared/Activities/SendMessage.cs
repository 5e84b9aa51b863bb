using AmbassadorFlows.Workflows.Messaging;
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
    private readonly IDirectory? _directory;

    /// <param name="directory">Names the person a reminder goes to when HR handed the request to
    /// someone else after the orchestration asked; without one the reminder keeps its recipient.</param>
    public SendMessage(IApprovalStore approvals, IApprovalLinks links, IEmailSender email, MessageComposer composer, IDirectory? directory = null)
    {
        _approvals = approvals;
        _directory = directory;
        _links = links;
        _email = email;
        _composer = composer;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, OutgoingMessage input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        Uri? link = null;
        var to = input.To;
        if (input.LinkApprovalId is not null)
        {
            var approval = await _approvals.GetAsync(input.LinkApprovalId, CancellationToken.None)
                ?? throw new InvalidOperationException($"No pending approval '{input.LinkApprovalId}' to link to.");
            link = _links.CreateLink(approval);

            // The link is the assignee's: after a hand-over (the orchestration still names the first
            // assignee) it goes to whoever holds the request now, never to the person it was taken from.
            if (!string.Equals(approval.AssigneeId, to.EmployeeId, StringComparison.Ordinal))
            {
                to = _directory is not null && await _directory.GetEmployeeAsync(approval.AssigneeId, CancellationToken.None) is { } holder
                    ? Person.From(holder)
                    : new Person(approval.AssigneeId, approval.AssigneeEmail, approval.AssigneeEmail, to.Language);
            }
        }

        var (template, model) = await WithReasonAsync(input);
        var message = await _composer.ComposeAsync(input.IdempotencyKey, to, template, model, link, input.AsReminder, CancellationToken.None) with
        {
            Cc = [.. input.Cc.Select(p => p.Address)],
        };
        message = message with { Attachments = input.Attachments };
        var result = await _email.SendAsync(message, CancellationToken.None);
        return !result.AlreadySent;
    }

    private async Task<(string Template, MessageModel Model)> WithReasonAsync(OutgoingMessage input)
    {
        if (input.ReasonFromApprovalId is null)
        {
            return (input.Template, input.Model);
        }

        var answered = await _approvals.GetAsync(input.ReasonFromApprovalId, CancellationToken.None);
        return answered?.Decision?.Comment is { } comment && !string.IsNullOrWhiteSpace(comment)
            ? ($"{input.Template}-with-reason", WithReason(input.Model, comment.Trim()))
            : (input.Template, input.Model);
    }

    private static MessageModel WithReason(MessageModel model, string reason)
    {
        var copy = new MessageModel();
        foreach (var (key, value) in model)
        {
            copy[key] = value;
        }

        return copy.With("reason", reason);
    }
}
