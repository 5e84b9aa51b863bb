using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmbassadorFlows.Durable;
using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Storage.Tables;
using AmbassadorFlows.Functions.Tests.Storage;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using Azure.Data.Tables;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

/// <summary>
/// The real app (<see cref="AmbassadorFlowsApp.Build"/>, as Program.cs runs it) started the way the
/// Functions host starts it: FUNCTIONS_CUSTOMHANDLER_PORT set, app state on Azurite tables, the
/// signing key and public URL from settings. A WireMock server plays the Durable HTTP API. Envelopes
/// are shaped like the host's and POSTed over real HTTP.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RealAppCustomHandlerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string SystemKey = "real-app-system-key";
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private readonly string _prefix = "r" + Guid.NewGuid().ToString("N")[..10];
    private string[] _appFolderBefore = [];
    private WebApplication _app = null!;
    private WireMockServer _durableApi = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _appFolderBefore = Entries();
        _durableApi = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{CustomHandlerHost.FreePort()}"] });
        var port = CustomHandlerHost.FreePort();
        _app = AmbassadorFlowsApp.Build(
        [
            $"--FUNCTIONS_CUSTOMHANDLER_PORT={port}",
            $"--AmbassadorFlows:Tables:ConnectionString={azurite.ConnectionString}",
            $"--AmbassadorFlows:Tables:TablePrefix={_prefix}",
            $"--AmbassadorFlows:SigningKeys:k1={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            "--AmbassadorFlows:PublicBaseUrl=https://ambassadors.example.com",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _durableApi.Stop();
        _durableApi.Dispose();
    }

    [Fact]
    public async Task Readiness_GetRoot_Answers200WithoutTouchingDurable()
    {
        using var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_durableApi.LogEntries);
    }

    [Fact]
    public async Task OrchestratorTrigger_CohortOrchestratorFirstTurn_ReturnsBase64ResponseLoadingTheProgramme()
    {
        var input = JsonDataConverter.Default.Serialize(new CohortRequest("cohort-ch-1", "mobility-ambassadors", "E002", "Legal", ["E010"]));
        var request = new OrchestratorRequest { InstanceId = "cohort-ch-1" };
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(Start));
        request.NewEvents.Add(HistoryEvents.ExecutionStarted(nameof(CohortOrchestrator), "cohort-ch-1", input, Start));
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["context"] = JsonSerializer.Serialize(Convert.ToBase64String(request.ToByteArray())) },
            ["Metadata"] = Sys(nameof(CohortOrchestrator)),
        };

        using var reply = await InvokeAsync(nameof(CohortOrchestrator), envelope);

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        using var body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        var response = OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(body.RootElement.GetProperty("ReturnValue").GetString()!));
        Assert.Equal("cohort-ch-1", response.InstanceId);
        var action = Assert.Single(response.Actions);
        Assert.Equal(OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask, action.OrchestratorActionTypeCase);
        Assert.Equal("LoadProgramme", action.ScheduleTask.Name);
        Assert.Contains("mobility-ambassadors", action.ScheduleTask.Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityTrigger_RecordStep_WritesProgressAndAuditToTables()
    {
        var change = new AmbassadorStepChange("cohort-ch-2", "E010", "cohort-ch-2:journey:E010", AmbassadorStep.Training, new DateTimeOffset(Start));
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["input"] = new JsonObject() },
            ["Metadata"] = Sys("RecordStep", new JsonObject
            {
                ["instanceId"] = "cohort-ch-2:journey:E010",
                ["data"] = JsonNode.Parse(JsonDataConverter.Default.Serialize(change)!),
                ["DequeueCount"] = "1",
            }),
        };

        using var reply = await InvokeAsync("RecordStep", envelope);

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        using var body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("ReturnValue").GetBoolean());
        var tables = new TableServiceClient(azurite.ConnectionString);
        var progress = Assert.Single(await new TableCohortProgress(tables, _prefix).GetCohortAsync("cohort-ch-2"));
        Assert.Equal(AmbassadorStep.Training, progress.Step);
        var audit = Assert.Single(await new TableApprovalStore(tables, _prefix).GetAuditAsync("cohort-ch-2:journey:E010"));
        Assert.Equal("step Training", audit.Action);
    }

    [Fact]
    public async Task HttpFunction_CreateCohort_StartsTheOrchestrationThroughTheDurableHttpApi()
    {
        _durableApi.Given(Request.Create().WithPath(new WildcardMatcher("/runtime/webhooks/durabletask/orchestrators/CohortOrchestrator*")).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"cohort-ch-3","statusQueryGetUri":"https://x/runtime/webhooks/durabletask/instances/cohort-ch-3"}"""));
        var cohort = """{"cohortId":"cohort-ch-3","programmeId":"mobility-ambassadors","hrOwner":"E002","audience":"Legal","nominees":["E010"]}""";

        using var reply = await InvokeAsync("CreateCohort", HttpEnvelope("CreateCohort", "POST", "/api/cohorts", cohort));

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var res = await ResAsync(reply);
        Assert.Equal("202", res.GetProperty("statusCode").GetString());
        Assert.Equal("https://ambassadors.example.com/api/cohorts/cohort-ch-3", res.GetProperty("headers").GetProperty("Location").GetString());
        // The id is checked first (unknown to the API: 404), then the start.
        var call = Assert.Single(_durableApi.LogEntries, e => e.RequestMessage.Method == "POST");
        Assert.Single(_durableApi.LogEntries, e => e.RequestMessage.Method == "GET" && e.RequestMessage.Path == "/runtime/webhooks/durabletask/instances/cohort-ch-3");
        Assert.Equal("POST", call.RequestMessage.Method);
        Assert.StartsWith("/runtime/webhooks/durabletask/orchestrators/CohortOrchestrator", call.RequestMessage.Path, StringComparison.Ordinal);
        Assert.Contains($"code={SystemKey}", call.RequestMessage.RawQuery, StringComparison.Ordinal);
        using var started = JsonDocument.Parse(call.RequestMessage.Body!);
        Assert.Contains("mobility-ambassadors", started.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("cohort-ch-3", started.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpFunction_DashboardOutbox_ListsMailFromTheTableLog()
    {
        var sender = _app.Services.GetRequiredService<IEmailSender>();
        await sender.SendAsync(new EmailMessage("ch-mail-1", new EmailAddress("ada@example.com"), "Welcome aboard, Ada", "<p>Hi</p>", "Hi"));

        using var reply = await InvokeAsync("DashboardOutbox", HttpEnvelope("DashboardOutbox", "GET", "/outbox", body: null));

        var res = await ResAsync(reply);
        Assert.Equal("200", res.GetProperty("statusCode").GetString());
        Assert.Contains("Welcome aboard, Ada", res.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.IsType<TableSentMailLog>(sender);
    }

    [Fact]
    public async Task HttpFunction_ListCohorts_Answers200WithTheCohortAndItsOpenApprovals()
    {
        StubCohortStatus("cohort-ch-5");
        _durableApi.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($"[{CohortStatusJson("cohort-ch-5")}]"));
        await AskHrAsync("cohort-ch-5");

        using var reply = await InvokeAsync("ListCohorts", HttpEnvelope("ListCohorts", "GET", "/api/cohorts", body: null));

        var res = await ResAsync(reply);
        Assert.Equal("200", res.GetProperty("statusCode").GetString());
        using var cohorts = JsonDocument.Parse(res.GetProperty("body").GetString()!);
        var cohort = Assert.Single(cohorts.RootElement.EnumerateArray());
        Assert.Equal("cohort-ch-5", cohort.GetProperty("id").GetString());
        Assert.Equal(1, cohort.GetProperty("pendingApprovals").GetInt32());
    }

    [Fact]
    public async Task HttpFunction_GetCohort_Answers200WithWhatTheCohortWaitsOn()
    {
        StubCohortStatus("cohort-ch-6");
        _durableApi.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("[]"));
        await AskHrAsync("cohort-ch-6");

        using var reply = await InvokeAsync("GetCohort", HttpEnvelope("GetCohort", "GET", "/api/cohorts/cohort-ch-6", body: null));

        var res = await ResAsync(reply);
        Assert.Equal("200", res.GetProperty("statusCode").GetString());
        using var detail = JsonDocument.Parse(res.GetProperty("body").GetString()!);
        Assert.Equal("cohort-ch-6", detail.RootElement.GetProperty("id").GetString());
        var wait = Assert.Single(detail.RootElement.GetProperty("cohortWaits").EnumerateArray());
        Assert.Equal("cohort-ch-6:selection", wait.GetProperty("approvalId").GetString());
    }

    [Fact]
    public async Task HttpFunction_DashboardCohortPage_Answers200ShowingTheOpenApproval()
    {
        StubCohortStatus("cohort-ch-7");
        _durableApi.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("[]"));
        await AskHrAsync("cohort-ch-7");

        using var reply = await InvokeAsync("DashboardCohort", HttpEnvelope("DashboardCohort", "GET", "/cohorts/cohort-ch-7", body: null));

        var res = await ResAsync(reply);
        Assert.Equal("200", res.GetProperty("statusCode").GetString());
        Assert.Contains("hr@example.com", res.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagementApi_CustomHandlerMode_NotServedByTheApp()
    {
        using var list = await _client.GetAsync($"/runtime/webhooks/durabletask/instances?code={SystemKey}");
        using var start = await _client.PostAsync($"/runtime/webhooks/durabletask/orchestrators/CohortOrchestrator?code={SystemKey}", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        var routes = ((IEndpointRouteBuilder)_app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText ?? string.Empty);
        Assert.DoesNotContain(routes, r => r.TrimStart('/').StartsWith("runtime/", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AppFolder_AfterServing_NoDataFolderOrFilesWritten()
    {
        using var ready = await _client.GetAsync("/");
        await _app.Services.GetRequiredService<IEmailSender>().SendAsync(new EmailMessage("ch-mail-2", new EmailAddress("bob@example.com"), "s", "<p>h</p>", "t"));

        Assert.Equal(_appFolderBefore, Entries());
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "data")));
        Assert.False(Directory.Exists(Path.GetFullPath("data")));
        Assert.StartsWith(Path.GetTempPath(), _app.Services.GetRequiredService<LocalModeOptions>().DataPath, StringComparison.Ordinal);
    }

    /// <summary>The Durable API knows a running cohort with this id.</summary>
    private void StubCohortStatus(string cohortId)
        => _durableApi.Given(Request.Create().WithPath($"/runtime/webhooks/durabletask/instances/{cohortId}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(CohortStatusJson(cohortId)));

    private static string CohortStatusJson(string cohortId)
        => new JsonObject
        {
            ["name"] = nameof(CohortOrchestrator),
            ["instanceId"] = cohortId,
            ["runtimeStatus"] = "Running",
            ["input"] = JsonNode.Parse(JsonDataConverter.Default.Serialize(new CohortRequest(cohortId, "mobility-ambassadors", "E002", "Legal", ["E010"]))!),
            ["customStatus"] = null,
            ["createdTime"] = "2026-03-02T08:00:00Z",
            ["lastUpdatedTime"] = "2026-03-02T08:05:00Z",
        }.ToJsonString();

    /// <summary>An open selection request to HR on the cohort, in the app's approval table.</summary>
    private async Task AskHrAsync(string cohortId)
        => await _app.Services.GetRequiredService<IApprovalStore>().CreateAsync(new PendingApproval(
            $"{cohortId}:selection", cohortId, CohortEvents.SelectionDecision, "cohort-selection", "E002", "hr@example.com", ["approve", "reject"], new DateTimeOffset(Start), new DateTimeOffset(Start).AddDays(14)));

    /// <summary>What is in the app folder (the test binaries) and the working directory, one level deep.</summary>
    private static string[] Entries()
        => [.. new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() }.Distinct()
            .SelectMany(Directory.EnumerateFileSystemEntries)
            .Where(e => !e.EndsWith(".log", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private async Task<HttpResponseMessage> InvokeAsync(string functionName, JsonObject envelope)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + functionName)
        {
            Content = new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.UserAgent.ParseAdd("Azure-Functions-Host/4.1045.0");
        return await _client.SendAsync(request);
    }

    /// <summary>An HTTP function's envelope: Data.req as the host builds it, plus the durableClient binding (a JSON string, encoded twice).</summary>
    private JsonObject HttpEnvelope(string functionName, string method, string path, string? body)
    {
        var headers = new JsonObject { ["Host"] = new JsonArray("ambassadors.example.com") };
        var req = new JsonObject
        {
            ["Url"] = "https://ambassadors.example.com" + path,
            ["Method"] = method,
            ["Query"] = new JsonObject(),
            ["Headers"] = headers,
            ["Params"] = new JsonObject(),
            ["Identities"] = new JsonArray(),
        };
        if (body is not null)
        {
            headers["Content-Type"] = new JsonArray("application/json; charset=utf-8");
            req["Body"] = body;
        }

        var binding = new JsonObject
        {
            ["taskHubName"] = "RealAppHub",
            ["requiredQueryStringParameters"] = $"code={SystemKey}",
            ["httpBaseUrl"] = _durableApi.Url + "/runtime/webhooks/durabletask",
        };
        return new JsonObject
        {
            ["Data"] = new JsonObject { ["req"] = req, ["starter"] = JsonSerializer.Serialize(binding.ToJsonString()) },
            ["Metadata"] = Sys(functionName),
        };
    }

    private static JsonObject Sys(string methodName, JsonObject? metadata = null)
    {
        metadata ??= [];
        metadata["sys"] = new JsonObject
        {
            ["MethodName"] = methodName,
            ["UtcNow"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["RandGuid"] = Guid.NewGuid().ToString(),
        };
        return metadata;
    }

    private static async Task<JsonElement> ResAsync(HttpResponseMessage reply)
    {
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        using var document = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("Outputs").GetProperty("res").Clone();
    }
}
