using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>One email from a template. With <see cref="LinkApprovalId"/> the approval's link is
/// available as placeholder "link"; with <see cref="AsReminder"/> the message is wrapped in the
/// reminder template.</summary>
public sealed record OutgoingMessage(Person To, string Template, MessageModel Model)
{
    public string? LinkApprovalId { get; init; }

    public bool AsReminder { get; init; }

    public IReadOnlyList<Person> Cc { get; init; } = [];

    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}
