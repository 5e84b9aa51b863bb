using System.Text.Json.Nodes;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Programmes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AmbassadorFlows.Functions.Api;

/// <summary>
/// The HR API's OpenAPI document (<c>GET /openapi/v1.json</c>), one handler for both modes. It is
/// generated from the HR API's own routes (<see cref="CohortEndpoints.MapCohortRoutes"/>) mapped on a
/// private, never-started app, because the Functions worker has no minimal-API routes to describe:
/// so Azure serves exactly the document local mode serves. Built once per process.
/// </summary>
public static class CohortApiDocument
{
    public const string Route = "/openapi/v1.json";
    public const string DocumentName = "v1";
    public const string EntraScheme = "entra";
    public const string LocalKeyScheme = "localKey";
    /// <summary>What each group of operations is for, shown above it by API tools.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Cohorts"] = "Start a cohort of a programme and follow it: its state, its ambassadors and their journeys.",
        ["Programmes"] = "Programme templates: published versions (never changed once published), drafts, publishing and the difference between versions.",
        ["People"] = "A person's data across the app: export it, or erase it on request.",
        ["Audit"] = "Who did what and when, as JSON or CSV.",
    };

    private static readonly Lazy<Task<string>> Document = new(BuildAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    public static async Task<IResult> GetAsync(CancellationToken cancellationToken)
        => Results.Text(await Document.Value.WaitAsync(cancellationToken), "application/json; charset=utf-8");

    private static async Task<string> BuildAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(CohortApiDocument).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Services.AddOpenApi(DocumentName, options => options.AddSchemaTransformer((schema, context, _) =>
        {
            // The generator takes every constructor parameter for required; the parser needs only
            // these two and defaults the rest (nominees, dates, audience, version, id).
            if (context.JsonTypeInfo.Type == typeof(CreateCohortRequest))
            {
                schema.Required = new HashSet<string>(StringComparer.Ordinal) { "programmeId", "hrOwner" };
                // The walkthrough's request (samples/cohort.json) with a deadline: what a first call looks like.
                schema.Examples =
                [
                    new JsonObject
                    {
                        ["programmeId"] = "mobility-ambassadors",
                        ["hrOwner"] = "E002",
                        ["audience"] = "IT",
                        ["nominees"] = new JsonArray("E007", "E012", "E024"),
                        ["postingDeadline"] = "2026-03-16",
                    },
                ];
            }

            return Task.CompletedTask;
        }).AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "AmbassadorFlows HR API";
            document.Info.Description = "Start ambassador cohorts, follow their journeys and manage programmes. Approval pages, the dashboard and the Durable management API are not part of this document.";
            // Relative, so the document names whichever host serves it (local Kestrel or the function app).
            document.Servers = [new OpenApiServer { Url = "/", Description = "The host serving this document" }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                [EntraScheme] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT", Description = "In Azure: an Entra ID access token for the app registration, carrying the HR, Ops or Viewer app role." },
                [LocalKeyScheme] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "Locally: a key configured in AmbassadorFlows__Access__*, sent as 'Authorization: Bearer <key>'." },
            };
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description) ? description : null;
            }

            // Either scheme will do; which one applies depends on where the app runs.
            document.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(EntraScheme, document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(LocalKeyScheme, document)] = [] },
            ];
            return Task.CompletedTask;
        }));
        await using var app = builder.Build();
        app.MapCohortRoutes();
        app.MapProgrammes();
        app.MapPrivacy();
        app.MapAudit();
        // Building the pipeline is what hands the routes to the endpoint data source the generator reads.
        app.UseRouting();
        app.UseEndpoints(_ => { });
        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName).GetOpenApiDocumentAsync(CancellationToken.None);
        return await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, CancellationToken.None);
    }
}
