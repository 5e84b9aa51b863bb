using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>HR starts a cohort from the browser: <c>GET /cohorts/new</c> shows the form, <c>POST</c>
/// checks it (<see cref="NewCohortFormCheck"/>) and starts the cohort through <see cref="CohortStarter"/>,
/// as the HR API does, then goes to the new cohort's page. A refused form comes back with each
/// problem next to its field and everything typed kept; nothing is started.</summary>
public static class NewCohortEndpoints
{
    public const string Route = "/cohorts/new";

    /// <summary>The form field of the "preview the posting email" button: check and show, start nothing.</summary>
    public const string PreviewField = "preview";

    /// <summary>How many directory groups the audience list offers.</summary>
    public const int MaxGroups = 500;

    public static IEndpointRouteBuilder MapNewCohortForm(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Route, FormAsync).ExcludeFromDescription();
        // Protected by the dashboard's antiforgery field and same-origin check (SameOriginGuard).
        endpoints.MapPost(Route, StartAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    /// <summary><c>GET /cohorts/new</c>: the empty form, opening today.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> FormAsync(HttpContext context, IProgrammeCatalog catalog, IDirectorySearch search, PageRenderer renderer, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(time);
        var values = NewCohortValues.Empty(Today(time)) with { Audience = CohortRequestParser.DefaultAudience };
        return await PageAsync(context, catalog, search, renderer, values, new Dictionary<string, string>(), StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary><c>POST /cohorts/new</c>: starts the cohort and goes to its page (303), or shows the form again (400).</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> StartAsync(
        HttpContext context,
        IProgrammeCatalog catalog,
        IDirectory directory,
        IDirectorySearch search,
        PageRenderer renderer,
        TimeProvider time,
        DurableTaskClient client,
        PublicUrls urls,
        IApprovalHistory approvals,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(time);
        var today = Today(time);
        var text = NewCohortText.For(DashboardText.For(context).Language);
        if (!context.Request.HasFormContentType)
        {
            var empty = NewCohortValues.Empty(today);
            return await PageAsync(context, catalog, search, renderer, empty, new Dictionary<string, string> { [NewCohortValues.ProgrammeField] = text.Required }, StatusCodes.Status415UnsupportedMediaType, cancellationToken);
        }

        var values = NewCohortValues.From(await context.Request.ReadFormAsync(cancellationToken));
        var (request, errors) = await NewCohortFormCheck.CheckAsync(values, text, today, catalog, directory, search, cancellationToken);
        if (request is null)
        {
            return await PageAsync(context, catalog, search, renderer, values, errors, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (context.Request.Form.ContainsKey(PreviewField))
        {
            // Checked like a start, then shown with its emails; nothing is started or sent.
            var programme = await catalog.FindAsync(request.ProgrammeId, request.ProgrammeVersion, cancellationToken);
            var preview = programme is null ? [] : PostingPreview.Compose(programme, request, time.GetUtcNow(), context.RequestServices.GetRequiredService<MessageComposer>(), urls.Absolute(Route));
            // The emails show in frames written inline (they inherit this policy) and carry inline styles.
            context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicyWithInlineStyles;
            return await PageAsync(context, catalog, search, renderer, values, new Dictionary<string, string>(), StatusCodes.Status200OK, cancellationToken, preview);
        }

        var started = await CohortStarter.StartAsync(request, today, client, catalog, urls, approvals, context.RequestServices.GetService<IWorkClaims>(), cancellationToken, context.RequestServices.GetService<ICohortRegister>());
        if (started.Accepted is { } accepted)
        {
            return Results.Redirect($"/cohorts/{Uri.EscapeDataString(accepted.Id)}", permanent: false, preserveMethod: false);
        }

        // Unpublished since the form was checked, or a generated id taken by a concurrent start.
        var message = started.Failure == CohortStartFailure.UnknownProgramme ? text.UnknownProgramme : text.IdTaken;
        return await PageAsync(context, catalog, search, renderer, values, new Dictionary<string, string> { [NewCohortValues.ProgrammeField] = message }, StatusCodes.Status409Conflict, cancellationToken);
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static async Task<IResult> PageAsync(HttpContext context, IProgrammeCatalog catalog, IDirectorySearch search, PageRenderer renderer, NewCohortValues values, IReadOnlyDictionary<string, string> errors, int status, CancellationToken cancellationToken, IReadOnlyList<PostingPreviewEmail>? preview = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(renderer);
        var dashboard = DashboardText.For(context);
        var text = NewCohortText.For(dashboard.Language);
        var html = await renderer.RenderAsync(typeof(NewCohortForm), new Dictionary<string, object?>
        {
            [nameof(NewCohortForm.Frame)] = dashboard,
            [nameof(NewCohortForm.Context)] = context,
            [nameof(NewCohortForm.Text)] = text,
            [nameof(NewCohortForm.Programmes)] = await catalog.ListAsync(cancellationToken),
            [nameof(NewCohortForm.Groups)] = await search.ListGroupsAsync(MaxGroups, cancellationToken),
            [nameof(NewCohortForm.Values)] = values,
            [nameof(NewCohortForm.Errors)] = errors,
            [nameof(NewCohortForm.Preview)] = preview ?? [],
        });
        return Html.Result(html, status);
    }
}
