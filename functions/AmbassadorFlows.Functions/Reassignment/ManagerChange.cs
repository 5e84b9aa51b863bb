using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Reassignment;

/// <summary>
/// A new manager in the directory reaches the requests already waiting for the old one: every open
/// manager request (first approval, renewal) whose assignee is not the ambassador's current manager
/// is handed to the current manager. Requests HR handed to someone by hand stay where HR put them.
/// For one person from their page, and for everyone in a daily sweep: the sweep reads the open
/// manager requests through the store's index of open requests by kind (so its cost follows what
/// waits, not history) and claims each request (<see cref="IWorkClaims"/>), so several instances
/// hand it over once.
/// </summary>
public sealed partial class ManagerChange(
    IApprovalStore approvals,
    IApprovalAssignment assignment,
    IDirectory directory,
    IErasureSchedule journeys,
    RequestHandOver handOver,
    IWorkClaims claims,
    ILogger<ManagerChange> logger,
    string? claimant = null)
{
    private readonly string _claimant = claimant ?? WorkClaimant.ThisProcess;

    /// <summary>The sweep's name in the audit.</summary>
    public const string SweepActor = "system (directory manager change)";

    private const int Page = 500;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(30);

    /// <summary>Hands <paramref name="employeeId"/>'s open manager requests to the manager the directory
    /// names now. Null when the directory knows no such person or no manager for them.</summary>
    public async Task<ManagerChangeResult?> HandToCurrentManagerAsync(DurableTaskClient client, string employeeId, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var employee = await directory.GetEmployeeAsync(employeeId, cancellationToken);
        if (employee?.ManagerId is not { } managerId || await directory.GetEmployeeAsync(managerId, cancellationToken) is not { } manager)
        {
            return null;
        }

        var handed = 0;
        foreach (var journey in await journeys.ListJourneysAsync(employee.Id, cancellationToken))
        {
            foreach (var request in await approvals.ListPendingAsync(journey.JourneyInstanceId, cancellationToken))
            {
                if (request.InstanceId == journey.JourneyInstanceId && await NeedsHandOverAsync(client, request, manager, cancellationToken)
                    && await handOver.HandOverAsync(request.ApprovalId, manager, actor, RequestHandOver.ManagerChangedAction, request.AssigneeId, cancellationToken) == HandOverOutcome.HandedOver)
                {
                    handed++;
                }
            }
        }

        return new ManagerChangeResult(manager, handed);
    }

    /// <summary>The daily sweep over every open manager request; returns how many it handed over.</summary>
    public async Task<int> SweepAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var managers = new Dictionary<string, Employee?>(StringComparer.Ordinal);
        var handed = 0;
        foreach (var kind in new[] { HandOverRules.ManagerApproval, HandOverRules.Renewal })
        {
            string? after = null;
            while (true)
            {
                var page = await assignment.ListOpenOfKindAsync(kind, after, Page, cancellationToken);
                foreach (var request in page.Where(HandOverRules.IsManagerRequest))
                {
                    var employeeId = HandOverRules.EmployeeOf(request)!;
                    if (!managers.TryGetValue(employeeId, out var manager))
                    {
                        manager = (await directory.GetEmployeeAsync(employeeId, cancellationToken))?.ManagerId is { } managerId
                            ? await directory.GetEmployeeAsync(managerId, cancellationToken)
                            : null;
                        managers[employeeId] = manager;
                    }

                    if (manager is null || !await NeedsHandOverAsync(client, request, manager, cancellationToken)
                        || !await claims.TryClaimAsync($"manager-change:{request.ApprovalId}:{request.AssigneeId}", _claimant, ClaimFor, cancellationToken))
                    {
                        continue;
                    }

                    if (await handOver.HandOverAsync(request.ApprovalId, manager, SweepActor, RequestHandOver.ManagerChangedAction, request.AssigneeId, cancellationToken) == HandOverOutcome.HandedOver)
                    {
                        handed++;
                        LogHandedOver(logger, request.ApprovalId);
                    }
                }

                if (page.Count < Page)
                {
                    break;
                }

                after = page[^1].ApprovalId;
            }
        }

        return handed;
    }

    /// <summary>A manager request waiting for someone other than the current manager, in a journey
    /// still running, that HR did not hand to that someone by hand.</summary>
    private async Task<bool> NeedsHandOverAsync(DurableTaskClient client, PendingApproval request, Employee manager, CancellationToken cancellationToken)
    {
        if (!HandOverRules.IsManagerRequest(request) || string.Equals(request.AssigneeId, manager.Id, StringComparison.Ordinal))
        {
            return false;
        }

        var instance = await client.GetInstanceAsync(request.InstanceId, getInputsAndOutputs: false, cancellationToken);
        if (instance is not { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
        {
            return false;
        }

        var byHand = $"{request.ApprovalId} from ";
        return !(await approvals.GetAuditAsync(request.InstanceId, cancellationToken))
            .Any(e => e.Action == RequestHandOver.HandedOverAction && (e.Details ?? string.Empty).StartsWith(byHand, StringComparison.Ordinal));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Request {ApprovalId} handed to the manager the directory names now")]
    private static partial void LogHandedOver(ILogger logger, string approvalId);
}

/// <summary>Who the directory names as manager now, and how many requests went to them.</summary>
public sealed record ManagerChangeResult(Employee Manager, int HandedOver);
