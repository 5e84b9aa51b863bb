using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.People;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>HR's people pages behind Entra sign-in: thin adapters over <see cref="PeopleEndpoints"/>.</summary>
public sealed class PeopleFunctions(IDirectorySearch search, PersonReader reader, AuditTrail trail, PersonalDataEraser eraser, PageRenderer renderer, TimeProvider time, PersonalLinkRotation rotation)
{
    [RequireRoles(AppRoles.HR)]
    [Function("PeopleSearch")]
    public Task<IResult> SearchAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PeopleEndpoints.SearchAsync(request.HttpContext, search, renderer, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("PersonPage")]
    public Task<IResult> PersonAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people/{employeeId}")] HttpRequest request,
        string employeeId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PeopleEndpoints.PersonAsync(employeeId, request.HttpContext, reader, client, trail, renderer, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("PersonLeftCompany")]
    public Task<IResult> LeftCompanyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{employeeId}/left-company")] HttpRequest request,
        string employeeId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PeopleEndpoints.LeftCompanyAsync(employeeId, request.HttpContext, reader, client, trail, renderer, time, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("PersonErasure")]
    public Task<IResult> EraseAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{employeeId}/erasure")] HttpRequest request,
        string employeeId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PeopleEndpoints.EraseAsync(employeeId, request.HttpContext, reader, eraser, client, renderer, cancellationToken);
    }

    [RequireRoles(AppRoles.HR)]
    [Function("PersonPersonalLink")]
    public Task<IResult> RenewLinkAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "people/{employeeId}/personal-link")] HttpRequest request,
        string employeeId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PeopleEndpoints.RenewLinkAsync(employeeId, request.HttpContext, reader, rotation, client, renderer, cancellationToken);
    }
}
