using AmbassadorFlows.Durable;
using AmbassadorFlows.Functions.CustomHandler.DurableClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace AmbassadorFlows.Functions.Tests.CustomHandler;

/// <summary>The Durable HTTP API client against a recording fake of the API.</summary>
public sealed class HttpDurableTaskClientTests : IDisposable
{
    private readonly WireMockServer _api = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{CustomHandlerHost.FreePort()}"] });
    private readonly ServiceProvider _services;
    private readonly HttpDurableTaskClient _client;

    public HttpDurableTaskClientTests()
    {
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var accessor = new DurableClientBindingAccessor(new ConfigurationBuilder().Build());
        accessor.Update(new DurableClientBinding("TestHub", new Uri(_api.Url + "/runtime/webhooks/durabletask"), "code=k%3D"));
        _client = new HttpDurableTaskClient(_services.GetRequiredService<IHttpClientFactory>(), accessor, TestWorkflows.CreateRegistry());
    }

    [Fact]
    public async Task GetAllInstancesAsync_CustomStatusFilter_FollowsContinuationAndFiltersClientSide()
    {
        _api.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances").UsingGet().WithHeader("x-ms-continuation-token", "page2"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Page(("c", "\"waiting:hr\""))));
        _api.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances").UsingGet().WithHeader("x-ms-continuation-token", "page2", WireMock.Matchers.MatchBehaviour.RejectOnMatch))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("x-ms-continuation-token", "page2")
                .WithBody(Page(("a", "\"waiting:manager\""), ("b", "\"training\""))));

        var found = new List<string>();
        await foreach (var instance in _client.GetAllInstancesAsync(new OrchestrationQuery
        {
            CustomStatusContains = "WAITING",
            Statuses = [OrchestrationRuntimeStatus.Running],
            InstanceIdPrefix = "cohort-1",
        }))
        {
            found.Add(instance.InstanceId);
        }

        Assert.Equal(["a", "c"], found);
        var first = _api.LogEntries.First().RequestMessage;
        Assert.Contains("runtimeStatus=Running", first.RawQuery, StringComparison.Ordinal);
        Assert.Contains("instanceIdPrefix=cohort-1", first.RawQuery, StringComparison.Ordinal);
        Assert.EndsWith("code=k%3D", first.RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TerminateInstanceAsync_UnknownInstance_ThrowsNotFound()
    {
        _api.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances/nope/terminate").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(404));

        var ex = await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => _client.TerminateInstanceAsync("nope"));

        Assert.Equal("nope", ex.InstanceId);
    }

    [Fact]
    public async Task PurgeAllInstancesAsync_NothingMatched_ReturnsZeroAndSendsRequiredLowerBound()
    {
        _api.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances").UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(404));

        var result = await _client.PurgeAllInstancesAsync(new PurgeInstancesFilter(Statuses: [OrchestrationRuntimeStatus.Completed]));

        Assert.Equal(0, result.PurgedInstanceCount);
        var call = Assert.Single(_api.LogEntries).RequestMessage;
        Assert.Contains("createdTimeFrom=1970-01-01T00%3A00%3A00", call.RawQuery, StringComparison.Ordinal);
        Assert.Contains("runtimeStatus=Completed", call.RawQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetInstanceAsync_FailedInstance_ExposesFailureDetails()
    {
        _api.Given(Request.Create().WithPath("/runtime/webhooks/durabletask/instances/f1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(
                """{"name":"FailingOrchestrator","instanceId":"f1","runtimeStatus":"Failed","input":"x","customStatus":{"step":2},"output":"Orchestrator function 'FailingOrchestrator' failed: boom","createdTime":"2025-03-04T10:00:00Z","lastUpdatedTime":"2025-03-04T10:00:05Z"}"""));

        var instance = await _client.GetInstanceAsync("f1", getInputsAndOutputs: true);

        Assert.NotNull(instance);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, instance.RuntimeStatus);
        Assert.Contains("boom", instance.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("{\"step\":2}", instance.SerializedCustomStatus);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 10, 0, 5, TimeSpan.Zero), instance.CompletedAt);
    }

    [Fact]
    public async Task ScheduleNewOrchestrationInstanceAsync_UnknownNameOrStartTime_IsRefusedWithoutCalling()
    {
        await Assert.ThrowsAsync<OrchestratorNotRegisteredException>(() => _client.ScheduleNewOrchestrationInstanceAsync("Nope"));
        await Assert.ThrowsAsync<NotSupportedException>(() =>
            _client.ScheduleNewOrchestrationInstanceAsync(nameof(GreetingOrchestrator), options: new StartOrchestrationOptions(StartAt: DateTimeOffset.UnixEpoch)));

        Assert.Empty(_api.LogEntries);
    }

    public void Dispose()
    {
        _api.Stop();
        _api.Dispose();
        _services.Dispose();
    }

    private static string Page(params (string Id, string CustomStatus)[] instances)
        => "[" + string.Join(',', instances.Select(i =>
            $$"""{"name":"GreetingOrchestrator","instanceId":"{{i.Id}}","runtimeStatus":"Running","customStatus":{{i.CustomStatus}},"createdTime":"2025-03-04T10:00:00Z","lastUpdatedTime":"2025-03-04T10:00:00Z"}""")) + "]";
}
