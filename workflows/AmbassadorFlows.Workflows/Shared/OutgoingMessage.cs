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

    public IReadOnlyList<Person> Cc { get; init; } = [];

    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}
