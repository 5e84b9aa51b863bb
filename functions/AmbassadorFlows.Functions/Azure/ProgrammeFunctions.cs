using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.Azure.Functions.Worker;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>HR's programme authoring as HTTP functions: thin adapters over <see cref="ProgrammeEndpoints"/>, as in local mode.</summary>
public sealed class ProgrammeFunctions(IProgrammeCatalog catalog, IProgrammeStore store, ProgrammeAuthoring authoring, PageRenderer renderer)
{
    [RequireRoles(AppRoles.HR)]
    [Function("ListProgrammes")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/programmes")] HttpRequest request, CancellationToken cancellationToken)
        => ProgrammeEndpoints.ListAsync(catalog, store, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("GetProgramme")]
    public Task<IResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/programmes/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.GetAsync(id, store, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("GetProgrammeVersion")]
    public Task<IResult> GetVersionAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/programmes/{id}/versions/{version:int}")] HttpRequest request, string id, int version, CancellationToken cancellationToken)
        => ProgrammeEndpoints.GetVersionAsync(id, version, catalog, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("GetProgrammeDraft")]
    public Task<IResult> GetDraftAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/programmes/{id}/draft")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.GetDraftAsync(id, store, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("SaveProgrammeDraft")]
    public Task<IResult> SaveDraftAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/programmes/{id}/draft")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.SaveDraftAsync(id, request, authoring, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("PublishProgramme")]
    public Task<IResult> PublishAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/programmes/{id}/publish")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.PublishAsync(id, request, authoring, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("DiffProgramme")]
    public Task<IResult> DiffAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/programmes/{id}/diff")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.DiffAsync(id, request, catalog, store, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("ProgrammesPage")]
    public Task<IResult> ListPageAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes")] HttpRequest request, CancellationToken cancellationToken)
        => ProgrammeEndpoints.ListPageAsync(request, catalog, store, renderer, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("ProgrammePage")]
    public Task<IResult> ProgrammePageAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{id}")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.ProgrammePageAsync(id, request, catalog, store, renderer, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("ProgrammeDraftForm")]
    public Task<IResult> SaveDraftFormAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{id}/draft")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.SaveDraftFormAsync(id, request, authoring, store, renderer, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("ProgrammePublishForm")]
    public Task<IResult> PublishFormAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{id}/publish")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.PublishFormAsync(id, request, authoring, renderer, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("ProgrammeEditPage")]
    public Task<IResult> EditPageAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{id}/edit")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.EditPageAsync(id, request, catalog, store, renderer, cancellationToken);

    [RequireRoles(AppRoles.HR)]
    [Function("ProgrammeEditForm")]
    public Task<IResult> EditFormAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{id}/edit")] HttpRequest request, string id, CancellationToken cancellationToken)
        => ProgrammeEndpoints.EditFormAsync(id, request, authoring, catalog, store, renderer, cancellationToken);
}
