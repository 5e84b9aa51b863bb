using System.Text.Json;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>The running app's route table against its OpenAPI document: an HR API route added
/// without a description fails here, so API clients never meet an operation the document hides.</summary>
public sealed partial class OpenApiRouteTableTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Document_EveryHrApiRouteOfTheApp_IsDescribed()
    {
        using var client = app.NewClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("openapi/v1.json"));
        var described = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Path: DocumentPath(e.RoutePattern.RawText ?? string.Empty), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            // The HR API is /api/…; the approval links are pages behind a personal token, not API operations.
            .Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal) && !r.Path.StartsWith("/api/approvals/", StringComparison.Ordinal))
            .SelectMany(r => r.Methods.Select(m => $"{m} {r.Path}"))
            .ToList();

        Assert.Contains("POST /api/people/{employeeId}/erasure", routes); // the walk sees the app's routes at all
        var undescribed = routes.Where(r => !described.Contains(r)).ToList();
        Assert.True(undescribed.Count == 0, $"Not in the OpenAPI document: {string.Join(", ", undescribed)}");
    }

    /// <summary>"/api/programmes/{id}/versions/{version:int}" as OpenAPI writes it: no constraints, no trailing slash.</summary>
    private static string DocumentPath(string pattern)
    {
        var path = Parameter().Replace("/" + pattern.TrimStart('/'), "{${name}}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
