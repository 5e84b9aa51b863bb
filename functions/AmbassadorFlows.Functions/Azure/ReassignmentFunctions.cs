using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Reassignment;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>Hand-overs behind Entra sign-in and the daily manager-change sweep: thin adapters over
/// <see cref="ReassignmentEndpoints"/> and <see cref="ManagerChange"/>.</summary>
public sealed class ReassignmentFunctions(ReassignmentServices services)
{
    /// <summary>Daily at 05:40 UTC, before people start their day; per-request claims keep it to one hand-over however many instances run it.</summary>
    public const string Schedule = "0 40 5 * * *";

    [RequireRoles(AppRoles.HR)]
    [Function("HandOverPage")]
    public Task<IResult> HandOverPageAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "requests/{approvalId}/hand-over")] HttpRequest request,
        string approvalId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReassignmentEndpoints.HandOverPageAsync(approvalId, request.HttpContext, services, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("HandOver")]
    public Task<IResult> HandOverAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "requests/{approvalId}/hand-over")] HttpRequest request,
        string approvalId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReassignmentEndpoints.HandOverAsync(approvalId, request.HttpContext, services, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("PersonManagerChanged")]
    public Task<IResult> ManagerChangedAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{employeeId}/manager-changed")] HttpRequest request,
        string employeeId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReassignmentEndpoints.ManagerChangedAsync(employeeId, request.HttpContext, client, services, cancellationToken);
    }

    [Function("ManagerChangeSweep")]
    public Task RunSweepAsync(
        [TimerTrigger(Schedule)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return services.ManagerChange.SweepAsync(client, cancellationToken);
    }
}
