using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The dashboard as HTTP functions behind Entra sign-in, each with the roles its page needs
/// (the pages show people's names and answers): thin adapters over <see cref="DashboardEndpoints"/>' handlers, as in local mode.</summary>
public sealed class DashboardFunctions(
    CohortReadModel cohorts,
    IApprovalStore approvals,
    IApprovalHistory approvalHistory,
    ISentMailLog outbox,
    IDirectory directory,
    IProgrammeCatalog catalog,
    DryRunner runner,
    AuditTrail trail,
    CohortIdeasReader ideas,
    PageRenderer renderer,
    TimeProvider time,
    IDryRunStore dryRuns)
{
    /// <summary>The site root. A route cannot be empty (the host would use the function's name), so an
    /// optional segment of length zero matches exactly <c>/</c>.</summary>
    public const string RootRoute = "{root:maxlength(0)?}";

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]

    [Function("Dashboard")]
    public Task<IResult> OverviewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RootRoute)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => DashboardEndpoints.OverviewAsync(request.HttpContext, client, cohorts, approvals, outbox, time, cancellationToken);

    [RequireRoles(AppRoles.HR)]

    [Function("DashboardCohort")]
    public Task<IResult> CohortAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/{id}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => DashboardEndpoints.CohortAsync(id, request.Query["after"], request.HttpContext, client, cohorts, approvals, trail, ideas, request.HttpContext.RequestServices.GetRequiredService<TimeProvider>(), cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardCohortAuditCsv")]
    public Task<IResult> CohortAuditCsvAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/{id}/audit.csv")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => CohortAuditExport.CsvAsync(id, request.HttpContext, client, approvals, trail, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardCohortRosterCsv")]
    public Task<IResult> CohortRosterCsvAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/{id}/roster.csv")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => CohortRoster.CsvAsync(id, request.HttpContext, client, request.HttpContext.RequestServices.GetRequiredService<ICohortProgressPages>(), directory, trail, cancellationToken);

    [RequireRoles(AppRoles.HR, AppRoles.Ops)]
    [Function("DashboardInstances")]
    public Task<IResult> InstancesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "instances")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InstanceEndpoints.ListAsync(request.Query["purged"].ToString(), request.HttpContext, client, approvals, renderer, time, cancellationToken);
    }

    [RequireRoles(AppRoles.HR, AppRoles.Ops)]
    [Function("DashboardInstance")]
    public Task<IResult> InstanceAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "instances/{instanceId}")] HttpRequest request,
        string instanceId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InstanceEndpoints.PageAsync(instanceId, request.Query["done"].ToString(), request.Query["event"].ToString(), request.HttpContext, client, approvals, approvalHistory, trail, renderer, cancellationToken);
    }

    [RequireRoles(AppRoles.HR, AppRoles.Ops)]
    [Function("DashboardInstanceAction")]
    public Task<IResult> InstanceActionAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "instances/{instanceId}/{action}")] HttpRequest request,
        string instanceId,
        string action,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InstanceEndpoints.ActAsync(instanceId, action, request.HttpContext, client, approvals, approvalHistory, trail, renderer, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]

    [Function("DashboardOutbox")]
    public Task<IResult> OutboxAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "outbox")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DashboardEndpoints.OutboxAsync(request.Query["q"].ToString(), request.Query["to"].ToString(), request.Query["after"].ToString() is { Length: > 0 } after ? after : null, request.HttpContext, outbox, directory, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]

    [Function("DashboardOutboxMessage")]
    public Task<IResult> MessageAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "outbox/{id:long}")] HttpRequest request,
        long id,
        CancellationToken cancellationToken)
        => DashboardEndpoints.MessageAsync(id, request.HttpContext, outbox, trail, cancellationToken);

    [RequireRoles(AppRoles.HR)]

    [Function("DashboardOutboxBody")]
    public Task<IResult> MessageBodyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "outbox/{id:long}/body")] HttpRequest request,
        long id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DashboardEndpoints.MessageBodyAsync(id, request.HttpContext.Response, outbox, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardDryRunForm")]
    public Task<IResult> DryRunForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dry-run")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DashboardEndpoints.DryRunForm(request.HttpContext, catalog, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]

    [Function("DashboardDryRun")]
    public Task<IResult> DryRunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dry-run")] HttpRequest request,
        CancellationToken cancellationToken)
        => DashboardEndpoints.DryRunAsync(request, runner, catalog, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardDryRunResult")]
    public Task<IResult> DryRunResultAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dry-run/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DryRunEndpoints.ResultAsync(id, request.HttpContext, dryRuns, time, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("DashboardDryRunPreview")]
    public Task<IResult> DryRunPreviewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dry-run/{id}/requests/{approvalId}")] HttpRequest request,
        string id,
        string approvalId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DryRunEndpoints.PreviewAsync(id, approvalId, request.HttpContext, dryRuns, time, cancellationToken);
    }

    [PublicRoute("none: it shows nothing but the preview's address it was opened with")]
    [Function("DashboardDryRunOpen")]
    public Task<IResult> DryRunOpenAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dry-run/{id}/open/{approvalId}")] HttpRequest request,
        string id,
        string approvalId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DryRunEndpoints.OpenAsync(id, approvalId, request.HttpContext);
    }
}
