using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Reassignment;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The dashboard's pages for changing a running cohort as HTTP functions: thin adapters over <see cref="CohortChangeEndpoints"/>.</summary>
public static class CohortChangeFormFunctions
{
    [RequireRoles(AppRoles.HR)]
    [Function("DashboardMeetingChangePage")]
    public static Task<IResult> MeetingPageAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/{id}/meetings/{month}")] HttpRequest request,
        string id,
        string month,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        return CohortChangeEndpoints.MeetingPageAsync(id, month, request.HttpContext, client, services.GetRequiredService<IProgrammeCatalog>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardMeetingChange")]
    public static Task<IResult> MeetingChangeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cohorts/{id}/meetings/{month}")] HttpRequest request,
        string id,
        string month,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        return CohortChangeEndpoints.ChangeMeetingAsync(id, month, request.HttpContext, client, services.GetRequiredService<IProgrammeCatalog>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardHrOwnerPage")]
    public static Task<IResult> OwnerPageAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/{id}/hr-owner")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        return CohortChangeEndpoints.OwnerPageAsync(id, request.HttpContext, client, services.GetRequiredService<IProgrammeCatalog>(), services.GetRequiredService<IDirectory>(), cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardHrOwnerChange")]
    public static Task<IResult> OwnerChangeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cohorts/{id}/hr-owner")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        return CohortChangeEndpoints.ChangeOwnerAsync(
            id, request.HttpContext, client, services.GetRequiredService<IProgrammeCatalog>(), services.GetRequiredService<IDirectory>(),
            services.GetRequiredService<IDirectorySearch>(), services.GetRequiredService<IApprovalAssignment>(), services.GetRequiredService<RequestHandOver>(), cancellationToken);
    }
}
