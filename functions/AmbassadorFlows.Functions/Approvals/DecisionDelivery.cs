using System.Text.Json;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>How one attempt to hand a decision to its orchestration ended.</summary>
public enum DeliveryResult
{
    /// <summary>The event is with the orchestration; the decision is marked delivered.</summary>
    Delivered,

    /// <summary>The instance is gone or finished: marked undeliverable, with an audit line.</summary>
    Undeliverable,

    /// <summary>Not reached this time; the decision stays owed and is tried again later.</summary>
    Owed,
}

/// <summary>
/// Raises a recorded decision's event on its orchestration and records that it did. A decision is
/// recorded first and delivered second, so it is owed until <see cref="IApprovalStore.MarkDeliveredAsync"/>:
/// a crash or an unreachable task hub in between leaves it owed, and a later attempt (the sweep, a
/// repeated POST) delivers it. Redelivery first looks in the orchestration's history, so an event
/// that went out but was not marked is not raised twice. The Durable client is passed in by the
/// caller (from DI locally, from the function's <c>[DurableClient]</c> binding in Azure).
/// </summary>
public sealed partial class DecisionDelivery
{
    private static readonly TimeSpan[] FirstDeliveryRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];
    private readonly IApprovalStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<DecisionDelivery> _logger;

    public DecisionDelivery(IApprovalStore store, TimeProvider time, ILogger<DecisionDelivery> logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>Right after recording: raise, retrying briefly; still failing, the decision stays owed.</summary>
    public async Task<DeliveryResult> DeliverAsync(DurableTaskClient client, PendingApproval approval, ApprovalDecision decision)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(approval);
        ArgumentNullException.ThrowIfNull(decision);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await RaiseAndMarkAsync(client, approval, decision);
            }
            catch (Exception ex) when (attempt < FirstDeliveryRetryDelays.Length)
            {
                LogRaiseRetry(_logger, ex, approval.ApprovalId, attempt + 1);
                await Task.Delay(FirstDeliveryRetryDelays[attempt], TimeProvider.System);
            }
            catch (Exception ex)
            {
                // Whatever the cause, the decision stays owed and the sweep tries again.
                LogOwed(_logger, ex, approval.ApprovalId, approval.InstanceId);
                return DeliveryResult.Owed;
            }
        }
    }

    /// <summary>Later, for a decision still owed: once, after checking the history for the event.</summary>
    public async Task<DeliveryResult> RedeliverAsync(DurableTaskClient client, PendingApproval approval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(approval);
        if (approval.Decision is not { DeliveredAt: null } decision)
        {
            return DeliveryResult.Delivered;
        }

        try
        {
            if (await AlreadyRaisedAsync(client, approval, cancellationToken))
            {
                await _store.MarkDeliveredAsync(approval.ApprovalId, _time.GetUtcNow(), null, CancellationToken.None);
                return DeliveryResult.Delivered;
            }

            var result = await RaiseAndMarkAsync(client, approval, decision);
            if (result == DeliveryResult.Delivered)
            {
                LogRedelivered(_logger, approval.ApprovalId, approval.InstanceId);
                await _store.AppendAuditAsync(new AuditEntry(approval.InstanceId, _time.GetUtcNow(), "system", AuditActions.DecisionRedelivered, approval.ApprovalId), CancellationToken.None);
            }

            return result;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogOwed(_logger, ex, approval.ApprovalId, approval.InstanceId);
            return DeliveryResult.Owed;
        }
    }

    /// <summary>Raises once. A failed raise throws (the caller retries or leaves the decision owed);
    /// a failed mark after a good raise does not, since raising again would send the event twice:
    /// the decision stays owed and redelivery finds the event in the history. An instance that is
    /// gone or finished settles the decision as undeliverable: it is asked first, because the
    /// official clients do not all refuse such a raise (DTFx drops the event silently).</summary>
    private async Task<DeliveryResult> RaiseAndMarkAsync(DurableTaskClient client, PendingApproval approval, ApprovalDecision decision)
    {
        // Not the request's token: once recorded, the event must go out even if the browser leaves.
        var instance = await client.GetInstanceAsync(approval.InstanceId, getInputsAndOutputs: false, CancellationToken.None);
        if (instance is null || instance.IsCompleted)
        {
            var reason = instance is null ? $"no instance '{approval.InstanceId}'" : $"instance '{approval.InstanceId}' is {instance.RuntimeStatus}";
            LogUndeliverable(_logger, approval.ApprovalId, approval.InstanceId, reason);
            var now = _time.GetUtcNow();
            await _store.MarkDeliveredAsync(approval.ApprovalId, now, reason, CancellationToken.None);
            await _store.AppendAuditAsync(new AuditEntry(approval.InstanceId, now, "system", AuditActions.DecisionNotDelivered, $"{approval.ApprovalId}: {reason}"), CancellationToken.None);
            return DeliveryResult.Undeliverable;
        }

        await client.RaiseEventAsync(approval.InstanceId, approval.EventName, HumanResponse.From(approval, decision), CancellationToken.None);
        try
        {
            await _store.MarkDeliveredAsync(approval.ApprovalId, _time.GetUtcNow(), null, CancellationToken.None);
            return DeliveryResult.Delivered;
        }
        catch (Exception ex)
        {
            LogOwed(_logger, ex, approval.ApprovalId, approval.InstanceId);
            return DeliveryResult.Owed;
        }
    }

    /// <summary>Whether the current execution's history already holds this answer's event.</summary>
    private static async Task<bool> AlreadyRaisedAsync(DurableTaskClient client, PendingApproval approval, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(approval.InstanceId, getInputsAndOutputs: false, cancellationToken) is null)
        {
            // Raising will find it gone too, and settle it as undeliverable.
            return false;
        }

        var history = await client.GetOrchestrationHistoryAsync(approval.InstanceId, cancellationToken);
        return history.OfType<EventRaisedEvent>().Any(raised
            => string.Equals(raised.Name, approval.EventName, StringComparison.Ordinal)
            && ApprovalIdOf(raised.Input) == approval.ApprovalId);
    }

    private static string? ApprovalIdOf(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // The payload's casing is the data converter's (PascalCase with the SDK's default, camelCase with web options).
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (string.Equals(property.Name, "approvalId", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString();
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Raising the decision on {ApprovalId} failed (attempt {Attempt}); retrying.")]
    private static partial void LogRaiseRetry(ILogger logger, Exception exception, string approvalId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Decision on {ApprovalId} is recorded but not yet delivered to {InstanceId}; it will be redelivered.")]
    private static partial void LogOwed(ILogger logger, Exception exception, string approvalId, string instanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Decision on {ApprovalId} cannot be delivered to {InstanceId}: {Reason}")]
    private static partial void LogUndeliverable(ILogger logger, string approvalId, string instanceId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision on {ApprovalId} redelivered to {InstanceId}.")]
    private static partial void LogRedelivered(ILogger logger, string approvalId, string instanceId);
}
