using System.Text.Json.Nodes;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Components.Ops;

/// <summary>What the instance page shows: the orchestration, its requests, history and audit, and the
/// state of its repair forms (a form sent back with errors, the outcome of the last action).</summary>
/// <param name="ParentInstanceId">The orchestration that started this one as a sub-orchestration, or null.</param>
/// <param name="ShowPersonalData">HR sees inputs, outputs and event data; Ops does not.</param>
/// <param name="Form">A form sent back with errors, or null.</param>
/// <param name="Notice">What the last action did, or null.</param>
/// <param name="Conflict">Why the last action was not possible in the instance's state, or null.</param>
public sealed record InstancePageModel(
    OrchestrationMetadata Instance,
    string? ParentInstanceId,
    JsonArray History,
    IReadOnlyList<PendingApproval> Approvals,
    IReadOnlyList<AuditEntry> Audit,
    bool ShowPersonalData,
    OpsForm? Form = null,
    string? Notice = null,
    string? Conflict = null)
{
    public bool IsFinished => Instance.IsCompleted;

    /// <summary>Suspend is offered to a running or pending instance, resume to a suspended one.</summary>
    public bool CanSuspend => Instance.RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending;

    public bool CanResume => Instance.RuntimeStatus is OrchestrationRuntimeStatus.Suspended;

    /// <summary>The events open requests wait for, for the raise form's hint.</summary>
    public IReadOnlyList<string> AwaitedEvents => [.. Approvals.Where(a => a.Decision is null && a.ClosedReason is null).Select(a => a.EventName).Distinct(StringComparer.Ordinal)];
}
