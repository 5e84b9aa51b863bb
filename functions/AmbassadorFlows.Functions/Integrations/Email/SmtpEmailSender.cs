using AmbassadorFlows.Workflows.Ports;
using MailKit.Net.Smtp;
using MimeKit;

namespace AmbassadorFlows.Functions.Integrations.Email;

/// <summary><see cref="IEmailSender"/> over SMTP (MailKit) for self-hosted installs. The
/// Message-Id is derived from the idempotency key, so a resend after a lost reply carries the
/// same Message-Id and receiving systems can recognise the duplicate. SMTP itself cannot
/// suppress it; pair with the outbox for exactly-once bookkeeping.</summary>
public sealed class SmtpEmailSender(EmailOptions options, TimeProvider time, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Smtp;
        using var mime = BuildMessage(message, options, time.GetUtcNow());
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }

        var reply = await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("SMTP email {MessageId} for key {IdempotencyKey} accepted: {Reply}", mime.MessageId, message.IdempotencyKey, reply);
        return new EmailSendResult(mime.MessageId ?? string.Empty);
    }

    /// <summary>Message-Id local part from the idempotency key (MimeKit adds no angle brackets here).</summary>
    internal static string MessageIdFor(string idempotencyKey, string domain) =>
        $"{DeterministicGuid.Create(DeterministicGuid.EmailNamespace, idempotencyKey):N}@{domain}";

    /// <summary>multipart/mixed( multipart/alternative(text/plain, text/html), attachments… ).</summary>
    internal static MimeMessage BuildMessage(EmailMessage message, EmailOptions options, DateTimeOffset now)
    {
        var sender = options.Sender ?? throw new InvalidOperationException("Email:Sender is not configured.");
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.SenderDisplayName ?? string.Empty, sender));
        mime.To.Add(new MailboxAddress(message.To.DisplayName ?? string.Empty, message.To.Address));
        foreach (var cc in message.Cc)
        {
            mime.Cc.Add(new MailboxAddress(cc.DisplayName ?? string.Empty, cc.Address));
        }

        mime.Subject = message.Subject;
        mime.Date = now;
        var domain = options.Smtp.MessageIdDomain ?? (sender.Contains('@', StringComparison.Ordinal) ? sender[(sender.LastIndexOf('@') + 1)..] : "ambassadorflows");
        mime.MessageId = MessageIdFor(message.IdempotencyKey, domain);

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var a in message.Attachments)
        {
            var part = body.Attachments.Add(a.FileName, a.Content, ContentType.Parse(CalendarAttachment.ContentTypeFor(a)));
            part.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = a.FileName };
            if (part is MimePart mimePart)
            {
                mimePart.ContentTransferEncoding = ContentEncoding.Base64;
            }
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
