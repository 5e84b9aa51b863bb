using AmbassadorFlows.Durable;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.FunctionMetadata;
using AmbassadorFlows.Functions.Management;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>The dashboard: server-rendered pages for HR and ops, no script and no CDN.</summary>
public static class DashboardEndpoints
{
    /// <summary>How many instances the overview lists per section.</summary>
    private const int OverviewLimit = 200;

    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton<DryRunner>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var pages = endpoints.MapGroup(string.Empty).ExcludeFromDescription();
        // Published with a function key in Azure: the pages show people's names and answers.
        pages.MapGet("/", OverviewAsync).AsFunction("Dashboard");
        pages.MapGet("/cohorts/{id}", CohortAsync).AsFunction("DashboardCohort");
        pages.MapGet("/instances/{instanceId}", InstanceAsync).AsFunction("DashboardInstance");
        pages.MapGet("/outbox", OutboxAsync).AsFunction("DashboardOutbox");
        pages.MapGet("/outbox/{id:long}", MessageAsync).AsFunction("DashboardOutboxMessage");
        pages.MapGet("/outbox/{id:long}/body", MessageBodyAsync).AsFunction("DashboardOutboxBody");
        pages.MapGet("/dry-run", DryRunFormAsync).AsFunction("DashboardDryRunForm");
        pages.MapPost("/dry-run", DryRunAsync).DisableAntiforgery().AsFunction("DashboardDryRun");
        return endpoints;
    }

    private static async Task<IResult> OverviewAsync(CohortReadModel cohorts, IApprovalStore approvals, ISentMailLog outbox, DurableTaskClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var failed = await client.QueryInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed], PageSize = OverviewLimit, FetchInputsAndOutputs = true }, cancellationToken);
        var running = await client.QueryInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended, OrchestrationRuntimeStatus.Pending], PageSize = OverviewLimit, FetchInputsAndOutputs = true }, cancellationToken);
        var body = DashboardPages.Overview(
            await cohorts.ListAsync(cancellationToken),
            running.Instances,
            await approvals.ListPendingAsync(null, cancellationToken),
            failed.Instances,
            await outbox.ListAsync(10, null, cancellationToken),
            now);
        return Html.Result(DashboardPages.Layout("Overview", body));
    }

    private static async Task<IResult> CohortAsync(string id, CohortReadModel cohorts, IApprovalStore approvals, CancellationToken cancellationToken)
    {
        var detail = await cohorts.GetAsync(id, cancellationToken);
        if (detail is null)
        {
            return Html.Result(DashboardPages.Layout("Not found", $"<h1>No cohort {Html.Encode(id)}</h1>"), StatusCodes.Status404NotFound);
        }

        var audit = await approvals.GetAuditAsync(id, cancellationToken);
        return Html.Result(DashboardPages.Layout(id, DashboardPages.Cohort(detail, audit)));
    }

    private static async Task<IResult> InstanceAsync(string instanceId, DurableTaskClient client, IApprovalStore approvals, IApprovalHistory approvalHistory, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return Html.Result(DashboardPages.Layout("Not found", $"<h1>No instance {Html.Encode(instanceId)}</h1>"), StatusCodes.Status404NotFound);
        }

        var history = HistoryEventsJson.Create(await client.GetOrchestrationHistoryAsync(instanceId, cancellationToken), showOutput: true);
        var all = await approvalHistory.ListAllAsync(instanceId, 200, cancellationToken);
        var audit = await approvals.GetAuditAsync(instanceId, cancellationToken);
        return Html.Result(DashboardPages.Layout(instanceId, DashboardPages.Instance(instance, history, [.. all.Where(a => a.InstanceId == instanceId)], audit)));
    }

    private static async Task<IResult> OutboxAsync(string? to, ISentMailLog outbox, CancellationToken cancellationToken)
    {
        var messages = await outbox.ListAsync(500, string.IsNullOrWhiteSpace(to) ? null : to, cancellationToken);
        return Html.Result(DashboardPages.Layout("Outbox", DashboardPages.Outbox(messages, to)));
    }

    private static async Task<IResult> MessageAsync(long id, ISentMailLog outbox, CancellationToken cancellationToken)
        => await outbox.GetAsync(id, cancellationToken) is { } message
            ? Html.Result(DashboardPages.Layout(message.Message.Subject, DashboardPages.Message(message)))
            : Html.Result(DashboardPages.Layout("Not found", "<h1>No such message</h1>"), StatusCodes.Status404NotFound);

    /// <summary>The email's own HTML, shown in a sandboxed frame: its markup cannot script or
    /// restyle the dashboard, and its links open as they would from a mail client.</summary>
    private static async Task<IResult> MessageBodyAsync(long id, HttpContext context, ISentMailLog outbox, CancellationToken cancellationToken)
    {
        if (await outbox.GetAsync(id, cancellationToken) is not { } message)
        {
            return Results.NotFound();
        }

        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";
        return Html.Result(message.Message.HtmlBody);
    }

    private static IResult DryRunFormAsync(IProgrammeCatalog catalog)
        => Html.Result(DashboardPages.Layout("Dry run", DryRunPages.Form(catalog.List(), null)));

    private static async Task<IResult> DryRunAsync(HttpContext context, DryRunner runner, IProgrammeCatalog catalog, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var request = DryRunRequest.From(form, out var error);
        if (request is null)
        {
            return Html.Result(DashboardPages.Layout("Dry run", DryRunPages.Form(catalog.List(), error)), StatusCodes.Status400BadRequest);
        }

        var result = await runner.RunAsync(request, cancellationToken);
        return Html.Result(DashboardPages.Layout("Dry run", DryRunPages.Result(request, result)));
    }
}
