using AmbassadorFlows.Functions.Integrations.Email.Acs;
using AmbassadorFlows.Workflows.Ports;
using Azure;

namespace AmbassadorFlows.Functions.Integrations.Email;

/// <summary><see cref="IEmailSender"/> over ACS Email. The Operation-Id is derived from the
/// idempotency key, so an activity that runs again resends the same operation rather than a
/// new email. Sends are paced by <see cref="SendRateLimiter"/>; throttling is retried, never dropped.</summary>
public sealed class AcsEmailSender(
    EmailClient client,
    EmailOptions options,
    SendRateLimiter rateLimiter,
    ILogger<AcsEmailSender> logger) : IEmailSender
{
    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var operationId = DeterministicGuid.Create(DeterministicGuid.EmailNamespace, message.IdempotencyKey);
        var acsMessage = ToAcs(message, options.Sender
            ?? throw new InvalidOperationException("Email:Sender is not configured."));

        await rateLimiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        var wait = options.Acs.WaitForCompletion ? WaitUntil.Completed : WaitUntil.Started;
        var operation = await client.SendAsync(wait, acsMessage, operationId, cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "ACS email {OperationId} for key {IdempotencyKey} ({Template}) is {Status}",
            operation.Id, message.IdempotencyKey, message.Template, operation.Status);
        return new EmailSendResult(operation.Id);
    }

    internal static AcsEmailMessage ToAcs(EmailMessage message, string sender)
    {
        var content = new EmailContent(message.Subject) { Html = message.HtmlBody, PlainText = message.TextBody };
        var recipients = new EmailRecipients(
            [Address(message.To)],
            message.Cc.Select(Address));
        var acs = new AcsEmailMessage(sender, recipients, content);
        foreach (var a in message.Attachments)
        {
            acs.Attachments.Add(new AcsEmailAttachment(a.FileName, CalendarAttachment.ContentTypeFor(a), BinaryData.FromBytes(a.Content)));
        }

        // Lets ACS logs and Event Grid delivery reports be traced back to the workflow step.
        acs.Headers["x-af-idempotency-key"] = message.IdempotencyKey;
        return acs;
    }

    private static AcsEmailAddress Address(Workflows.Ports.EmailAddress a) => new(a.Address, a.DisplayName);
}
