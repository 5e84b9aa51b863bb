using System.Globalization;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Programmes;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.AspNetCore.Mvc;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>
/// HR owns the programmes: the HR API (<c>/api/programmes…</c>: list, versions, draft, publish, diff)
/// and the dashboard's pages (<c>/programmes…</c>: the same with a form editor, a JSON view and a
/// dry-run preview of the draft; Razor components in Components/Programmes). HR role only. Shared handlers: local mode maps them, Azure wraps them
/// (<c>Azure/ProgrammeFunctions.cs</c>).
/// </summary>
public static class ProgrammeEndpoints
{
    public static IEndpointRouteBuilder MapProgrammes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/programmes").WithTags("Programmes");
        api.MapGet("/", ListAsync).WithName("ListProgrammes").WithSummary("Every programme with its latest version, and the drafts")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/{id}", GetAsync).WithName("GetProgramme").WithSummary("A programme's versions and its draft").Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/versions/{version:int}", GetVersionAsync).WithName("GetProgrammeVersion").WithSummary("One published version, as JSON").Produces<ProgrammeDefinition>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/draft", GetDraftAsync).WithName("GetProgrammeDraft").WithSummary("The draft, as JSON").Produces<ProgrammeDefinition>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{id}/draft", SaveDraftAsync).WithName("SaveProgrammeDraft").WithSummary("Save a valid programme as the draft (the next version)")
            .Accepts<ProgrammeDefinition>("application/json").Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status415UnsupportedMediaType).DisableAntiforgery();
        api.MapPost("/{id}/publish", PublishAsync).WithName("PublishProgramme").WithSummary("Publish the draft as a new, immutable version")
            .Produces(StatusCodes.Status201Created, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).DisableAntiforgery();
        api.MapGet("/{id}/diff", DiffAsync).WithName("DiffProgramme").WithSummary("Field-by-field changes between two versions (to=draft for the draft)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var pages = endpoints.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/programmes", ListPageAsync).WithName("ProgrammesPage");
        pages.MapGet("/programmes/{id}", ProgrammePageAsync).WithName("ProgrammePage");
        pages.MapPost("/programmes/{id}/draft", SaveDraftFormAsync).WithName("ProgrammeDraftForm").DisableAntiforgery();
        pages.MapGet("/programmes/{id}/edit", EditPageAsync).WithName("ProgrammeEditPage");
        pages.MapPost("/programmes/{id}/edit", EditFormAsync).WithName("ProgrammeEditForm").DisableAntiforgery();
        pages.MapPost("/programmes/{id}/publish", PublishFormAsync).WithName("ProgrammePublishForm").DisableAntiforgery();
        return endpoints;
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ListAsync([FromServices] IProgrammeCatalog catalog, [FromServices] IProgrammeStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(store);
        var drafts = await store.ListDraftsAsync(cancellationToken);
        return Results.Ok(new
        {
            programmes = await catalog.ListAsync(cancellationToken),
            drafts = drafts.Select(d => new { id = d.Programme.Id, version = d.Programme.Version, d.SavedAt, d.SavedBy }),
        });
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> GetAsync(string id, [FromServices] IProgrammeStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (versions, draft) = await ReadAsync(id, store, cancellationToken);
        if (versions.Count == 0 && draft is null)
        {
            return NotFound(id);
        }

        return Results.Ok(new
        {
            id,
            versions = versions.Select(v => new { v.Programme.Version, v.Programme.AgreementVersion, v.PublishedAt, v.PublishedBy }),
            draft = draft is null ? null : new { draft.Programme.Version, draft.SavedAt, draft.SavedBy },
        });
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> GetVersionAsync(string id, int version, [FromServices] IProgrammeCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return await catalog.FindAsync(id, version, cancellationToken) is { } programme
            ? Results.Ok(programme)
            : ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown version", $"Programme '{id}' has no version {version}.");
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> GetDraftAsync(string id, [FromServices] IProgrammeStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetDraftAsync(id, cancellationToken) is { } draft
            ? Results.Ok(draft.Programme)
            : ProblemResponses.Problem(StatusCodes.Status404NotFound, "No draft", $"Programme '{id}' has no draft.");
    }

    /// <summary><c>PUT /api/programmes/{id}/draft</c>: 200 with the draft's version, or 400 naming every bad field.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> SaveDraftAsync(string id, HttpRequest request, [FromServices] ProgrammeAuthoring authoring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(authoring);
        if (request.ContentType is not { } type || !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return ProblemResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "JSON expected", "Send the programme as application/json.");
        }

        var json = await ReadBodyAsync(request, cancellationToken);
        var (draft, errors) = await authoring.SaveDraftAsync(id, json, AuditTrail.Actor(request.HttpContext), cancellationToken);
        return draft is null
            ? ProblemResponses.Validation(errors, "The draft was not saved: fix the fields named and send it again.")
            : Results.Ok(new { id, draft.Programme.Version, draft.SavedAt, draft.SavedBy });
    }

    /// <summary><c>POST /api/programmes/{id}/publish</c>: 201 with the new version.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> PublishAsync(string id, HttpRequest request, [FromServices] ProgrammeAuthoring authoring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(authoring);
        try
        {
            var published = await authoring.PublishAsync(id, AuditTrail.Actor(request.HttpContext), cancellationToken);
            var version = published.Programme.Version;
            return Results.Created($"/api/programmes/{id}/versions/{version}", new { id, version, published.Programme.AgreementVersion, published.PublishedAt, published.PublishedBy });
        }
        catch (KeyNotFoundException ex)
        {
            return ProblemResponses.Problem(StatusCodes.Status404NotFound, "No draft", ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return ProblemResponses.Problem(StatusCodes.Status409Conflict, "Version taken", ex.Message);
        }
    }

    /// <summary><c>GET /api/programmes/{id}/diff?from=1&amp;to=2</c> (<c>to=draft</c>; <c>from</c> defaults to the version before <c>to</c>).</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> DiffAsync(string id, HttpRequest request, [FromServices] IProgrammeCatalog catalog, [FromServices] IProgrammeStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (diff, problem) = await DiffOfAsync(id, request.Query["from"], request.Query["to"], catalog, store, cancellationToken);
        return problem ?? Results.Ok(diff);
    }

    /// <summary><c>GET /programmes</c>; <c>?open=id</c> (the new-programme form) goes to that programme's page.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ListPageAsync(HttpRequest request, [FromServices] IProgrammeCatalog catalog, [FromServices] IProgrammeStore store, [FromServices] PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(store);
        if (request.Query["open"].ToString().Trim() is { Length: > 0 } open)
        {
            return Results.Redirect($"/programmes/{Uri.EscapeDataString(open)}");
        }

        return await PageAsync(request.HttpContext, renderer, typeof(ProgrammeList), StatusCodes.Status200OK, new()
        {
            [nameof(ProgrammeList.Programmes)] = await catalog.ListAsync(cancellationToken),
            [nameof(ProgrammeList.Drafts)] = await store.ListDraftsAsync(cancellationToken),
        });
    }

    /// <summary><c>GET /programmes/{id}[?from=&amp;to=][?json=1]</c>: versions, changes between two, the draft, the JSON view.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> ProgrammePageAsync(string id, HttpRequest request, [FromServices] IProgrammeCatalog catalog, [FromServices] IProgrammeStore store, [FromServices] PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<FieldChange>? diff = null;
        string? diffTitle = null;
        if (request.Query.ContainsKey("to"))
        {
            var (changes, _) = await DiffOfAsync(id, request.Query["from"], request.Query["to"], catalog, store, cancellationToken);
            diff = changes?.Changes;
            diffTitle = changes is null ? "-" : $"v{changes.From} → {changes.To}";
        }

        var json = ProgrammeJson.Write(await EditingAsync(id, catalog, store, cancellationToken));
        return await RenderProgrammeAsync(request.HttpContext, id, store, renderer, StatusCodes.Status200OK, json, null, cancellationToken, new()
        {
            [nameof(ProgrammePage.DiffTitle)] = diffTitle,
            [nameof(ProgrammePage.Diff)] = diff,
            [nameof(ProgrammePage.Published)] = request.Query["published"].ToString(),
            [nameof(ProgrammePage.Saved)] = request.Query.ContainsKey("saved"),
            [nameof(ProgrammePage.JsonOpen)] = request.Query.ContainsKey("json"),
        });
    }

    /// <summary>The JSON view's form: saved and back to the page, or the page again with every bad field named (400).</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> SaveDraftFormAsync(string id, HttpRequest request, [FromServices] ProgrammeAuthoring authoring, [FromServices] IProgrammeStore store, [FromServices] PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(authoring);
        if (!request.HasFormContentType)
        {
            return ProblemResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "Form expected", "Send the editor's form.");
        }

        var json = (await request.ReadFormAsync(cancellationToken))["json"].ToString();
        var (draft, errors) = await authoring.SaveDraftAsync(id, json, AuditTrail.Actor(request.HttpContext), cancellationToken);
        if (draft is not null)
        {
            return Results.Redirect($"/programmes/{Uri.EscapeDataString(id)}?saved=1");
        }

        return await RenderProgrammeAsync(request.HttpContext, id, store, renderer, StatusCodes.Status400BadRequest, json, errors, cancellationToken, []);
    }

    /// <summary><c>GET /programmes/{id}/edit</c>: the editor's form, filled with the draft, else the latest version, else a shipped programme renamed.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> EditPageAsync(string id, HttpRequest request, [FromServices] IProgrammeCatalog catalog, [FromServices] IProgrammeStore store, [FromServices] PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var editing = await EditingAsync(id, catalog, store, cancellationToken);
        return await EditorAsync(request.HttpContext, id, ProgrammeForm.From(editing), editing, renderer, StatusCodes.Status200OK, new Dictionary<string, string>(), changed: false);
    }

    /// <summary><c>POST /programmes/{id}/edit</c>: a list's add or remove button shows the form again
    /// (nothing saved); save makes the draft as the JSON view does, or shows the form again (400) with
    /// each bad field named next to it and everything typed kept.</summary>
    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> EditFormAsync(string id, HttpRequest request, [FromServices] ProgrammeAuthoring authoring, [FromServices] IProgrammeCatalog catalog, [FromServices] IProgrammeStore store, [FromServices] PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(authoring);
        if (!request.HasFormContentType)
        {
            return ProblemResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "Form expected", "Send the editor's form.");
        }

        var posted = await request.ReadFormAsync(cancellationToken);
        var form = ProgrammeForm.From(posted.Where(f => f.Key is not (ProgrammeForm.ActionField or DashboardAntiforgery.FieldName)));
        var settings = await EditingAsync(id, catalog, store, cancellationToken);
        if (form.Apply(posted[ProgrammeForm.ActionField]))
        {
            return await EditorAsync(request.HttpContext, id, form, settings, renderer, StatusCodes.Status200OK, new Dictionary<string, string>(), changed: true);
        }

        var say = ProgrammeText.For(DashboardText.For(request.HttpContext).Language);
        var (json, errors) = form.ToJson(id, say.Messages);
        if (json is not null)
        {
            var (draft, refused) = await authoring.SaveDraftAsync(id, json, AuditTrail.Actor(request.HttpContext), cancellationToken, missingTranslationsAllowed: true);
            if (draft is not null)
            {
                return Results.Redirect($"/programmes/{Uri.EscapeDataString(id)}?saved=1");
            }

            errors = refused.ToDictionary(e => e.Key, e => say.Format(say.NotAccepted, string.Join(" ", e.Value)), StringComparer.Ordinal);
        }

        return await EditorAsync(request.HttpContext, id, form, settings, renderer, StatusCodes.Status400BadRequest, errors, changed: false);
    }

    [RequireRoles(AppRoles.HR)]
    public static async Task<IResult> PublishFormAsync(string id, HttpRequest request, [FromServices] ProgrammeAuthoring authoring, [FromServices] PageRenderer renderer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(authoring);
        try
        {
            var published = await authoring.PublishAsync(id, AuditTrail.Actor(request.HttpContext), cancellationToken);
            return Results.Redirect(string.Create(CultureInfo.InvariantCulture, $"/programmes/{Uri.EscapeDataString(id)}?published={published.Programme.Version}"));
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            var say = ProgrammeText.For(DashboardText.For(request.HttpContext).Language);
            var reason = ex is ProgrammeIncompleteException incomplete ? say.Format(say.Incompletes, string.Join(", ", incomplete.Fields)) : ex.Message;
            return await PageAsync(request.HttpContext, renderer, typeof(ProgrammeProblem), ex is KeyNotFoundException ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict, new()
            {
                [nameof(ProgrammeProblem.Id)] = id,
                [nameof(ProgrammeProblem.Reason)] = reason,
            });
        }
    }

    /// <summary>What the editors start from: the draft, else the latest version, else (a new programme) a
    /// shipped one renamed, so every field there is shows.</summary>
    private static async Task<ProgrammeDefinition> EditingAsync(string id, IProgrammeCatalog catalog, IProgrammeStore store, CancellationToken cancellationToken)
    {
        if ((await store.GetDraftAsync(id, cancellationToken))?.Programme is { } draft)
        {
            return draft;
        }

        if (await catalog.FindAsync(id, null, cancellationToken) is { } latest)
        {
            return latest;
        }

        var sample = (await catalog.FindAsync("mobility-ambassadors", null, cancellationToken))!;
        return sample with { Id = id, Version = 1 };
    }

    private static async Task<IResult> RenderProgrammeAsync(HttpContext context, string id, IProgrammeStore store, PageRenderer renderer, int status, string json, IReadOnlyDictionary<string, string[]>? errors, CancellationToken cancellationToken, Dictionary<string, object?> parameters)
    {
        var (versions, draft) = await ReadAsync(id, store, cancellationToken);
        parameters[nameof(ProgrammePage.Id)] = id;
        parameters[nameof(ProgrammePage.Versions)] = versions;
        parameters[nameof(ProgrammePage.Draft)] = draft;
        parameters[nameof(ProgrammePage.Missing)] = draft is null ? Array.Empty<string>() : ProgrammeAuthoring.MissingTranslations(draft.Programme);
        parameters[nameof(ProgrammePage.Json)] = json;
        parameters[nameof(ProgrammePage.JsonErrors)] = errors;
        parameters[nameof(ProgrammePage.Text)] = ProgrammeText.For(DashboardText.For(context).Language);
        return await PageAsync(context, renderer, typeof(ProgrammePage), status, parameters);
    }

    private static Task<IResult> EditorAsync(HttpContext context, string id, ProgrammeForm form, ProgrammeDefinition settings, PageRenderer renderer, int status, IReadOnlyDictionary<string, string> errors, bool changed)
    {
        var text = ProgrammeText.For(DashboardText.For(context).Language);
        return PageAsync(context, renderer, typeof(ProgrammeEditor), status, new()
        {
            [nameof(ProgrammeEditor.Text)] = text,
            [nameof(ProgrammeEditor.Id)] = id,
            [nameof(ProgrammeEditor.Form)] = form,
            [nameof(ProgrammeEditor.Errors)] = errors,
            [nameof(ProgrammeEditor.Warnings)] = form.Warnings(),
            [nameof(ProgrammeEditor.Changed)] = changed,
            [nameof(ProgrammeEditor.Placeholders)] = ProgrammePlaceholders.Values(settings, text.Language),
        });
    }

    private static async Task<IResult> PageAsync(HttpContext context, PageRenderer renderer, Type component, int status, Dictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        parameters["Frame"] = DashboardText.For(context);
        parameters["Context"] = context;
        return Html.Result(await renderer.RenderAsync(component, parameters), status);
    }

    private static async Task<(IReadOnlyList<PublishedProgramme> Versions, ProgrammeDraft? Draft)> ReadAsync(string id, IProgrammeStore store, CancellationToken cancellationToken)
        => (await store.ListVersionsAsync(id, cancellationToken), await store.GetDraftAsync(id, cancellationToken));

    private static async Task<(ProgrammeChanges? Diff, IResult? Problem)> DiffOfAsync(string id, string? from, string? to, IProgrammeCatalog catalog, IProgrammeStore store, CancellationToken cancellationToken)
    {
        ProgrammeDefinition? target;
        if (string.Equals(to, "draft", StringComparison.OrdinalIgnoreCase))
        {
            target = (await store.GetDraftAsync(id, cancellationToken))?.Programme;
        }
        else if (int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var toVersion))
        {
            target = await catalog.FindAsync(id, toVersion, cancellationToken);
        }
        else
        {
            return (null, ProblemResponses.Validation(new Dictionary<string, string[]> { ["to"] = [$"'{to}' is neither a version number nor 'draft'."] }));
        }

        if (target is null)
        {
            return (null, ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown version", $"Programme '{id}' has no {to} to compare."));
        }

        var fromVersion = string.IsNullOrEmpty(from) ? target.Version - 1 : int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : -1;
        if (fromVersion < 1)
        {
            return (null, ProblemResponses.Validation(new Dictionary<string, string[]> { ["from"] = [$"'{from}' is not a version number (or there is no version before {to})."] }));
        }

        var source = await catalog.FindAsync(id, fromVersion, cancellationToken);
        return source is null
            ? (null, ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown version", $"Programme '{id}' has no version {fromVersion}."))
            : (new ProgrammeChanges(id, fromVersion, string.Equals(to, "draft", StringComparison.OrdinalIgnoreCase) ? "draft" : $"v{target.Version}", ProgrammeDiff.Between(source, target)), null);
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var buffer = new char[ProgrammeAuthoring.MaxJsonLength + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, read);
    }

    private static IResult NotFound(string id) => ProblemResponses.Problem(StatusCodes.Status404NotFound, "Unknown programme", $"No programme '{id}' and no draft of it.");
}

/// <summary>A diff as the API returns it.</summary>
public sealed record ProgrammeChanges(string ProgrammeId, int From, string To, IReadOnlyList<FieldChange> Changes);
