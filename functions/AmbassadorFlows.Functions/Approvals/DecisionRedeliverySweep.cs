using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// One pass of the sweep that makes a recorded decision reach its orchestration even when the
/// answering request could not deliver it (task hub unreachable, process stopped between the two
/// writes): it redelivers up to a batch of decisions owed for longer than
/// <see cref="DecisionRedeliveryOptions.MinimumAge"/>. A decision whose request has expired is settled
/// as undeliverable instead: the orchestration stopped waiting for it. Local mode runs it from
/// <see cref="DecisionRedeliveryService"/>; Azure from a timer function with its <c>[DurableClient]</c>.
/// Several instances may sweep at once (self-hosting on one task hub): each claims a decision in
/// the shared store (<see cref="IWorkClaims"/>) before touching it, so one instance delivers it.
/// </summary>
public sealed class DecisionRedeliverySweep
{
    private readonly IApprovalStore _store;
    private readonly DecisionDelivery _delivery;
    private readonly DecisionRedeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly IWorkClaims? _claims;

    /// <param name="claims">The store's claims; null only where one process ever sweeps (the dry run, unit tests).</param>
    public DecisionRedeliverySweep(IApprovalStore store, DecisionDelivery delivery, DecisionRedeliveryOptions options, TimeProvider time, IWorkClaims? claims = null)
    {
        _store = store;
        _delivery = delivery;
        _options = options;
        _time = time;
        _claims = claims;
    }

    /// <summary>The claim key of one owed decision: a hash of its id, since approval ids carry employee
    /// ids and claims are never erased (they are a few bytes each, and lapse).</summary>
    public static string ClaimKey(string approvalId)
        => "decision-delivery:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(approvalId)))[..32];

    /// <summary>One pass; returns how many decisions were settled (delivered or undeliverable).</summary>
    public async Task<int> SweepAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = _time.GetUtcNow();
        var settled = 0;
        foreach (var approval in await _store.ListUndeliveredAsync(now - _options.MinimumAge, _options.BatchSize, cancellationToken))
        {
            if (_claims is not null
                && !await _claims.TryClaimAsync(ClaimKey(approval.ApprovalId), _options.Claimant, _options.ClaimDuration, cancellationToken))
            {
                // Another instance is on it.
                continue;
            }

            if (approval.ExpiresAt <= now)
            {
                var reason = $"the request expired at {approval.ExpiresAt:u} before its decision was delivered";
                await _store.MarkDeliveredAsync(approval.ApprovalId, now, reason, cancellationToken);
                await _store.AppendAuditAsync(new AuditEntry(approval.InstanceId, now, "system", AuditActions.DecisionNotDelivered, $"{approval.ApprovalId}: {reason}"), cancellationToken);
                settled++;
                continue;
            }

            if (await _delivery.RedeliverAsync(client, approval, cancellationToken) != DeliveryResult.Owed)
            {
                settled++;
            }
        }

        return settled;
    }
}
