using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Reassignment;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The HR API's changes to a running cohort as HTTP functions: thin adapters over <see cref="CohortChangeApi"/>.</summary>
public sealed class CohortChangeApiFunctions(LocalModeOptions options, IProgrammeCatalog catalog, PublicUrls urls, TimeProvider time)
{
    [RequireRoles(AppRoles.HR)]
    [Function("ChangeMeeting")]
    public Task<IResult> ChangeMeetingAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cohorts/{id}/meetings/{month}")] HttpRequest request,
        string id,
        string month,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CohortChangeApi.ChangeMeetingAsync(id, month, request.HttpContext, client, catalog, options, urls, time, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("ChangeHrOwner")]
    public Task<IResult> ChangeHrOwnerAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/cohorts/{id}/hr-owner")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        return CohortChangeApi.ChangeOwnerAsync(
            id, request.HttpContext, client, catalog, options, urls, services.GetRequiredService<IDirectory>(),
            services.GetRequiredService<IApprovalAssignment>(), services.GetRequiredService<RequestHandOver>(), cancellationToken);
    }
}
