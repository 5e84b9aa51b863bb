using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>One email from a template. With <see cref="LinkApprovalId"/> the approval's link is
/// available as placeholder "link"; with <see cref="AsReminder"/> the message is wrapped in the
/// reminder template. <see cref="IdempotencyKey"/> comes from the orchestrator (see
/// <see cref="IdempotencyKeys"/>), so a re-run send is dropped by the sender.</summary>
public sealed record OutgoingMessage(Person To, string Template, MessageModel Model)
{
    public required string IdempotencyKey { get; init; }

    public string? LinkApprovalId { get; init; }

    public bool AsReminder { get; init; }

    /// <summary>
    /// When the person who answered this approval gave a comment, the message becomes the template's
    /// "-with-reason" variant with the comment as placeholder "reason". The comment is read from the
    /// approval store at send time, never carried in the orchestration's history (erasure scrubs the store).
    /// </summary>
    public string? ReasonFromApprovalId { get; init; }

    public IReadOnlyList<Person> Cc { get; init; } = [];

    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}
