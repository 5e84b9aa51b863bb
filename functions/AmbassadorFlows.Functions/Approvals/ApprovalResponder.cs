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

    public ApprovalResponder(IApprovalStore store, DecisionDelivery delivery, DecisionRedeliveryOptions redelivery, TimeProvider time)
    {
        _store = store;
        _delivery = delivery;
        _redelivery = redelivery;
        _time = time;
    }

    public async Task<DecisionOutcome> RespondAsync(DurableTaskClient client, PendingApproval approval, ApprovalToken token, string decision, string? comment, string? dataJson, string? clientInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(token);
        var decidedBy = approval.AssigneeEmail;
        var outcome = await _store.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, decision, decidedBy, _time.GetUtcNow(), comment, dataJson), cancellationToken);
        if (!outcome.RecordedNow)
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
