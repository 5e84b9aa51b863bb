namespace AmbassadorFlows.Workflows.Ports;

/// <summary>Sends one email. Implementations: local outbox (default), SMTP, Azure Communication
/// Services. Must be idempotent on <see cref="EmailMessage.IdempotencyKey"/>: activities run at
/// least once, and a retried send must not reach the recipient twice.</summary>
public interface IEmailSender
{
    Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

public sealed record EmailAddress(string Address, string? DisplayName = null);

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>An email with both HTML and plain-text bodies; meeting invites carry an .ics attachment.</summary>
public sealed record EmailMessage(
    string IdempotencyKey,
    EmailAddress To,
    string Subject,
    string HtmlBody,
    string TextBody)
{
    public IReadOnlyList<EmailAddress> Cc { get; init; } = [];

    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>Which template produced it (for the outbox, audit and tests).</summary>
    public string? Template { get; init; }

    /// <summary>The language the template was rendered in (en, nl, fr, da).</summary>
    public string? Language { get; init; }
}

/// <summary><see cref="AlreadySent"/> is true when the idempotency key had been sent before.</summary>
public sealed record EmailSendResult(string MessageId, bool AlreadySent = false);
