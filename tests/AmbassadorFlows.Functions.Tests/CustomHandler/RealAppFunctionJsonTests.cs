using System.Security.Cryptography;
using System.Text.Json;
using AmbassadorFlows.Durable;
using AmbassadorFlows.Functions.FunctionMetadata;
using AmbassadorFlows.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

/// <summary>
/// The function.json set generated from the real app (as publish does, by building it and running the
/// generator) covers every orchestrator and activity the workflows register and every route marked
/// <c>.AsFunction</c>, and nothing else; and the app built in custom-handler mode dispatches exactly
/// that set, so what is deployed and what is served cannot drift apart.
/// </summary>
public sealed class RealAppFunctionJsonTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("real-functions-").FullName;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "af-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task GenerateAsync_RealApp_OneFolderPerOrchestratorActivityAndFunctionRoute()
    {
        await using var app = AmbassadorFlowsApp.Build(["--urls=http://127.0.0.1:0", $"--AmbassadorFlows:DataPath={_data}"]);

        var written = await FunctionsGenerator.GenerateAsync(app, _output);

        var registry = AmbassadorWorkflows.Register(new DurableTaskRegistry());
        var routes = FunctionRoutes(app);
        Assert.Contains("CreateCohort", routes.Keys);
        Assert.Contains("Dashboard", routes.Keys);
        string[] expected = [.. registry.OrchestratorNames, .. registry.ActivityNames, .. routes.Keys];
        Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        foreach (var name in registry.OrchestratorNames)
        {
            Assert.Equal("orchestrationTrigger", Binding(name, 0).GetProperty("type").GetString());
        }

        foreach (var name in registry.ActivityNames)
        {
            Assert.Equal("activityTrigger", Binding(name, 0).GetProperty("type").GetString());
        }

        foreach (var (name, route) in routes)
        {
            var trigger = Binding(name, 0);
            Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
            Assert.Equal(route.Route, trigger.GetProperty("route").GetString());
            Assert.Equal(route.AuthLevel, trigger.GetProperty("authLevel").GetString());
            Assert.Equal("durableClient", Binding(name, 2).GetProperty("type").GetString());
        }

        Assert.Equal("anonymous", Binding("ApprovalPage", 0).GetProperty("authLevel").GetString());
        Assert.DoesNotContain(written, w => w.Contains("runtime", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task FunctionCatalog_CustomHandlerMode_SameFunctionsAsGenerated()
    {
        await using var local = AmbassadorFlowsApp.Build(["--urls=http://127.0.0.1:0", $"--AmbassadorFlows:DataPath={_data}"]);
        await using var azure = AmbassadorFlowsApp.Build(
        [
            "--FUNCTIONS_CUSTOMHANDLER_PORT=7999",
            "--AmbassadorFlows:Tables:ConnectionString=UseDevelopmentStorage=true",
            $"--AmbassadorFlows:SigningKeys:k1={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            "--AmbassadorFlows:PublicBaseUrl=https://ambassadors.example.com",
        ]);

        var generated = FunctionJsonWriter.Create(Catalog(local));
        var served = FunctionJsonWriter.Create(Catalog(azure));

        Assert.Equal(generated.Keys, served.Keys);
        Assert.All(generated, g => Assert.Equal(g.Value.ToJsonString(), served[g.Key].ToJsonString()));
    }

    public void Dispose()
    {
        Directory.Delete(_output, recursive: true);
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may linger; the temp folder is the OS's to clean.
        }
    }

    private static FunctionCatalog Catalog(WebApplication app)
        => FunctionCatalog.Create(app.Services.GetRequiredService<DurableTaskRegistry>(), ((IEndpointRouteBuilder)app).DataSources);

    /// <summary>Routes marked as functions, read from the endpoints directly (not through the catalog under test).</summary>
    private static Dictionary<string, (string Route, string AuthLevel)> FunctionRoutes(WebApplication app)
        => ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Function: e.Metadata.GetMetadata<FunctionEndpoint>()))
            .Where(x => x.Function is not null)
            .GroupBy(x => x.Function!.Name)
            .ToDictionary(g => g.Key, g => ((g.First().Endpoint.RoutePattern.RawText ?? "").TrimStart('/'), g.First().Function!.AuthLevel.ToString().ToLowerInvariant()));

    private JsonElement Binding(string function, int index)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_output, function, "function.json")));
        return document.RootElement.GetProperty("bindings")[index].Clone();
    }
}
