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
/// </summary>
public sealed class DecisionRedeliverySweep
{
    private readonly IApprovalStore _store;
    private readonly DecisionDelivery _delivery;
    private readonly DecisionRedeliveryOptions _options;
    private readonly TimeProvider _time;

    public DecisionRedeliverySweep(IApprovalStore store, DecisionDelivery delivery, DecisionRedeliveryOptions options, TimeProvider time)
    {
        _store = store;
        _delivery = delivery;
        _options = options;
        _time = time;
    }

    /// <summary>One pass; returns how many decisions were settled (delivered or undeliverable).</summary>
    public async Task<int> SweepAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var now = _time.GetUtcNow();
        var settled = 0;
        foreach (var approval in await _store.ListUndeliveredAsync(now - _options.MinimumAge, _options.BatchSize, cancellationToken))
        {
            if (approval.ExpiresAt <= now)
            {
                var reason = $"the request expired at {approval.ExpiresAt:u} before its decision was delivered";
                await _store.MarkDeliveredAsync(approval.ApprovalId, now, reason, cancellationToken);
                await _store.AppendAuditAsync(new AuditEntry(approval.InstanceId, now, "system", "decision not delivered", $"{approval.ApprovalId}: {reason}"), cancellationToken);
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
