using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// Applies one answer: records it exactly once in the approval store, then (only for the call
/// that recorded it) delivers the step's event to its orchestration. Record first, so a crash
/// between the two leaves a recorded decision still owed to the orchestration, which
/// <see cref="DecisionDelivery"/> redelivers, never an event without a decision; concurrent
/// duplicates all get the one decision that stands.
/// </summary>
public sealed class ApprovalResponder
{
    private readonly IApprovalStore _store;
    private readonly DecisionDelivery _delivery;
    private readonly DecisionRedeliveryOptions _redelivery;
    private readonly TimeProvider _time;
    private readonly Storage.IApprovalAssignment? _assignment;

    /// <param name="assignment">When the store offers it, a decision is recorded only while the
    /// approval is still the link's person's, so it cannot slip in after a hand-over.</param>
    public ApprovalResponder(IApprovalStore store, DecisionDelivery delivery, DecisionRedeliveryOptions redelivery, TimeProvider time, Storage.IApprovalAssignment? assignment = null)
    {
        _store = store;
        _assignment = assignment;
        _delivery = delivery;
        _redelivery = redelivery;
        _time = time;
    }

    /// <summary>Null when the approval was handed to someone else between the link's lookup and the write.</summary>
    public async Task<DecisionOutcome?> RespondAsync(DurableTaskClient client, PendingApproval approval, ApprovalToken token, string decision, string? comment, string? dataJson, string? clientInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(token);
        var decidedBy = approval.AssigneeEmail;
        var answer = new ApprovalDecision(approval.ApprovalId, decision, decidedBy, _time.GetUtcNow(), comment, dataJson);
        var outcome = _assignment is null
            ? await _store.TryDecideAsync(answer, cancellationToken)
            : await _assignment.TryDecideAsAssigneeAsync(answer, approval.AssigneeId, cancellationToken);
        if (outcome is null || !outcome.RecordedNow)
        {
            return outcome;
        }

        await _store.AppendAuditAsync(
            new AuditEntry(approval.InstanceId, outcome.Decision.DecidedAt, decidedBy, $"decided {approval.Kind}: {decision}", $"{approval.ApprovalId}; key {token.KeyId}; nonce {token.Nonce}; {clientInfo}"),
            CancellationToken.None);
        await _delivery.DeliverAsync(client, approval, outcome.Decision);
        return outcome;
    }

    /// <summary>A repeated answer to a decided approval whose event is still owed: deliver it now,
    /// unless the decision is so fresh that its first delivery may still be under way.</summary>
    public async Task RedeliverIfOwedAsync(DurableTaskClient client, PendingApproval approval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(approval);
        if (approval.Decision is { DeliveredAt: null } decision && decision.DecidedAt <= _time.GetUtcNow() - _redelivery.MinimumAge)
        {
            await _delivery.RedeliverAsync(client, approval, cancellationToken);
        }
    }
}
