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
    [Function("DashboardCohortMeeting")]
    public static Task<IResult> MeetingAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "cohorts/{id}/meetings/{month:int}")] HttpRequest request,
        string id,
        int month,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        var (catalog, time) = (services.GetRequiredService<IProgrammeCatalog>(), services.GetRequiredService<TimeProvider>());
        return HttpMethods.IsPost(request.Method)
            ? CohortChangeEndpoints.ChangeMeetingAsync(id, month, request.HttpContext, client, catalog, time, cancellationToken)
            : CohortChangeEndpoints.MeetingPageAsync(id, month, request.HttpContext, client, catalog, time, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardCohortHrOwner")]
    public static Task<IResult> OwnerAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "cohorts/{id}/hr-owner")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        var (catalog, directory) = (services.GetRequiredService<IProgrammeCatalog>(), services.GetRequiredService<IDirectory>());
        return HttpMethods.IsPost(request.Method)
            ? CohortChangeEndpoints.ChangeOwnerAsync(id, request.HttpContext, client, catalog, directory, services.GetRequiredService<IDirectorySearch>(), services.GetRequiredService<IApprovalAssignment>(), services.GetRequiredService<RequestHandOver>(), cancellationToken)
            : CohortChangeEndpoints.OwnerPageAsync(id, request.HttpContext, client, catalog, directory, cancellationToken);
    }
}
