using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Tests.Embedded;

/// <summary>Terminate, suspend/resume, purge, ContinueAsNew.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Terminate_RunningInstance_EndsTerminatedWithTheGivenOutput()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "x");
        await h.RunAsync();

        await h.Client.TerminateInstanceAsync(id, new TerminateInstanceOptions("ops stopped it"));
        await h.RunAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("ops stopped it", done.ReadOutputAs<string>());
        await Assert.ThrowsAsync<OrchestrationAlreadyCompletedException>(() => h.Client.RaiseEventAsync(id, "approval", "late"));
        await Assert.ThrowsAsync<OrchestrationAlreadyCompletedException>(() => h.Client.TerminateInstanceAsync(id));
    }

    [Fact]
    public async Task Terminate_PendingInstance_EndsWithoutRunning()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "x", new StartOrchestrationOptions(StartAt: EngineHarness.T0.AddDays(1)));

        await h.Client.TerminateInstanceAsync(id);
        await h.DriveAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Null(done.SerializedOutput);
        Assert.Null(await h.Engine.GetNextTimerAsync());
    }

    [Fact]
    public async Task Terminate_UnknownInstance_ThrowsNotFound()
    {
        await using var h = EngineHarness.Create();

        await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => h.Client.TerminateInstanceAsync("ghost"));
    }

    [Fact]
    public async Task Terminate_Recursive_AlsoTerminatesTheSubOrchestration()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput("kid", nameof(Child), "v"));
        await h.RunAsync();

        await h.Client.TerminateInstanceAsync(id, new TerminateInstanceOptions("stop all", Recursive: true));
        await h.RunAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await h.GetAsync(id)).RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await h.GetAsync("kid")).RuntimeStatus);
    }

    [Fact]
    public async Task Terminate_NotRecursive_SubOrchestrationKeepsRunning()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput("kid", nameof(Child), "v"));
        await h.RunAsync();

        await h.Client.TerminateInstanceAsync(id, new TerminateInstanceOptions("only parent"));
        await h.RunAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await h.GetAsync(id)).RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync("kid")).RuntimeStatus);
        await h.Client.RaiseEventAsync("kid", "go", "!");
        await h.RunAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.GetAsync("kid")).RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await h.GetAsync(id)).RuntimeStatus);
    }

    [Fact]
    public async Task Suspend_EventArrivesWhileSuspended_WaitsUntilResume()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "x");
        await h.RunAsync();

        await h.Client.SuspendInstanceAsync(id, "investigating");
        await h.RunAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await h.GetAsync(id)).RuntimeStatus);

        await h.Client.RaiseEventAsync(id, "approval", "yes");
        await h.RunAsync();
        var suspended = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, suspended.RuntimeStatus);
        Assert.DoesNotContain(await h.HistoryAsync(id), e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.EventRaised);

        await h.Client.ResumeInstanceAsync(id, "fine");
        await h.RunAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("x:yes", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Suspend_ThenTerminate_EndsTerminated()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "x");
        await h.RunAsync();
        await h.Client.SuspendInstanceAsync(id);
        await h.RunAsync();

        await h.Client.TerminateInstanceAsync(id, new TerminateInstanceOptions("gone"));
        await h.RunAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await h.GetAsync(id)).RuntimeStatus);
    }

    [Fact]
    public async Task PurgeInstance_Completed_RemovesInstanceAndHistory()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "a");
        await h.RunAsync();

        var result = await h.Client.PurgeInstanceAsync(id);

        Assert.Equal(1, result.PurgedInstanceCount);
        Assert.Null(await h.Client.GetInstanceAsync(id));
        Assert.Empty(await h.HistoryAsync(id));
        Assert.Equal(0, (await h.Client.PurgeInstanceAsync(id)).PurgedInstanceCount);
    }

    [Fact]
    public async Task PurgeInstance_Running_IsRefused()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "a");
        await h.RunAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Client.PurgeInstanceAsync(id));
        Assert.NotNull(await h.Client.GetInstanceAsync(id));
    }

    [Fact]
    public async Task PurgeInstance_Recursive_RemovesFinishedSubOrchestrations()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput("kid", nameof(Child), "v"));
        await h.RunAsync();
        await h.Client.RaiseEventAsync("kid", "go", "!");
        await h.RunAsync();

        var result = await h.Client.PurgeInstanceAsync(id, recursive: true);

        Assert.Equal(2, result.PurgedInstanceCount);
        Assert.Null(await h.Client.GetInstanceAsync("kid"));
    }

    [Fact]
    public async Task PurgeAllInstances_ByCreatedRangeAndStatus_RemovesOnlyMatchingFinishedOnes()
    {
        await using var h = EngineHarness.Create();
        var old = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "old");
        var oldRunning = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "old-running");
        await h.RunAsync();
        h.Clock.Advance(TimeSpan.FromDays(10));
        var recent = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "new");
        await h.RunAsync();

        var result = await h.Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(
            CreatedFrom: EngineHarness.T0.AddDays(-1),
            CreatedTo: EngineHarness.T0.AddDays(1),
            Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Running]));

        Assert.Equal(1, result.PurgedInstanceCount);
        Assert.Null(await h.Client.GetInstanceAsync(old));
        Assert.NotNull(await h.Client.GetInstanceAsync(oldRunning));
        Assert.NotNull(await h.Client.GetInstanceAsync(recent));
    }

    [Fact]
    public async Task ContinueAsNew_EachGeneration_NewExecutionIdTruncatedHistoryAndCarriedEvents()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Counter), 0);
        await h.RunAsync();
        var firstExecution = (await h.GetAsync(id)).ExecutionId;

        // Three events at once: the first is consumed, the other two must survive ContinueAsNew.
        await h.Client.RaiseEventAsync(id, "add", 1);
        await h.Client.RaiseEventAsync(id, "add", 1);
        await h.Client.RaiseEventAsync(id, "add", 1);
        await h.RunAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(3, done.ReadOutputAs<int>());
        Assert.NotEqual(firstExecution, done.ExecutionId);
        var history = await h.HistoryAsync(id);
        HistoryAssert.IsConsistent(history, id);
        var started = Assert.Single(history, e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionStarted);
        Assert.Equal("3", started.ExecutionStarted.Input);
        Assert.Equal(done.ExecutionId, started.ExecutionStarted.OrchestrationInstance.ExecutionId);
    }
}
