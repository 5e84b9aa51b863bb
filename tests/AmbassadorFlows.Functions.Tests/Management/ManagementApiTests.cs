using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Management;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Management;

/// <summary>The Durable HTTP management API as Azure serves it: routes, parameters, status codes,
/// JSON shapes, continuation header, key check.</summary>
public sealed partial class ManagementApiTests(AppHost app) : IClassFixture<AppHost>
{
    private const string Base = "runtime/webhooks/durabletask";

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Instances_WithoutTheKey_Returns401(string? key)
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync(key is null ? $"{Base}/instances" : $"{Base}/instances?code={key}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Instances_KeyInHeader_Returns200()
    {
        using var client = app.NewClient();
        client.DefaultRequestHeaders.Add("x-functions-key", AppHost.ManagementKey);

        using var response = await client.GetAsync($"{Base}/instances");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_KnownOrchestrator_Returns202WithCheckStatusPayload()
    {
        using var response = await StartAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("10", response.Headers.GetValues("Retry-After").Single());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = doc.RootElement.GetProperty("id").GetString()!;
        foreach (var name in new[] { "statusQueryGetUri", "sendEventPostUri", "terminatePostUri", "purgeHistoryDeleteUri", "restartPostUri", "suspendPostUri", "resumePostUri" })
        {
            var uri = doc.RootElement.GetProperty(name).GetString()!;
            Assert.Contains($"/{Base}/instances/{Uri.EscapeDataString(id)}", uri, StringComparison.Ordinal);
            Assert.Contains($"code={AppHost.ManagementKey}", uri, StringComparison.Ordinal);
            Assert.Contains("taskHub=", uri, StringComparison.Ordinal);
        }

        Assert.Equal(doc.RootElement.GetProperty("statusQueryGetUri").GetString(), response.Headers.Location!.AbsoluteUri);
    }

    [Fact]
    public async Task Start_UnknownOrchestrator_Returns400()
    {
        using var client = KeyedClient();
        using var content = Json("{}");
        using var response = await client.PostAsync(Keyed($"{Base}/orchestrators/NoSuchOrchestrator"), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Status_RunningInstanceWithHistory_Returns202WithStatusShape()
    {
        var id = await StartIdAsync();
        using var client = KeyedClient();
        var history = await AppHost.EventuallyAsync(
            async () =>
            {
                using var r = await client.GetAsync(Keyed($"{Base}/instances/{id}", "showHistory=true&showHistoryOutput=true"));
                var text = await r.Content.ReadAsStringAsync();
                return r.StatusCode == HttpStatusCode.Accepted && text.Contains("TaskCompleted", StringComparison.Ordinal) ? text : null;
            },
            "a running instance with completed activities");

        using var doc = JsonDocument.Parse(history);
        var status = doc.RootElement;
        Assert.Equal("CohortOrchestrator", status.GetProperty("name").GetString());
        Assert.Equal(id, status.GetProperty("instanceId").GetString());
        Assert.Equal("Running", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("E002", status.GetProperty("input").GetProperty("HrOwnerId").GetString());
        Assert.Equal(JsonValueKind.Object, status.GetProperty("customStatus").ValueKind);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("output").ValueKind);
        Assert.Matches(SecondsUtc(), status.GetProperty("createdTime").GetString());
        Assert.Matches(SecondsUtc(), status.GetProperty("lastUpdatedTime").GetString());
        var events = status.GetProperty("historyEvents").EnumerateArray().ToList();
        Assert.Equal("ExecutionStarted", events[0].GetProperty("EventType").GetString());
        var completed = events.First(e => e.GetProperty("EventType").GetString() == "TaskCompleted");
        Assert.Equal("LoadProgramme", completed.GetProperty("FunctionName").GetString());
        Assert.True(completed.TryGetProperty("ScheduledTime", out _));
        Assert.True(completed.TryGetProperty("Result", out _));
    }

    [Fact]
    public async Task Status_UnknownInstance_Returns404()
    {
        using var client = KeyedClient();
        using var response = await client.GetAsync(Keyed($"{Base}/instances/no-such-instance"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_TopOne_PagesWithTheContinuationHeader()
    {
        await StartIdAsync();
        await StartIdAsync();
        using var client = KeyedClient();

        using var first = await client.GetAsync(Keyed($"{Base}/instances", "top=1&runtimeStatus=Running,Pending&instanceIdPrefix=mgmt-"));
        var token = first.Headers.GetValues("x-ms-continuation-token").Single();
        using var request = new HttpRequestMessage(HttpMethod.Get, Keyed($"{Base}/instances", "top=1&runtimeStatus=Running,Pending&instanceIdPrefix=mgmt-"));
        request.Headers.Add("x-ms-continuation-token", token);
        using var second = await client.SendAsync(request);

        using var page1 = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var page2 = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Single(page1.RootElement.EnumerateArray());
        Assert.Single(page2.RootElement.EnumerateArray());
        Assert.NotEqual(page1.RootElement[0].GetProperty("instanceId").GetString(), page2.RootElement[0].GetProperty("instanceId").GetString());
    }

    [Fact]
    public async Task List_UnknownRuntimeStatus_Returns400()
    {
        using var client = KeyedClient();
        using var response = await client.GetAsync(Keyed($"{Base}/instances", "runtimeStatus=Sleeping"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RaiseEvent_ContentTypes_400ForNonJsonAnd202ForJson()
    {
        var id = await StartIdAsync();
        using var client = KeyedClient();
        using var text = new StringContent("hello", Encoding.UTF8, "text/plain");
        using var bad = Json("{\"employeeId\": ");
        using var good = Json("""{"EmployeeId": "E012", "NominatedBy": "E002"}""");

        using var notJson = await client.PostAsync(Keyed($"{Base}/instances/{id}/raiseEvent/Nomination"), text);
        using var malformed = await client.PostAsync(Keyed($"{Base}/instances/{id}/raiseEvent/Nomination"), bad);
        using var accepted = await client.PostAsync(Keyed($"{Base}/instances/{id}/raiseEvent/Nomination"), good);
        using var unknown = await client.PostAsync(Keyed($"{Base}/instances/nobody/raiseEvent/Nomination"), Json("{}"));

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Terminate_ThenCommands_Return202Then410()
    {
        var id = await StartIdAsync();
        using var client = KeyedClient();

        using var terminated = await client.PostAsync(Keyed($"{Base}/instances/{id}/terminate", "reason=test"), null);
        var status = await AppHost.EventuallyAsync(
            async () =>
            {
                using var r = await client.GetAsync(Keyed($"{Base}/instances/{id}"));
                return r.StatusCode == HttpStatusCode.OK ? await r.Content.ReadAsStringAsync() : null;
            },
            "the terminated status");
        using var again = await client.PostAsync(Keyed($"{Base}/instances/{id}/terminate"), null);
        using var raise = await client.PostAsync(Keyed($"{Base}/instances/{id}/raiseEvent/Nomination"), Json("{}"));

        Assert.Equal(HttpStatusCode.Accepted, terminated.StatusCode);
        Assert.Equal("Terminated", JsonDocument.Parse(status).RootElement.GetProperty("runtimeStatus").GetString());
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, raise.StatusCode);
    }

    [Fact]
    public async Task Commands_ThroughTheSharedOperations_AreAuditedUnderTheKey()
    {
        var id = await StartIdAsync();
        using var client = KeyedClient();

        using var raised = await client.PostAsync(Keyed($"{Base}/instances/{id}/raiseEvent/Nudge"), Json("{}"));
        using var suspended = await client.PostAsync(Keyed($"{Base}/instances/{id}/suspend", "reason=checking"), null);
        using var resumed = await client.PostAsync(Keyed($"{Base}/instances/{id}/resume", "reason=ok"), null);
        using var terminated = await client.PostAsync(Keyed($"{Base}/instances/{id}/terminate", "reason=done"), null);
        var audit = await app.Approvals.GetAuditAsync(id);

        Assert.All([raised, suspended, resumed, terminated], r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(
            [(InstanceOperations.EventRaised, "Nudge"), (InstanceOperations.Suspended, "checking"), (InstanceOperations.Resumed, "ok"), (InstanceOperations.Terminated, "done")],
            audit.Where(a => a.Actor == "management key").Select(a => (a.Action, a.Details)));
    }

    [Fact]
    public async Task SuspendResume_RunningInstance_ChangesTheRuntimeStatus()
    {
        var id = await StartIdAsync();
        using var client = KeyedClient();

        using var suspended = await client.PostAsync(Keyed($"{Base}/instances/{id}/suspend", "reason=checking"), null);
        await WaitForStatusAsync(client, id, "Suspended");
        using var resumed = await client.PostAsync(Keyed($"{Base}/instances/{id}/resume", "reason=ok"), null);
        await WaitForStatusAsync(client, id, "Running");

        Assert.Equal(HttpStatusCode.Accepted, suspended.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, resumed.StatusCode);
    }

    [Fact]
    public async Task Purge_OneAndMany_ReportInstancesDeleted()
    {
        var id = await StartIdAsync();
        using var client = KeyedClient();
        using var terminated = await client.PostAsync(Keyed($"{Base}/instances/{id}/terminate"), null);
        await WaitForStatusAsync(client, id, "Terminated");

        using var purged = await client.DeleteAsync(Keyed($"{Base}/instances/{id}"));
        using var again = await client.DeleteAsync(Keyed($"{Base}/instances/{id}"));
        using var withoutFrom = await client.DeleteAsync(Keyed($"{Base}/instances"));
        using var none = await client.DeleteAsync(Keyed($"{Base}/instances", "createdTimeFrom=2000-01-01T00:00:00Z&runtimeStatus=Failed"));

        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await purged.Content.ReadAsStringAsync()).RootElement.GetProperty("instancesDeleted").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutFrom.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Theory]
    [InlineData("Running", "restartWithNewInstanceId=true")]
    [InlineData("Running", "restartWithNewInstanceId=false")]
    [InlineData("Suspended", null)]
    public async Task Restart_UnfinishedInstance_Returns409WithWhatToDo(string status, string? query)
    {
        var id = await StartIdAsync();
        using var client = KeyedClient();
        if (status == "Suspended")
        {
            using var suspended = await client.PostAsync(Keyed($"{Base}/instances/{id}/suspend"), null);
        }

        await WaitForStatusAsync(client, id, status);

        using var restarted = await client.PostAsync(Keyed($"{Base}/instances/{id}/restart", query), null);

        Assert.Equal(HttpStatusCode.Conflict, restarted.StatusCode);
        var detail = JsonDocument.Parse(await restarted.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("Terminate it first", detail, StringComparison.Ordinal);
        Assert.Contains("POST /api/cohorts", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_TerminatedInstance_Returns202()
    {
        var id = await StartIdAsync();
        using var client = KeyedClient();
        using var terminated = await client.PostAsync(Keyed($"{Base}/instances/{id}/terminate"), null);
        await WaitForStatusAsync(client, id, "Terminated");

        using var restarted = await client.PostAsync(Keyed($"{Base}/instances/{id}/restart", "restartWithNewInstanceId=false"), null);

        Assert.Equal(HttpStatusCode.Accepted, restarted.StatusCode);
    }

    private HttpClient KeyedClient() => app.NewClient();

    private static string Keyed(string path, string? query = null)
        => $"{path}?{(query is null ? string.Empty : query + "&")}code={AppHost.ManagementKey}";

    private async Task<HttpResponseMessage> StartAsync()
    {
        using var client = KeyedClient();
        // The input as the runtime's data converter (the SDK's JsonDataConverter.Default) writes a CohortRequest: PascalCase.
        using var content = Json($$"""
            {"CohortId": "c", "ProgrammeId": "mobility-ambassadors", "HrOwnerId": "E002", "AudienceGroupId": "Legal", "NominatedEmployeeIds": ["E007"]}
            """);
        return await client.PostAsync(Keyed($"{Base}/orchestrators/CohortOrchestrator/mgmt-{Guid.NewGuid():N}"), content);
    }

    private async Task<string> StartIdAsync()
    {
        using var response = await StartAsync();
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("id").GetString()!;
    }

    private static Task WaitForStatusAsync(HttpClient client, string id, string status)
        => AppHost.EventuallyAsync(
            async () =>
            {
                using var r = await client.GetAsync(Keyed($"{Base}/instances/{id}"));
                using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
                return doc.RootElement.GetProperty("runtimeStatus").GetString() == status ? status : null;
            },
            $"{id} {status}");

    private static StringContent Json(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")]
    private static partial Regex SecondsUtc();
}
