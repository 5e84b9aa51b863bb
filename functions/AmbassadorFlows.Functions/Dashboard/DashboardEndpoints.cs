using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Management;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>The dashboard: server-rendered pages for HR and ops, no script and no CDN. Each page is
/// a public handler: local mode maps it here, Azure calls it from an HTTP function (behind
/// sign-in: the pages show people's names and answers, to HR only).</summary>
public static class DashboardEndpoints
{
    /// <summary>How many instances the overview lists per section.</summary>
    private const int OverviewLimit = 200;

    /// <summary>Cohorts on one page of the overview, newest first.</summary>
    private const int CohortPageSize = 25;

    /// <summary>Open requests on the overview, oldest first (each a status read of its journey).</summary>
    public const int PendingLimit = 50;

    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton<DryRunner>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var pages = endpoints.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", OverviewAsync);
        pages.MapGet("/cohorts/{id}", CohortAsync);
        pages.MapGet("/cohorts/{id}/audit.csv", CohortAuditExport.CsvAsync);
        pages.MapGet("/cohorts/{id}/roster.csv", CohortRoster.CsvAsync);
        pages.MapGet("/outbox", OutboxAsync);
        pages.MapGet("/outbox/{id:long}", MessageAsync);
        pages.MapGet("/outbox/{id:long}/body", MessageBodyAsync);
        pages.MapGet("/dry-run", DryRunForm);
        pages.MapPost("/dry-run", DryRunAsync).DisableAntiforgery();
        pages.MapDryRunPreview();
        endpoints.MapInstancePages();
        return endpoints;
    }

    /// <summary><c>GET /</c>: cohorts, running instances, open requests, failures, recent mail.</summary>
    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    public static async Task<IResult> OverviewAsync(HttpContext context, DurableTaskClient client, CohortReadModel cohorts, IApprovalStore approvals, ISentMailLog outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(approvals);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(time);
        var viewer = Viewer(context);
        var text = DashboardText.For(context);
        var now = time.GetUtcNow();

        // Only what the caller's roles may see is read at all: Viewer gets the aggregates, Ops adds
        // orchestrations and failures, HR adds who is awaited and the mail.
        IReadOnlyList<OrchestrationMetadata> failed = [], running = [];
        if (viewer.SeesOperations)
        {
            failed = (await InstanceQueries.FirstPageAsync(client, new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed], PageSize = OverviewLimit, FetchInputsAndOutputs = true }, null, cancellationToken)).Values;
            running = (await InstanceQueries.FirstPageAsync(client, new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended, OrchestrationRuntimeStatus.Pending], PageSize = OverviewLimit, FetchInputsAndOutputs = true }, null, cancellationToken)).Values;
        }

        // A page of cohorts, newest first; a page token that is not ours shows the newest page.
        var after = context.Request.Query["cohorts-after"].ToString();
        CohortSummaryPage page;
        try
        {
            page = await cohorts.ListAsync(client, CohortPageSize, string.IsNullOrEmpty(after) ? null : after, cancellationToken);
        }
        catch (FormatException)
        {
            after = string.Empty;
            page = await cohorts.ListAsync(client, CohortPageSize, null, cancellationToken);
        }

        // Open requests are those someone can still answer: not past their deadline, in a journey and
        // cohort still running; the oldest first (each cohort's page lists all of its own).
        var model = new OverviewModel(
            page.Cohorts,
            running,
            viewer.SeesPersonalData ? await cohorts.OpenRequestsAsync(client, PendingLimit, cancellationToken) : [],
            failed,
            viewer.SeesPersonalData ? await outbox.ListAsync(10, null, cancellationToken) : [],
            now,
            viewer)
        {
            OlderCohorts = page.Next,
            LaterPage = !string.IsNullOrEmpty(after),
        };
        return await PageAsync<OverviewPage>(context, text, StatusCodes.Status200OK, new() { [nameof(OverviewPage.Model)] = model });
    }

    /// <summary><c>GET /cohorts/{id}[?after=]</c>: a page of journeys, waits, at-risk list and audit of one cohort.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> CohortAsync(string id, string? after, HttpContext context, DurableTaskClient client, CohortReadModel cohorts, IApprovalStore approvals, AuditTrail trail, CohortIdeasReader ideas, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(ideas);
        ArgumentNullException.ThrowIfNull(approvals);
        var text = DashboardText.For(context);
        var detail = await cohorts.GetAsync(client, id, string.IsNullOrEmpty(after) ? null : after, cancellationToken);
        if (detail is null)
        {
            return await NotFoundAsync(context, text, text.Format(text.NoCohort, id));
        }

        ArgumentNullException.ThrowIfNull(trail);
        var audit = await approvals.GetAuditAsync(id, cancellationToken);
        await trail.PersonalDataReadAsync(context, id, "dashboard: cohort page", cancellationToken);
        return await PageAsync<CohortPage>(context, text, StatusCodes.Status200OK, new()
        {
            [nameof(CohortPage.Cohort)] = detail,
            [nameof(CohortPage.Audit)] = audit,
            [nameof(CohortPage.AuditFilter)] = CohortAuditFilter.Of(context.Request.Query),
            [nameof(CohortPage.Ideas)] = await ideas.ReadAsync(id, cancellationToken),
            // HR may end the posting early while it is open (version 3 cohorts); the form says what follows.
            [nameof(CohortPage.CanClosePosting)] = await ClosePostingCommand.CanCloseAsync(client, id, cancellationToken),
            // Version 4: the term's meetings and the owner as the cohort holds them, with links to change them.
            [nameof(CohortPage.Calendar)] = await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken) is { } instance
                ? CohortReadModel.ReadStatus(instance)?.Cohort
                : null,
            [nameof(CohortPage.Now)] = time.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>A dashboard page component (its root the <see cref="DashboardLayout"/>) with the page's texts and request.</summary>
    private static async Task<IResult> PageAsync<TPage>(HttpContext context, DashboardText text, int status, Dictionary<string, object?> parameters)
    {
        parameters["Text"] = text;
        parameters["Context"] = context;
        return Html.Result(await context.RequestServices.GetRequiredService<PageRenderer>().RenderAsync(typeof(TPage), parameters), status);
    }

    /// <summary>A 404 page saying what was not found.</summary>
    private static Task<IResult> NotFoundAsync(HttpContext context, DashboardText text, string heading)
        => PageAsync<DashboardNotFoundPage>(context, text, StatusCodes.Status404NotFound, new() { [nameof(DashboardNotFoundPage.Heading)] = heading });

    /// <summary>The caller the access gate admitted; a caller with no role if none (shows the least).</summary>
    private static Caller Viewer(HttpContext context)
        => Caller.Of(context) ?? new Caller("unknown", "unknown", new HashSet<string>(StringComparer.Ordinal));

    /// <summary><c>GET /outbox[?q=][&amp;after=]</c>: the sent-mail log, newest first, a page at a time; <c>q</c> is words of a
    /// subject, part of an address, or an employee id (<c>to</c>, the filter's older name, is read too).</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> OutboxAsync(string? q, string? to, string? after, HttpContext context, ISentMailLog outbox, IDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(outbox);
        var text = DashboardText.For(context);
        var search = string.IsNullOrWhiteSpace(q) ? to : q;
        var page = await outbox.SearchAsync(await OutboxRecipient.QueryAsync(search, after, directory, cancellationToken), cancellationToken);
        return await PageAsync<OutboxPage>(context, text, StatusCodes.Status200OK, new()
        {
            [nameof(OutboxPage.Mail)] = page,
            [nameof(OutboxPage.Search)] = search,
            [nameof(OutboxPage.After)] = after,
            [nameof(OutboxPage.Masked)] = SentMailMask.Applies(context),
        });
    }

    /// <summary><c>GET /outbox/{id}</c>: one email as its recipient sees it, with its links.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> MessageAsync(long id, HttpContext context, ISentMailLog outbox, AuditTrail trail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(trail);
        var text = DashboardText.For(context);
        if (await outbox.GetAsync(id, cancellationToken) is not { } message)
        {
            return await NotFoundAsync(context, text, text.NoMessage);
        }

        await trail.PersonalDataReadAsync(context, InstanceOf(message), $"dashboard: email {id} ({message.Message.Template})", cancellationToken);
        var masked = SentMailMask.Applies(context);
        return await PageAsync<OutboxMessagePage>(context, text, StatusCodes.Status200OK, new()
        {
            [nameof(OutboxMessagePage.Message)] = masked ? SentMailMask.Apply(message) : message,
            [nameof(OutboxMessagePage.Masked)] = masked,
        });
    }

    /// <summary>The orchestration an email came from: its idempotency key starts with the instance id.</summary>
    private static string InstanceOf(Storage.Sqlite.OutboxMessage message)
        => message.Message.IdempotencyKey.Split(':', 2)[0];

    /// <summary>The email's own HTML, shown in a sandboxed frame: its markup cannot script or
    /// restyle the dashboard, and its links open as they would from a mail client. It is in the
    /// recipient's language, whatever the dashboard's.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> MessageBodyAsync(long id, HttpResponse response, ISentMailLog outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(outbox);
        if (await outbox.GetAsync(id, cancellationToken) is not { } message)
        {
            return Results.NotFound();
        }

        response.Headers.ContentSecurityPolicy = SecurityHeaders.EmailBodyPolicy;
        return Html.Result((SentMailMask.Applies(response.HttpContext) ? SentMailMask.Apply(message) : message).Message.HtmlBody);
    }

    /// <summary><c>GET /dry-run</c>: the form.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> DryRunForm(HttpContext context, IProgrammeCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = DashboardText.For(context);
        return await PageAsync<DryRunFormPage>(context, text, StatusCodes.Status200OK, new() { [nameof(DryRunFormPage.Programmes)] = await catalog.ListAsync(cancellationToken) });
    }

    /// <summary><c>POST /dry-run</c>: plays the cohort on its own throwaway runtime (no Durable client of the app's),
    /// keeps the result for a day and goes to it (303; <see cref="DryRunEndpoints"/> serves it and its preview
    /// pages), or shows the form again with what was typed (400).</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> DryRunAsync(HttpRequest request, DryRunner runner, IProgrammeCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = DashboardText.For(request.HttpContext);
        if (!request.HasFormContentType)
        {
            return await PageAsync<DryRunFormPage>(request.HttpContext, text, StatusCodes.Status415UnsupportedMediaType, new()
            {
                [nameof(DryRunFormPage.Programmes)] = await catalog.ListAsync(cancellationToken),
                [nameof(DryRunFormPage.Error)] = text.SendTheForm,
            });
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var dryRun = DryRunRequest.From(form, text, out var error);
        if (dryRun is null)
        {
            return await PageAsync<DryRunFormPage>(request.HttpContext, text, StatusCodes.Status400BadRequest, new()
            {
                [nameof(DryRunFormPage.Programmes)] = await catalog.ListAsync(cancellationToken),
                [nameof(DryRunFormPage.Error)] = error,
                [nameof(DryRunFormPage.Typed)] = form,
            });
        }

        var record = await runner.RunAndKeepAsync(dryRun, cancellationToken);
        return DryRunEndpoints.SeeResult(request.HttpContext, record);
    }
}
