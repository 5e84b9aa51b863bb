using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The HR API as HTTP functions (Entra sign-in, roles checked by <see cref="AccessMiddleware"/>): thin adapters over the handlers local mode maps
/// as routes (<see cref="CohortEndpoints"/>), with the client of the <c>[DurableClient]</c> binding.</summary>
public sealed class CohortApiFunctions(
    LocalModeOptions options,
    IDirectory directory,
    IProgrammeCatalog catalog,
    PublicUrls urls,
    TimeProvider time,
    IApprovalHistory approvals,
    CohortReadModel readModel,
    AuditTrail trail)
{
    [RequireRoles(AppRoles.HR)]
    [Function("CreateCohort")]
    public Task<IResult> CreateCohortAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cohorts")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => CohortEndpoints.CreateCohortAsync(request, client, options, directory, catalog, urls, time, approvals, cancellationToken);

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]

    [Function("ListCohorts")]
    public Task<IResult> ListCohortsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/cohorts")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => CohortEndpoints.ListCohortsAsync(request.HttpContext, client, readModel, cancellationToken);

    [RequireRoles(AppRoles.HR)]

    [Function("GetCohort")]
    public Task<IResult> GetCohortAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/cohorts/{id}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => CohortEndpoints.GetCohortAsync(id, request.HttpContext, client, readModel, trail, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("ClosePosting")]
    public Task<IResult> ClosePostingAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cohorts/{id}/close-posting")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => CohortEndpoints.ClosePostingAsync(id, request.HttpContext, client, urls, cancellationToken);
}
