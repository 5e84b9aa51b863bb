using System.Net;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

/// <summary>HTTP functions in envelope mode: Data.req is replayed through the app's own minimal-API
/// routes, client calls go to the Durable HTTP API named by the durableClient binding (WireMock here,
/// recording each call), and the answer comes back in Outputs.res.</summary>
[Collection(CustomHandlerCollection.Name)]
public sealed class HttpFunctionTests(CustomHandlerHost host)
{
    [Fact]
    public async Task HttpFunction_StartGreeting_CallsDurableApiWithSystemKeyAndReturns202()
    {
        host.DurableApi.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/orchestrators/GreetingOrchestrator").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"abc123","statusQueryGetUri":"https://x/runtime/webhooks/durabletask/instances/abc123"}"""));

        using var reply = await host.InvokeAsync("StartGreeting", host.Fixture("http-start-greeting.json"));

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var res = await ResAsync(reply);
        Assert.Equal("202", res.GetProperty("statusCode").GetString());
        Assert.Equal("/api/greetings/abc123", res.GetProperty("headers").GetProperty("Location").GetString());
        Assert.Equal("abc123", JsonDocument.Parse(res.GetProperty("body").GetString()!).RootElement.GetProperty("id").GetString());
        var call = Assert.Single(host.DurableApi.LogEntries, e => e.RequestMessage.Path.EndsWith("/orchestrators/GreetingOrchestrator", StringComparison.Ordinal));
        Assert.Equal("POST", call.RequestMessage.Method);
        Assert.Equal("code=test-system-key%3D%3D", call.RequestMessage.RawQuery?.TrimStart('?'));
        Assert.Equal("\"Tokyo\"", call.RequestMessage.Body);
    }

    [Fact]
    public async Task HttpFunction_GetGreeting_MapsDurableStatusPayload()
    {
        host.DurableApi.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances/greeting-42").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
                """{"name":"GreetingOrchestrator","instanceId":"greeting-42","runtimeStatus":"Completed","input":"Tokyo","customStatus":null,"output":"Hello, Tokyo!","createdTime":"2025-03-04T10:00:00Z","lastUpdatedTime":"2025-03-06T10:00:00Z"}"""));

        using var reply = await host.InvokeAsync("GetGreeting", host.Fixture("http-get-greeting.json"));

        var res = await ResAsync(reply);
        Assert.Equal("200", res.GetProperty("statusCode").GetString());
        using var body = JsonDocument.Parse(res.GetProperty("body").GetString()!);
        Assert.Equal("Completed", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Hello, Tokyo!", body.RootElement.GetProperty("output").GetString());
        var call = Assert.Single(host.DurableApi.LogEntries, e => e.RequestMessage.Path.EndsWith("/instances/greeting-42", StringComparison.Ordinal));
        Assert.Contains("showInput=true", call.RequestMessage.RawQuery, StringComparison.Ordinal);
        Assert.Contains("code=test-system-key%3D%3D", call.RequestMessage.RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpFunction_RaiseEventOnCompletedInstance_MapsGoneToConflictProblem()
    {
        host.DurableApi.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances/greeting-done/raiseEvent/Approval").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(410));

        using var reply = await host.InvokeAsync("ApproveGreeting", host.Fixture("http-approve-completed.json"));

        var res = await ResAsync(reply);
        Assert.Equal("409", res.GetProperty("statusCode").GetString());
        Assert.StartsWith("application/problem+json", res.GetProperty("headers").GetProperty("Content-Type").GetString(), StringComparison.Ordinal);
        var call = Assert.Single(host.DurableApi.LogEntries, e => e.RequestMessage.Path.EndsWith("/raiseEvent/Approval", StringComparison.Ordinal));
        Assert.Equal("\"yes\"", call.RequestMessage.Body);
        Assert.StartsWith("application/json", call.RequestMessage.Headers!["Content-Type"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpFunction_HtmlPage_ReturnsEncodedHtmlWithContentType()
    {
        using var reply = await host.InvokeAsync("HelloPage", host.Fixture("http-page.json"));

        var res = await ResAsync(reply);
        Assert.Equal("200", res.GetProperty("statusCode").GetString());
        Assert.StartsWith("text/html", res.GetProperty("headers").GetProperty("Content-Type").GetString(), StringComparison.Ordinal);
        Assert.Contains("Hello, Ada &lt;L&gt;", res.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadinessProbe_GetRoot_Answers()
    {
        using var reply = await host.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
    }

    private static async Task<JsonElement> ResAsync(HttpResponseMessage reply)
    {
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        using var body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("Outputs").GetProperty("res").Clone();
    }
}
