namespace AmbassadorFlows.Durable.Tests.Embedded;

public sealed class EventTests
{
    [Fact]
    public async Task RaiseEvent_WhileWaiting_CompletesWithPayload()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "req");
        await h.RunAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync(id)).RuntimeStatus);

        await h.Client.RaiseEventAsync(id, "approval", "granted");
        await h.RunAsync();

        Assert.Equal("req:granted", (await h.GetAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task RaiseEvent_BeforeTheInstanceStarted_IsBufferedAndConsumed()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "early");

        await h.Client.RaiseEventAsync(id, "approval", "first");
        await h.RunAsync();

        Assert.Equal("early:first", (await h.GetAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task RaiseEvent_UnknownInstance_ThrowsNotFound()
    {
        await using var h = EngineHarness.Create();

        var ex = await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => h.Client.RaiseEventAsync("ghost", "approval", "x"));

        Assert.Equal("ghost", ex.InstanceId);
    }

    [Fact]
    public async Task RaiseEvent_CompletedInstance_IsRefusedWithAlreadyCompleted()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "a");
        await h.RunAsync();

        var ex = await Assert.ThrowsAsync<OrchestrationAlreadyCompletedException>(() => h.Client.RaiseEventAsync(id, "approval", "late"));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, ex.Status);
        Assert.Equal("a123", (await h.GetAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task SendEvent_BetweenTwoInstances_EachReceivesTheOther()
    {
        await using var h = EngineHarness.Create();
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Listener), "", new StartOrchestrationOptions("listener"));
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Pinger), "listener", new StartOrchestrationOptions("pinger"));

        await h.RunAsync();

        Assert.Equal("pinger", (await h.GetAsync("listener")).ReadOutputAs<string>());
        Assert.Equal("pong from listener", (await h.GetAsync("pinger")).ReadOutputAs<string>());
    }

    [Fact]
    public async Task SendEvent_ToUnknownInstance_IsDiscardedAndSenderKeepsRunning()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Pinger), "nobody");

        await h.RunAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync(id)).RuntimeStatus);
        Assert.Null(await h.Client.GetInstanceAsync("nobody"));
    }

    [Fact]
    public async Task RaiseEvent_SameNameManyTimes_ConsumedInArrivalOrder()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CollectEvents), 3);
        await h.Client.RaiseEventAsync(id, "e", 1);
        await h.RunAsync();
        await h.Client.RaiseEventAsync(id, "e", 2);
        await h.Client.RaiseEventAsync(id, "e", 3);
        await h.Client.RaiseEventAsync(id, "e", 4);
        await h.RunAsync();

        Assert.Equal([1, 2, 3], (await h.GetAsync(id)).ReadOutputAs<List<int>>());
    }
}
