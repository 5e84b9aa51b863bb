using System.Net;
using System.Net.Sockets;
using System.Text;
using AmbassadorFlows.Durable;
using AmbassadorFlows.Functions.CustomHandler;
using AmbassadorFlows.Functions.FunctionMetadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

/// <summary>
/// The app in custom-handler mode, as the Functions host sees it: a WebApplication configured with
/// <see cref="CustomHandlerHostingExtensions.AddCustomHandlerHosting"/> on a real Kestrel port taken from
/// FUNCTIONS_CUSTOMHANDLER_PORT, with test orchestrators/activities and minimal-API routes marked
/// as functions. A WireMock server plays the Durable HTTP API and records what the app calls.
/// </summary>
public sealed class CustomHandlerHost : IAsyncLifetime
{
    public const string SystemKey = "test-system-key%3D%3D";

    private WebApplication? _app;

    public WireMockServer DurableApi { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string DurableBaseUrl => DurableApi.Url + "/runtime/webhooks/durabletask";

    public WebApplication App => _app ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        DurableApi = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
        var port = FreePort();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [CustomHandlerMode.PortVariable] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TestWorkflows.CreateRegistry());
        builder.AddCustomHandlerHosting();
        _app = builder.Build();
        MapRoutes(_app);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        DurableApi.Stop();
        DurableApi.Dispose();
    }

    /// <summary>Reads a fixture and fills its placeholders.</summary>
    public string Fixture(string name, params (string Placeholder, string Value)[] values)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CustomHandler", "Fixtures", name));
        foreach (var (placeholder, value) in values.Append(("{{HTTP_BASE_URL}}", DurableBaseUrl)))
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>POSTs an envelope as the host does: to /{FunctionName} with the invocation id header.</summary>
    public async Task<HttpResponseMessage> InvokeAsync(string functionName, string envelope)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + functionName)
        {
            Content = new StringContent(envelope, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1045.0");
        request.Headers.UserAgent.ParseAdd("Azure-Functions-Host/4.1045.0");
        return await Client.SendAsync(request);
    }

    /// <summary>Routes written once, as in the real app; the test checks they work through envelopes.</summary>
    internal static void MapRoutes(WebApplication app)
    {
        app.MapGet("/", () => "ready");
        app.MapPost("/api/greetings", async (GreetingRequest body, DurableTaskClient client) =>
        {
            var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetingOrchestrator), body.Name);
            return Results.Accepted($"/api/greetings/{id}", new { id });
        }).AsFunction("StartGreeting");
        app.MapGet("/api/greetings/{id}", async (string id, DurableTaskClient client) =>
            await client.GetInstanceAsync(id, getInputsAndOutputs: true) is { } instance
                ? Results.Ok(new { instance.InstanceId, status = instance.RuntimeStatus.ToString(), output = instance.ReadOutputAs<string>() })
                : Results.NotFound()).AsFunction("GetGreeting");
        app.MapPost("/api/greetings/{id}/approve", async (string id, ApprovalBody body, DurableTaskClient client) =>
        {
            try
            {
                await client.RaiseEventAsync(id, "Approval", body.Decision);
                return Results.Accepted();
            }
            catch (OrchestrationAlreadyCompletedException)
            {
                return Results.Problem(title: "This greeting is already finished.", statusCode: StatusCodes.Status409Conflict);
            }
        }).AsFunction("ApproveGreeting");
        app.MapGet("/api/pages/hello", (string name) =>
            Results.Content($"<!doctype html><p>Hello, {WebUtility.HtmlEncode(name)}</p>", "text/html; charset=utf-8"))
            .AsFunction("HelloPage", FunctionAuthorizationLevel.Anonymous);
        app.MapMethods("/api/pages/hello", ["POST"], () => Results.Text("posted")).AsFunction("HelloPage", FunctionAuthorizationLevel.Anonymous);
        // Local-only (the Durable extension serves the management API in Azure): no function.
        app.MapGet("/runtime/webhooks/durabletask/instances", () => Results.Ok());
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal sealed record GreetingRequest(string Name);

    internal sealed record ApprovalBody(string Decision);
}

[CollectionDefinition(Name)]
public sealed class CustomHandlerCollection : ICollectionFixture<CustomHandlerHost>
{
    public const string Name = "Custom handler app";
}
