using System.Text.Json;
using AmbassadorFlows.Functions.Audit;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Management;

/// <summary>What an operation on one instance came to; each caller says it its own way (the management
/// API as Durable's status codes, the dashboard as a page).</summary>
public enum InstanceOperationOutcome
{
    Done,
    NotFound,

    /// <summary>A command (raise, terminate, suspend, resume) to an instance that has finished.</summary>
    Finished,

    /// <summary>A purge of an instance still pending, running or suspended (a termination asked for may not have taken effect yet).</summary>
    NotFinished,
}

/// <param name="Status">The instance's status when the operation was asked for (null if there is no such instance).</param>
/// <param name="Purged">How many instances a purge removed.</param>
public sealed record InstanceOperationResult(InstanceOperationOutcome Outcome, OrchestrationRuntimeStatus? Status = null, int Purged = 0);

/// <summary>
/// The repairs Ops makes to one orchestration — raise an event, terminate, suspend, resume, purge — with
/// the checks and the audit record each needs. The one implementation behind both the management API
/// (<see cref="ManagementEndpoints"/>, actor: the key) and the dashboard's instance page (actor: the
/// signed-in caller), so the two cannot drift apart. The client is passed in: in Azure it is the
/// function's <c>[DurableClient]</c> binding, not a service.
/// </summary>
public static class InstanceOperations
{
    public const string Terminated = AuditActions.Terminated;
    public const string Suspended = AuditActions.Suspended;
    public const string Resumed = AuditActions.Resumed;
    public const string EventRaised = AuditActions.EventRaised;
    public const string Purged = AuditActions.Purged;

    public static Task<InstanceOperationResult> RaiseEventAsync(DurableTaskClient client, AuditTrail trail, string actor, string instanceId, string eventName, object? payload, CancellationToken cancellationToken)
        => CommandAsync(client, instanceId, cancellationToken, async () =>
        {
            await client.RaiseEventAsync(instanceId, eventName, payload, cancellationToken);
            await trail.RecordAsync(actor, instanceId, EventRaised, eventName, cancellationToken);
        });

    public static Task<InstanceOperationResult> TerminateAsync(DurableTaskClient client, AuditTrail trail, string actor, string instanceId, string? reason, CancellationToken cancellationToken)
        => CommandAsync(client, instanceId, cancellationToken, async () =>
        {
            await client.TerminateInstanceAsync(instanceId, new TerminateInstanceOptions(reason), cancellationToken);
            await trail.RecordAsync(actor, instanceId, Terminated, reason, cancellationToken);
        });

    public static Task<InstanceOperationResult> SuspendAsync(DurableTaskClient client, AuditTrail trail, string actor, string instanceId, string? reason, CancellationToken cancellationToken)
        => CommandAsync(client, instanceId, cancellationToken, async () =>
        {
            await client.SuspendInstanceAsync(instanceId, reason, cancellationToken);
            await trail.RecordAsync(actor, instanceId, Suspended, reason, cancellationToken);
        });

    public static Task<InstanceOperationResult> ResumeAsync(DurableTaskClient client, AuditTrail trail, string actor, string instanceId, string? reason, CancellationToken cancellationToken)
        => CommandAsync(client, instanceId, cancellationToken, async () =>
        {
            await client.ResumeInstanceAsync(instanceId, reason, cancellationToken);
            await trail.RecordAsync(actor, instanceId, Resumed, reason, cancellationToken);
        });

    /// <summary>Only a finished instance is purged: a running one would lose the state it still works on.</summary>
    public static async Task<InstanceOperationResult> PurgeAsync(DurableTaskClient client, AuditTrail trail, string actor, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(trail);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (instance is null)
        {
            return new(InstanceOperationOutcome.NotFound);
        }

        if (!instance.IsCompleted)
        {
            return new(InstanceOperationOutcome.NotFinished, instance.RuntimeStatus);
        }

        var result = await client.PurgeInstanceAsync(instanceId, cancellation: cancellationToken);
        if (result.PurgedInstanceCount == 0)
        {
            return new(InstanceOperationOutcome.NotFound);
        }

        await trail.RecordAsync(actor, instanceId, Purged, null, cancellationToken);
        return new(InstanceOperationOutcome.Done, instance.RuntimeStatus, result.PurgedInstanceCount);
    }

    /// <summary>An event's data as typed (an empty text is no data); false with the parser's message when it is not JSON.</summary>
    public static bool TryParseEventData(string? text, out object? payload, out string? error)
    {
        payload = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            payload = document.RootElement.Clone();
            return true;
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    /// <summary>Commands are asked about the instance first: the official clients accept a command for
    /// any id and drop it when there is nothing to do, which would tell the caller nothing.</summary>
    private static async Task<InstanceOperationResult> CommandAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken, Func<Task> command)
    {
        ArgumentNullException.ThrowIfNull(client);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (instance is null)
        {
            return new(InstanceOperationOutcome.NotFound);
        }

        if (instance.IsCompleted)
        {
            return new(InstanceOperationOutcome.Finished, instance.RuntimeStatus);
        }

        await command();
        return new(InstanceOperationOutcome.Done, instance.RuntimeStatus);
    }
}
