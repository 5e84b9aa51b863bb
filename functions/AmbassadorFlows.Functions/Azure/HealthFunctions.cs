using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Health;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>Programme health as HTTP functions behind Entra sign-in: thin adapters over
/// <see cref="HealthEndpoints"/>' handlers, as in local mode. The host matches overlapping routes in
/// the order of the functions' names, not by route precedence as ASP.NET Core does
/// (azure-functions-host#9876), so each CSV function is named to sort before the page whose route
/// ("{id}") would also take "x.csv"; a test keeps it so.</summary>
public sealed class HealthFunctions(HealthReader health, PageRenderer renderer)
{
    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    [Function("HealthCohortCsv")]
    public Task<IResult> CohortCsvAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/cohorts/{id}.csv")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => HealthEndpoints.CohortCsvAsync(id, request.HttpContext, client, health, cancellationToken);

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    [Function("HealthCohortPage")]
    public Task<IResult> CohortAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/cohorts/{id}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => HealthEndpoints.CohortAsync(id, request.HttpContext, client, health, renderer, cancellationToken);

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    [Function("HealthProgrammeCsv")]
    public Task<IResult> ProgrammeCsvAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/programmes/{programmeId}.csv")] HttpRequest request,
        string programmeId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => HealthEndpoints.ProgrammeCsvAsync(programmeId, request.HttpContext, client, health, cancellationToken);

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    [Function("HealthProgrammePage")]
    public Task<IResult> ProgrammeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/programmes/{programmeId}")] HttpRequest request,
        string programmeId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
        => HealthEndpoints.ProgrammeAsync(programmeId, request.HttpContext, client, health, renderer, cancellationToken);
}
