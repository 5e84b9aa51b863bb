using AmbassadorFlows.Workflows.Messaging;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>Asks one person for an answer: records a pending approval whose answer raises
/// <see cref="EventName"/> on <see cref="InstanceId"/> (the calling instance when null), and
/// emails them <see cref="Template"/> with the link as placeholder "link".</summary>
public sealed record ResponseRequest(
    string ApprovalId,
    string EventName,
    string Kind,
    Person Assignee,
    IReadOnlyList<string> Options,
    DateTime ExpiresAt,
    string Template,
    MessageModel Model)
{
    public string? InstanceId { get; init; }

    /// <summary>What the landing page shows, as JSON (e.g. the agreement text).</summary>
    public string? DetailsJson { get; init; }
}
