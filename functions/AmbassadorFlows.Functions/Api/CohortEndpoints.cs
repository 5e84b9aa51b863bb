using System.Security.Cryptography;
using System.Text.Json;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using DurableTask.Core.Exceptions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask;
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
        api.MapGet("/", ListCohortsAsync).WithName("ListCohorts").WithSummary("All cohorts, newest first").Produces<IReadOnlyList<CohortSummary>>();
        api.MapGet("/{id}", GetCohortAsync).WithName("GetCohort").WithSummary("One cohort: journeys, waits, attendance, feedback, at-risk ambassadors")
            .Produces<CohortDetail>().ProducesProblem(StatusCodes.Status404NotFound);
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
        var context = request.HttpContext;
        if (context.Request.ContentType is not { } contentType || !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return ProblemResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "JSON expected", "Send the cohort as application/json.");
        }

        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            return TooLarge(options);
        }

        // Enforced while reading too, for chunked bodies without a Content-Length.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBytes;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = 16 }, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }
        catch (JsonException ex)
        {
            return ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var (parsed, errors) = await CohortRequestParser.ParseAsync(document.RootElement, directory, today, cancellationToken);
            if (parsed is null)
            {
                return ProblemResponses.Validation(errors);
            }

            if (await catalog.FindAsync(parsed.ProgrammeId, parsed.ProgrammeVersion, cancellationToken) is not { } programme)
            {
                var which = parsed.ProgrammeVersion is null ? $"'{parsed.ProgrammeId}'" : $"'{parsed.ProgrammeId}' version {parsed.ProgrammeVersion}";
                var known = await catalog.ListAsync(cancellationToken);
                return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown programme", $"No programme {which}. Known: {string.Join(", ", known.Select(p => $"{p.Id} (v{string.Join(", v", p.Versions)})"))}.");
            }

            // The parser has checked an explicit deadline (after the start, at most 90 days out); without
            // one the programme's application window applies.
            var deadline = parsed.PostingDeadline ?? parsed.StartDate.AddDays(programme.Posting.ApplicationWindowDays);
            var cohortId = parsed.CohortId ?? $"{programme.Id}-{parsed.StartDate:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
            var input = new CohortRequest(cohortId, programme.Id, parsed.HrOwner, parsed.Audience ?? CohortRequestParser.DefaultAudience, parsed.Nominees, programme.Version, parsed.PostingDeadline);
            // A future start date schedules the cohort; today starts it at once.
            var startAt = parsed.StartDate > today ? new DateTimeOffset(parsed.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
            // Instances on one task hub may receive the same request at once: an id given by the caller is
            // claimed in the shared store first (a conditional write, one winner), so the check below and
            // the start are never run by two requests side by side. The claim covers the start only; after
            // it the instance itself (or its approvals) says the id is taken.
            if (parsed.CohortId is not null
                && request.HttpContext.RequestServices.GetService<IWorkClaims>() is { } claims
                && !await claims.TryClaimAsync(StartClaimKey(cohortId), WorkClaimant.NewRequest(), StartClaimDuration, cancellationToken))
            {
                return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Cohort exists", $"A cohort with id '{cohortId}' is being started by another request.");
            }

            if (await UsedBeforeAsync(cohortId, client, approvals, cancellationToken) is { } used)
            {
                return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Cohort exists", $"The cohort id '{cohortId}' is taken ({used}). Choose another id, or leave it out to get a fresh one.");
            }

            try
            {
                await client.ScheduleNewOrchestrationInstanceAsync(CohortReadModel.CohortOrchestratorName, input, new StartOrchestrationOptions(cohortId, startAt), cancellationToken);
            }
            catch (OrchestrationAlreadyExistsException)
            {
                // Started by a concurrent request between the check and here.
                return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Cohort exists", $"A cohort with id '{cohortId}' is already running.");
            }

            var status = urls.Absolute($"api/cohorts/{Uri.EscapeDataString(cohortId)}");
            var accepted = new CohortAccepted(cohortId, programme.AgreementVersion, parsed.StartDate, deadline, status, urls.Absolute($"cohorts/{Uri.EscapeDataString(cohortId)}"));
            return Results.Accepted(status.AbsoluteUri, accepted);
        }
    }

    /// <summary>How long a start's claim on its cohort id keeps other requests off it: far longer than a start takes.</summary>
    internal static readonly TimeSpan StartClaimDuration = TimeSpan.FromMinutes(2);

    /// <summary>The claim key of starting the cohort <paramref name="cohortId"/>.</summary>
    internal static string StartClaimKey(string cohortId) => $"cohort-start:{cohortId}";

    /// <summary>
    /// Why <paramref name="cohortId"/> cannot start a new cohort, or null. An id is used once: approval
    /// ids, links and email idempotency keys derive from it, so a second run under the same id
    /// would find the first run's decided approvals and already-sent emails. That holds for an
    /// instance in any state (Durable would replace a finished one) and for one purged since,
    /// whose approvals are still on record.
    /// </summary>
    private static async Task<string?> UsedBeforeAsync(string cohortId, DurableTaskClient client, IApprovalHistory approvals, CancellationToken cancellationToken)
    {
        if (await client.GetInstanceAsync(cohortId, cancellation: cancellationToken) is { } existing)
        {
            return $"a cohort with this id is {existing.RuntimeStatus}";
        }

        var journeys = CohortReadModel.JourneyPrefix(cohortId);
        var records = await approvals.ListAllAsync(cohortId, 500, cancellationToken);
        return records.Any(a => a.InstanceId == cohortId || a.InstanceId.StartsWith(journeys, StringComparison.Ordinal))
            ? "an earlier cohort with this id left approvals on record"
            : null;
    }

    /// <summary><c>GET /api/cohorts</c>: every cohort, newest first.</summary>
    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    public static async Task<IResult> ListCohortsAsync([FromServices] DurableTaskClient client, [FromServices] CohortReadModel readModel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readModel);
        return Results.Ok(await readModel.ListAsync(client, cancellationToken));
    }

    /// <summary><c>GET /api/cohorts/{id}</c>: one cohort in detail, or 404.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> GetCohortAsync(string id, HttpContext context, [FromServices] DurableTaskClient client, [FromServices] CohortReadModel readModel, [FromServices] AuditTrail trail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readModel);
        ArgumentNullException.ThrowIfNull(trail);
        if (await readModel.GetAsync(client, id, cancellationToken) is not { } detail)
        {
            return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown cohort", $"No cohort '{id}'.");
        }

        await trail.PersonalDataReadAsync(context, id, "HR API: cohort detail", cancellationToken);
        return Results.Ok(detail);
    }

    private static IResult TooLarge(LocalModeOptions options)
        => ProblemResponses.Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The body is larger than {options.MaxRequestBytes} bytes.");
}
