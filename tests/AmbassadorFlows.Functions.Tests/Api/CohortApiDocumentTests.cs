using System.Text.Json;
using AmbassadorFlows.Functions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>The OpenAPI handler on its own, as Azure's function calls it: no app, no routes of the
/// caller's, still the HR API's document.</summary>
public sealed class CohortApiDocumentTests
{
    [Fact]
    public async Task GetAsync_WithoutTheAppsRoutes_DescribesTheHrApiOperations()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        using var body = new MemoryStream();
        context.Response.Body = body;

        var result = await CohortApiDocument.GetAsync(CancellationToken.None);
        await result.ExecuteAsync(context);

        Assert.StartsWith("application/json", context.Response.ContentType, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(body.ToArray());
        Assert.Equal("AmbassadorFlows HR API", doc.RootElement.GetProperty("info").GetProperty("title").GetString());
        var paths = doc.RootElement.GetProperty("paths");
        Assert.Equal("CreateCohort", paths.GetProperty("/api/cohorts").GetProperty("post").GetProperty("operationId").GetString());
        Assert.Equal("ListCohorts", paths.GetProperty("/api/cohorts").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("GetCohort", paths.GetProperty("/api/cohorts/{id}").GetProperty("get").GetProperty("operationId").GetString());
        Assert.True(paths.GetProperty("/api/cohorts").GetProperty("post").TryGetProperty("requestBody", out _));
        Assert.Equal("PublishProgramme", paths.GetProperty("/api/programmes/{id}/publish").GetProperty("post").GetProperty("operationId").GetString());
        Assert.True(paths.GetProperty("/api/programmes/{id}/draft").GetProperty("put").TryGetProperty("requestBody", out _));
        Assert.Equal(
            ["/api/audit", "/api/audit.csv", "/api/cohorts", "/api/cohorts/{id}", "/api/cohorts/{id}/close-posting", "/api/cohorts/{id}/hr-owner", "/api/cohorts/{id}/meetings/{month}", "/api/people/{employeeId}/data", "/api/people/{employeeId}/erasure", "/api/programmes", "/api/programmes/{id}", "/api/programmes/{id}/diff", "/api/programmes/{id}/draft", "/api/programmes/{id}/publish", "/api/programmes/{id}/versions/{version}"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetAsync_Always_NamesItsServerAndBothBearerSchemes()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        using var body = new MemoryStream();
        context.Response.Body = body;

        await (await CohortApiDocument.GetAsync(CancellationToken.None)).ExecuteAsync(context);

        using var doc = JsonDocument.Parse(body.ToArray());
        Assert.Equal("/", doc.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
        var schemes = doc.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty(CohortApiDocument.EntraScheme).GetProperty("scheme").GetString());
        Assert.Equal("bearer", schemes.GetProperty(CohortApiDocument.LocalKeyScheme).GetProperty("scheme").GetString());
        Assert.Equal(
            [CohortApiDocument.EntraScheme, CohortApiDocument.LocalKeyScheme],
            doc.RootElement.GetProperty("security").EnumerateArray().Select(r => r.EnumerateObject().Single().Name));
    }

    [Fact]
    public async Task GetAsync_CreateCohortExample_IsARequestTheApiAccepts()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        using var body = new MemoryStream();
        context.Response.Body = body;

        await (await CohortApiDocument.GetAsync(CancellationToken.None)).ExecuteAsync(context);

        using var doc = JsonDocument.Parse(body.ToArray());
        var example = doc.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(nameof(CreateCohortRequest)).GetProperty("examples")[0];
        var (request, errors) = await CohortRequestParser.ParseAsync(example, AmbassadorFlows.Functions.Local.JsonFileDirectory.Load(null), new DateOnly(2026, 3, 2), CancellationToken.None);
        Assert.Empty(errors);
        Assert.Equal("mobility-ambassadors", request!.ProgrammeId);
        Assert.Equal(3, request.Nominees.Count);
    }
}
