using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>HR's "start a cohort" form behind Entra sign-in: thin adapters over <see cref="NewCohortEndpoints"/>.</summary>
public sealed class NewCohortFunctions(
    IProgrammeCatalog catalog,
    IDirectory directory,
    IDirectorySearch search,
    PageRenderer renderer,
    TimeProvider time,
    PublicUrls urls,
    IApprovalHistory approvals)
{
    [RequireRoles(AppRoles.HR)]
    [Function("DashboardNewCohortForm")]
    public Task<IResult> FormAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/new")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return NewCohortEndpoints.FormAsync(request.HttpContext, catalog, search, renderer, time, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardNewCohort")]
    public Task<IResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cohorts/new")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return NewCohortEndpoints.StartAsync(request.HttpContext, catalog, directory, search, renderer, time, client, urls, approvals, cancellationToken);
    }
}
