using System.Security.Cryptography;
using System.Text.Json;
using AmbassadorFlows.Durable;
using AmbassadorFlows.Functions.FunctionMetadata;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.AspNetCore.Http.Features;

namespace AmbassadorFlows.Functions.Api;

/// <summary>The HR API: start a cohort, list cohorts, follow one. Bad input gets a problem-details
/// 4xx and starts nothing.</summary>
public static class CohortEndpoints
{
    public static IServiceCollection AddCohortApi(this IServiceCollection services)
    {
        services.AddSingleton<CohortReadModel>();
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "AmbassadorFlows HR API";
                document.Info.Description = "Start ambassador cohorts and follow their journeys. Approval pages, the dashboard and the Durable management API are not part of this document.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCohortApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi();
        var api = endpoints.MapGroup("/api/cohorts").WithTags("Cohorts");
        api.MapPost("/", CreateAsync)
            .WithName("CreateCohort")
            .WithSummary("Start a cohort of a programme")
            .Accepts<CreateCohortRequest>("application/json")
            .Produces<CohortAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery()
            .AsFunction("CreateCohort");
        api.MapGet("/", ListAsync).WithName("ListCohorts").WithSummary("All cohorts, newest first").Produces<IReadOnlyList<CohortSummary>>()
            .AsFunction("ListCohorts");
        api.MapGet("/{id}", GetAsync).WithName("GetCohort").WithSummary("One cohort: journeys, waits, attendance, feedback, at-risk ambassadors")
            .Produces<CohortDetail>().ProducesProblem(StatusCodes.Status404NotFound)
            .AsFunction("GetCohort");
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context,
        LocalModeOptions options,
        IDirectory directory,
        IProgrammeCatalog catalog,
        DurableTaskClient client,
        PublicUrls urls,
        TimeProvider time,
        IApprovalHistory approvals,
        CancellationToken cancellationToken)
    {
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
            var (request, errors) = await CohortRequestParser.ParseAsync(document.RootElement, directory, today, cancellationToken);
            if (request is null)
            {
                return ProblemResponses.Validation(errors);
            }

            if (!catalog.TryGet(request.ProgrammeId, request.ProgrammeVersion, out var programme))
            {
                var which = request.ProgrammeVersion is null ? $"'{request.ProgrammeId}'" : $"'{request.ProgrammeId}' version {request.ProgrammeVersion}";
                return ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown programme", $"No programme {which}. Known: {string.Join(", ", catalog.List().Select(p => $"{p.Id} (v{string.Join(", v", p.Versions)})"))}.");
            }

            // The parser has checked an explicit deadline (after the start, at most 90 days out); without
            // one the programme's application window applies.
            var deadline = request.PostingDeadline ?? request.StartDate.AddDays(programme.Posting.ApplicationWindowDays);
            var cohortId = request.CohortId ?? $"{programme.Id}-{request.StartDate:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
            var input = new CohortRequest(cohortId, programme.Id, request.HrOwner, request.Audience ?? CohortRequestParser.DefaultAudience, request.Nominees, programme.Version, request.PostingDeadline);
            // A future start date schedules the cohort; today starts it at once.
            var startAt = request.StartDate > today ? new DateTimeOffset(request.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
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
            var accepted = new CohortAccepted(cohortId, programme.AgreementVersion, request.StartDate, deadline, status, urls.Absolute($"cohorts/{Uri.EscapeDataString(cohortId)}"));
            return Results.Accepted(status.AbsoluteUri, accepted);
        }
    }

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

    private static async Task<IResult> ListAsync(CohortReadModel readModel, CancellationToken cancellationToken)
        => Results.Ok(await readModel.ListAsync(cancellationToken));

    private static async Task<IResult> GetAsync(string id, CohortReadModel readModel, CancellationToken cancellationToken)
        => await readModel.GetAsync(id, cancellationToken) is { } detail
            ? Results.Ok(detail)
            : ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown cohort", $"No cohort '{id}'.");

    private static IResult TooLarge(LocalModeOptions options)
        => ProblemResponses.Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The body is larger than {options.MaxRequestBytes} bytes.");
}
