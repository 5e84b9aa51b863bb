using AmbassadorFlows.Functions.Access;
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
    private static readonly Lazy<Task<string>> Document = new(BuildAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    [RequireRoles(AppRoles.HR, AppRoles.Ops, AppRoles.Viewer)]
    public static async Task<IResult> GetAsync(CancellationToken cancellationToken)
        => Results.Text(await Document.Value.WaitAsync(cancellationToken), "application/json; charset=utf-8");

    private static async Task<string> BuildAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(CohortApiDocument).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Services.AddOpenApi(DocumentName, options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "AmbassadorFlows HR API";
            document.Info.Description = "Start ambassador cohorts and follow their journeys. Approval pages, the dashboard and the Durable management API are not part of this document.";
            return Task.CompletedTask;
        }));
        await using var app = builder.Build();
        app.MapCohortRoutes();
        // Building the pipeline is what hands the routes to the endpoint data source the generator reads.
        app.UseRouting();
        app.UseEndpoints(_ => { });
        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName).GetOpenApiDocumentAsync(CancellationToken.None);
        return await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, CancellationToken.None);
    }
}
