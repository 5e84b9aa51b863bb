using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>
/// The payload of every event raised because a person answered a <see cref="PendingApproval"/>:
/// the app records the decision, then raises <see cref="PendingApproval.EventName"/> on
/// <see cref="PendingApproval.InstanceId"/> with <c>HumanResponse.From(approval, decision)</c>.
/// Form fields (check-in answers, the chosen candidates) travel in <see cref="DataJson"/>. Who answered
/// is <see cref="AssigneeId"/> (the link is theirs): the decider's address and the free comment stay in
/// the approval store, which erasure scrubs, and never enter a history that outlives the person's
/// retention (an application lands in the cohort's).
/// </summary>
public sealed record HumanResponse(
    string ApprovalId,
    string AssigneeId,
    string Decision,
    DateTimeOffset DecidedAt,
    string? DataJson = null)
{
    public static HumanResponse From(PendingApproval approval, ApprovalDecision decision)
    {
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(decision);
        return new(approval.ApprovalId, approval.AssigneeId, decision.Decision, decision.DecidedAt, decision.DataJson);
    }

    public bool Is(string option) => string.Equals(Decision, option, StringComparison.OrdinalIgnoreCase);

    /// <summary>The form fields, as the pages write them (<see cref="WorkflowJson"/>); pure JSON
    /// parsing, safe in an orchestrator. Throws <see cref="JsonException"/> on data that does not
    /// fit <typeparamref name="T"/>.</summary>
    public T? ReadData<T>() => WorkflowJson.Deserialize<T>(DataJson);

    /// <summary>The form fields, or false with the parser's complaint when the data does not fit
    /// <typeparamref name="T"/>: answers come from people, pages and hand-raised events, and one bad
    /// answer must not fail an orchestration. Pure, so safe in an orchestrator.</summary>
    public bool TryReadData<T>(out T? data, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            data = ReadData<T>();
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            data = default;
            problem = e.Message;
            return false;
        }
    }
}
