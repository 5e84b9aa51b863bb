using System.Net;
using System.Text.Json;
using AmbassadorFlows.Functions.CustomHandler.Activities;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

/// <summary>Activity invocations shaped like the extension's: name in Metadata.sys.MethodName, input in
/// Metadata.data (JSON-encoded by the host), instance id in Metadata.instanceId.</summary>
[Collection(CustomHandlerCollection.Name)]
public sealed class ActivityTriggerTests(CustomHandlerHost host)
{
    [Fact]
    public async Task ActivityTrigger_DoubleEncodedStringInput_ReturnsJsonStringResult()
    {
        using var reply = await host.InvokeAsync(nameof(Greet), host.Fixture("activity-string-input.json"));

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var returnValue = await ReturnValueAsync(reply);
        Assert.Equal(JsonValueKind.String, returnValue.ValueKind);
        Assert.Equal("Hello, Tokyo! [greeting-42]", returnValue.GetString());
    }

    [Fact]
    public async Task ActivityTrigger_ObjectInput_ReturnsObjectWithDerivedIdempotencyKey()
    {
        using var reply = await host.InvokeAsync(nameof(Repeat), host.Fixture("activity-object-input.json"));

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var returnValue = await ReturnValueAsync(reply);
        Assert.Equal("Oslo Oslo", returnValue.GetProperty("text").GetString());
        var expectedTaskId = ActivityTaskIds.Derive(nameof(Repeat), """{"city":"Oslo","times":2}""");
        Assert.Equal($"greeting-42:{expectedTaskId}", returnValue.GetProperty("key").GetString());
    }

    [Fact]
    public async Task ActivityTrigger_BareWordResult_IsJsonQuotedString()
    {
        using var reply = await host.InvokeAsync(nameof(Finish), host.Fixture("activity-done.json"));

        // The raw body must carry "done" as a quoted JSON string, never as something else.
        var text = await reply.Content.ReadAsStringAsync();
        Assert.Contains("\"ReturnValue\":\"done\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityTrigger_ActivityThrows_Returns500()
    {
        using var reply = await host.InvokeAsync(nameof(Explode), host.Fixture("activity-failure.json"));

        Assert.Equal(HttpStatusCode.InternalServerError, reply.StatusCode);
        using var body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        Assert.Contains("Mail relay refused: boom", body.RootElement.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DeriveTaskId_SameNameAndInput_IsStableAndInputSensitive()
    {
        Assert.Equal(ActivityTaskIds.Derive("SendMessage", "{\"n\":1}"), ActivityTaskIds.Derive("SendMessage", "{\"n\":1}"));
        Assert.NotEqual(ActivityTaskIds.Derive("SendMessage", "{\"n\":1}"), ActivityTaskIds.Derive("SendMessage", "{\"n\":2}"));
        Assert.True(ActivityTaskIds.Derive("SendMessage", null) >= 0);
    }

    private static async Task<JsonElement> ReturnValueAsync(HttpResponseMessage reply)
    {
        using var body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("ReturnValue").Clone();
    }
}
