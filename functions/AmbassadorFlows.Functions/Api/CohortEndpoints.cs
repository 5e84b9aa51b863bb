using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Api;

/// <summary>
/// The HR API: start a cohort, list cohorts, follow one. Bad input gets a problem-details 4xx and
/// starts nothing. Each operation is one public handler; local mode maps it as a minimal-API route
/// (services and the Durable client from DI), Azure calls it from an HTTP function with the
/// client of its <c>[DurableClient]</c> binding. Services are marked <c>[FromServices]</c> so the
/// routes also describe themselves where those services are not registered (<see cref="CohortApiDocument"/>).
/// </summary>
public static class CohortEndpoints
{
    public static IServiceCollection AddCohortApi(this IServiceCollection services)
    {
        services.AddSingleton<CohortReadModel>();
        return services;
    }

    /// <summary>The HR API's routes and <c>GET /openapi/v1.json</c>, its description.</summary>
    public static IEndpointRouteBuilder MapCohortApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(CohortApiDocument.Route, CohortApiDocument.GetAsync).WithName("OpenApiDocument").ExcludeFromDescription();
        return endpoints.MapCohortRoutes();
    }

    /// <summary>The HR API's routes with the metadata its OpenAPI document is generated from.</summary>
    public static IEndpointRouteBuilder MapCohortRoutes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/cohorts").WithTags("Cohorts");
        api.MapPost("/", CreateCohortAsync)
            .WithName("CreateCohort")
            .WithSummary("Start a cohort of a programme")
            .Accepts<CreateCohortRequest>("application/json")
            .Produces<CohortAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
        api.MapGet("/", ListCohortsAsync).WithName("ListCohorts").WithSummary("Cohorts, newest first, a page at a time (?limit=1..200, default 50; the Link header's rel=\"next\" reads on)").Produces<IReadOnlyList<CohortSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/{id}", GetCohortAsync).WithName("GetCohort").WithSummary($"One cohort: journeys ({CohortReadModel.PageSize} at a time in employee-id order; the Link header's rel=\"next\" reads on), waits, attendance, feedback, at-risk ambassadors")
            .Produces<CohortDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id}/close-posting", ClosePostingAsync)
            .WithName("ClosePosting")
            .WithSummary("Close the cohort's posting now: no more applications, HR is asked for the selection at once")
            .WithDescription("For cohorts started on orchestration version 3.0 or later, while their posting is open. The meetings stay as planned.")
            .Produces<ClosePostingAccepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .DisableAntiforgery();
        api.MapCohortChangeRoutes();
        return endpoints;
    }

    /// <summary><c>POST /api/cohorts</c>: 202 with the cohort id and where to follow it.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> CreateCohortAsync(
        HttpRequest request,
        [FromServices] DurableTaskClient client,
        [FromServices] LocalModeOptions options,
        [FromServices] IDirectory directory,
        [FromServices] IProgrammeCatalog catalog,
        [FromServices] PublicUrls urls,
        [FromServices] TimeProvider time,
        [FromServices] IApprovalHistory approvals,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(time);
        var (document, problem) = await JsonBody.ReadAsync(request.HttpContext, options, "the cohort", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var (parsed, errors) = await CohortRequestParser.ParseAsync(document!.RootElement, directory, today, cancellationToken);
            if (parsed is null)
            {
                return ProblemResponses.Validation(errors);
            }

            var started = await CohortStarter.StartAsync(parsed, today, client, catalog, urls, approvals, request.HttpContext.RequestServices.GetService<IWorkClaims>(), cancellationToken, request.HttpContext.RequestServices.GetService<ICohortRegister>());
            return started switch
            {
                { Accepted: { } accepted } => Results.Accepted(accepted.StatusQueryGetUri.AbsoluteUri, accepted),
                { Failure: CohortStartFailure.UnknownProgramme } => ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown programme", started.Detail!),
                _ => ProblemResponses.Problem(StatusCodes.Status409Conflict, "Cohort exists", started.Detail!),
            };
        }
    }

    /// <summary>Cohorts per page of <c>GET /api/cohorts</c> unless <c>limit</c> says otherwise.</summary>
    public const int ListPageSize = 50;

    /// <summary>The most a caller may ask for in one page.</summary>
    public const int ListPageMax = 200;

    /// <summary><c>GET /api/cohorts[?limit=][&amp;after=]</c>: cohorts, newest first, a page at a time; the
    /// body is the page's array, a <c>Link: &lt;…&gt;; rel="next"</c> header points at the next page.</summary>
    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    public static async Task<IResult> ListCohortsAsync(HttpContext context, [FromServices] DurableTaskClient client, [FromServices] CohortReadModel readModel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(readModel);
        var limit = ListPageSize;
        if (context.Request.Query["limit"] is { Count: > 0 } given
            && (!int.TryParse(given.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > ListPageMax))
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Invalid limit", $"limit is a whole number from 1 to {ListPageMax}.");
        }

        var after = context.Request.Query["after"].ToString();
        CohortSummaryPage page;
        try
        {
            page = await readModel.ListAsync(client, limit, string.IsNullOrEmpty(after) ? null : after, cancellationToken);
        }
        catch (FormatException)
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Invalid page", "after is not a page of this list: follow the Link header of the page before, or leave it out for the newest cohorts.");
        }

        if (page.Next is { } next)
        {
            context.Response.Headers.Link = $"</api/cohorts?limit={limit}&after={Uri.EscapeDataString(next)}>; rel=\"next\"";
        }

        return Results.Ok(page.Cohorts);
    }

    /// <summary><c>GET /api/cohorts/{id}[?after=]</c>: one cohort in detail with a page of its journeys, or 404;
    /// the Link header's rel="next" (and the body's <c>next</c>) reads on.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> GetCohortAsync(string id, HttpContext context, [FromServices] DurableTaskClient client, [FromServices] CohortReadModel readModel, [FromServices] AuditTrail trail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(readModel);
        ArgumentNullException.ThrowIfNull(trail);
        var after = context.Request.Query["after"].ToString();
        if (await readModel.GetAsync(client, id, string.IsNullOrEmpty(after) ? null : after, cancellationToken) is not { } detail)
        {
            return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown cohort", $"No cohort '{id}'.");
        }

        await trail.PersonalDataReadAsync(context, id, "HR API: cohort detail", cancellationToken);
        if (detail.Next is { } next)
        {
            context.Response.Headers.Link = $"</api/cohorts/{Uri.EscapeDataString(id)}?after={Uri.EscapeDataString(next)}>; rel=\"next\"";
        }

        return Results.Ok(detail);
    }

    /// <summary><c>POST /api/cohorts/{id}/close-posting</c>: 202 when the cohort takes it; 404 for an
    /// unknown cohort; 409 when its posting is not open (any more) or the cohort is older than version 3.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ClosePostingAsync(string id, HttpContext context, [FromServices] DurableTaskClient client, [FromServices] PublicUrls urls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(urls);
        return await ClosePostingCommand.CloseAsync(client, id, Caller.Of(context)?.Id ?? "anonymous", cancellationToken) switch
        {
            ClosePostingCommand.Outcome.Closed => Results.Accepted(
                urls.Absolute($"api/cohorts/{Uri.EscapeDataString(id)}").AbsoluteUri,
                new ClosePostingAccepted(id, urls.Absolute($"api/cohorts/{Uri.EscapeDataString(id)}"))),
            ClosePostingCommand.Outcome.UnknownCohort => ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown cohort", $"No cohort '{id}'."),
            ClosePostingCommand.Outcome.OlderVersion => ProblemResponses.Problem(StatusCodes.Status409Conflict, "Posting cannot be closed early",
                $"Cohort '{id}' started before postings could be closed early (orchestration version 3.0); its posting closes at its deadline."),
            _ => ProblemResponses.Problem(StatusCodes.Status409Conflict, "Posting not open", $"The posting of cohort '{id}' is not open: it has not started, or the selection has begun."),
        };
    }
}
