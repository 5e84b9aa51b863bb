using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Tests.Embedded;

public sealed class SchedulingTests
{
    [Fact]
    public async Task ScheduleNewOrchestration_ThreeSequentialActivities_CompletesWithOutputAndWholeHistory()
    {
        await using var h = EngineHarness.Create();

        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "a");
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await h.GetAsync(id)).RuntimeStatus);
        await h.RunAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("a123", done.ReadOutputAs<string>());
        Assert.Equal("a", done.ReadInputAs<string>());
        Assert.Equal(EngineHarness.T0, done.CreatedAt);
        Assert.NotNull(done.CompletedAt);
        var history = await h.HistoryAsync(id);
        HistoryAssert.IsConsistent(history, id);
        Assert.Equal(3, history.Count(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskCompleted));
    }

    [Fact]
    public async Task ScheduleNewOrchestration_UnknownOrchestratorName_ThrowsOrchestratorNotRegistered()
    {
        await using var h = EngineHarness.Create();

        var ex = await Assert.ThrowsAsync<OrchestratorNotRegisteredException>(() => h.Client.ScheduleNewOrchestrationInstanceAsync("NoSuchFlow", "x"));

        Assert.Equal("NoSuchFlow", ex.Name);
        Assert.Empty((await h.Client.QueryInstancesAsync(new OrchestrationQuery())).Instances);
    }

    [Fact]
    public async Task ScheduleNewOrchestration_IdOfLiveInstance_ThrowsAlreadyExists()
    {
        await using var h = EngineHarness.Create();
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "x", new StartOrchestrationOptions("dup"));
        await h.RunAsync();

        var ex = await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(
            () => h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "y", new StartOrchestrationOptions("dup")));

        Assert.Equal("dup", ex.InstanceId);
        Assert.Equal("x", (await h.GetAsync("dup")).ReadInputAs<string>());
    }

    [Fact]
    public async Task ScheduleNewOrchestration_IdOfCompletedInstance_StartsAFreshExecution()
    {
        await using var h = EngineHarness.Create();
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "a", new StartOrchestrationOptions("again"));
        await h.RunAsync();
        var first = await h.GetAsync("again");

        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "b", new StartOrchestrationOptions("again"));
        await h.RunAsync();

        var second = await h.GetAsync("again");
        Assert.Equal("b123", second.ReadOutputAs<string>());
        Assert.NotEqual(first.ExecutionId, second.ExecutionId);
        HistoryAssert.IsConsistent(await h.HistoryAsync("again"), "again");
    }

    [Fact]
    public async Task ScheduleNewOrchestration_InputThatCannotBeSerialized_ThrowsArgumentException()
    {
        await using var h = EngineHarness.Create();
        var loop = new SelfReference();
        loop.Next = loop;

        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), loop));
        Assert.Empty((await h.Client.QueryInstancesAsync(new OrchestrationQuery())).Instances);
    }

    [Fact]
    public async Task ScheduleNewOrchestration_StartAtInTheFuture_StaysPendingUntilTheClockGetsThere()
    {
        await using var h = EngineHarness.Create();
        var startAt = EngineHarness.T0.AddHours(2);

        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "s", new StartOrchestrationOptions(StartAt: startAt));
        await h.RunAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await h.GetAsync(id)).RuntimeStatus);

        h.Clock.SetUtcNow(startAt.AddSeconds(-1));
        await h.RunAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await h.GetAsync(id)).RuntimeStatus);

        Assert.Equal(startAt, await h.Engine.GetNextTimerAsync());
        await h.Engine.AdvanceToNextTimerAsync(h.Clock.SetUtcNow);
        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("s123", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task GetInstance_WithoutInputsAndOutputs_LeavesPayloadsOut()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "a");
        await h.RunAsync();

        var bare = await h.Client.GetInstanceAsync(id);

        Assert.NotNull(bare);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, bare.RuntimeStatus);
        Assert.Equal(nameof(Sequence), bare.Name);
        Assert.Null(bare.SerializedInput);
        Assert.Null(bare.SerializedOutput);
        Assert.Null(await h.Client.GetInstanceAsync("missing"));
    }

    [Fact]
    public async Task Restart_StateOnDisk_SurvivesAndContinues()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "keep");
        await h.RunAsync();

        await h.RestartAsync();
        await h.Client.RaiseEventAsync(id, "approval", "yes");
        await h.RunAsync();

        Assert.Equal("keep:yes", (await h.GetAsync(id)).ReadOutputAs<string>());
    }

    private sealed class SelfReference
    {
        public SelfReference? Next { get; set; }
    }
}
