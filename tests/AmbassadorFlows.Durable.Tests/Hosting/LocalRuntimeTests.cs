using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Durable.Tests.Support;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Durable.Tests.Hosting;

/// <summary>What the hosting layer adds on top of the backends: the fake clock reaching the
/// orchestrations, drive mode, failure of unknown names, DI wiring, client extras.</summary>
public sealed class LocalRuntimeTests : IAsyncLifetime
{
    private SqliteContractBackend _backend = null!;

    private LocalDurableRuntime Runtime => _backend.Runtime;

    private DurableTaskClient Client => _backend.Client;

    private FakeTimeProvider Clock => _backend.Clock;

    public async Task InitializeAsync() => _backend = await SqliteContractBackend.StartAsync(registry => registry
        .AddOrchestrator<ParentOfWaiters>()
        .AddOrchestrator<ClockAfterContinueAsNew>());

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task CurrentUtcDateTime_FakeClock_IsTheFakeTimeNotTheRealOne()
    {
        Clock.Advance(TimeSpan.FromHours(5));
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ClockReader));

        var done = await _backend.CompleteAsync(id);

        Assert.Equal(SqliteContractBackend.T0.AddHours(5).UtcDateTime, done.ReadOutputAs<DateTime>());
    }

    [Fact]
    public async Task CurrentUtcDateTime_AfterContinueAsNewInTheSameTurn_IsStillTheFakeTime()
    {
        Clock.Advance(TimeSpan.FromDays(1));
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ClockAfterContinueAsNew), 0);

        var done = await _backend.CompleteAsync(id);

        Assert.Equal(SqliteContractBackend.T0.AddDays(1).UtcDateTime, done.ReadOutputAs<DateTime>());
    }

    [Fact]
    public async Task CreateTimer_ThirtyDays_FiresOnlyOnceTheFakeClockHasMovedThirtyDays()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sleeper), TimeSpan.FromDays(30));
        await Runtime.RunUntilIdleAsync();

        // The SDK chains the timer in MaximumTimerInterval (3 days) steps; none but the last ends it.
        var steps = 0;
        while ((await Client.GetInstanceAsync(id))!.RuntimeStatus == OrchestrationRuntimeStatus.Running)
        {
            Assert.True(Clock.GetUtcNow() < SqliteContractBackend.T0.AddDays(30), $"still running at {Clock.GetUtcNow():O}");
            Assert.True(await Runtime.AdvanceToNextTimerAsync(Clock.SetUtcNow));
            steps++;
        }

        var done = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.Equal(SqliteContractBackend.T0.AddDays(30), Clock.GetUtcNow());
        Assert.Equal(SqliteContractBackend.T0.AddDays(30).UtcDateTime, done.ReadOutputAs<SleepResult>()!.After);
        Assert.Equal(10, steps);
    }

    [Fact]
    public async Task ScheduleNew_StartAtLater_StaysPendingUntilTheClockGetsThere()
    {
        var startAt = SqliteContractBackend.T0.AddDays(2);
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ClockReader), null, new StartOrchestrationOptions { StartAt = startAt });
        await Runtime.RunUntilIdleAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await Client.GetInstanceAsync(id))!.RuntimeStatus);
        Assert.Equal(startAt, await Runtime.GetNextTimerAsync());

        Assert.True(await Runtime.AdvanceToNextTimerAsync(Clock.SetUtcNow));
        var done = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done!.RuntimeStatus);
        Assert.Equal(startAt.UtcDateTime, done.ReadOutputAs<DateTime>());
    }

    [Fact]
    public async Task TerminateInstance_ScheduledForLater_EndsTerminatedAndNeverRuns()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ClockReader), null, new StartOrchestrationOptions { StartAt = SqliteContractBackend.T0.AddDays(2) });

        await Client.TerminateInstanceAsync(id, new TerminateInstanceOptions("not needed"));
        await Runtime.RunUntilIdleAsync();
        while (await Runtime.AdvanceToNextTimerAsync(Clock.SetUtcNow))
        {
        }

        var instance = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, instance!.RuntimeStatus);
        Assert.Equal("not needed", instance.ReadOutputAs<string>());
    }

    [Fact]
    public async Task AdvanceToNextTimer_NoTimerLeft_ReturnsFalse()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "a");

        Assert.False(await Runtime.AdvanceToNextTimerAsync(Clock.SetUtcNow));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await Client.GetInstanceAsync(id))!.RuntimeStatus);
        Assert.Equal(SqliteContractBackend.T0, Clock.GetUtcNow());
    }

    [Fact]
    public async Task ScheduleNew_UnknownOrchestrator_FailsTheInstanceNamingIt()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("NoSuchOrchestrator");

        var done = await _backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Contains("NoSuchOrchestrator", done.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOrchestrationHistory_Finished_ReturnsDtfxEventsFromStartToCompletion()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "h");
        await _backend.CompleteAsync(id);

        var history = await Client.GetOrchestrationHistoryAsync(id);

        Assert.IsType<ExecutionStartedEvent>(history.First(e => e is not OrchestratorStartedEvent));
        Assert.Equal(3, history.OfType<TaskScheduledEvent>().Count());
        Assert.Equal(3, history.OfType<TaskCompletedEvent>().Count());
        Assert.Equal(OrchestrationStatus.Completed, history.OfType<ExecutionCompletedEvent>().Single().OrchestrationStatus);
        Assert.All(history.OfType<OrchestratorStartedEvent>(), e => Assert.Equal(SqliteContractBackend.T0.UtcDateTime, e.Timestamp));
    }

    [Fact]
    public async Task TerminateInstance_Recursive_TerminatesRunningSubOrchestrations()
    {
        var id = "tree-" + Guid.NewGuid().ToString("N")[..8];
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ParentOfWaiters), null, new StartOrchestrationOptions(id));
        await _backend.WaitForCustomStatusAsync(id + "-w1", "waiting");
        await _backend.WaitForCustomStatusAsync(id + "-w2", "waiting");

        await Client.TerminateInstanceAsync(id, new TerminateInstanceOptions(Output: "stop", Recursive: true));
        await Runtime.RunUntilIdleAsync();

        foreach (var instance in new[] { id, id + "-w1", id + "-w2" })
        {
            Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await Client.GetInstanceAsync(instance))!.RuntimeStatus);
        }
    }

    [Fact]
    public async Task TerminateInstance_NotRecursive_SubOrchestrationsKeepRunning()
    {
        var id = "tree-" + Guid.NewGuid().ToString("N")[..8];
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ParentOfWaiters), null, new StartOrchestrationOptions(id));
        await _backend.WaitForCustomStatusAsync(id + "-w1", "waiting");

        await Client.TerminateInstanceAsync(id, "stop");
        await Runtime.RunUntilIdleAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await Client.GetInstanceAsync(id))!.RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Client.GetInstanceAsync(id + "-w1"))!.RuntimeStatus);
    }

    [Fact]
    public async Task CallSubOrchestrator_UnregisteredName_ParentGetsAFailureInsteadOfHanging()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(CallsMissingChild));

        var done = await _backend.CompleteAsync(id);

        Assert.StartsWith("failed: ", done.ReadOutputAs<string>(), StringComparison.Ordinal);
        Assert.Contains("NoSuchChild", done.ReadOutputAs<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetInstance_WithoutInputsAndOutputs_LeavesPayloadsOut()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "in");
        await _backend.CompleteAsync(id);

        var bare = await Client.GetInstanceAsync(id, getInputsAndOutputs: false);
        var full = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        Assert.Null(bare!.SerializedInput);
        Assert.Null(bare.SerializedOutput);
        Assert.Equal("\"in\"", full!.SerializedInput);
        Assert.Equal("\"in123\"", full.SerializedOutput);
    }

    [Fact]
    public async Task WaitForInstanceCompletion_UnknownInstance_ThrowsNamingIt()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Client.WaitForInstanceCompletionAsync("nobody-waits"));

        Assert.Contains("nobody-waits", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaiseEvent_UnknownInstance_ThrowsNamingIt()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Client.RaiseEventAsync("nobody-here", "go", "x"));

        Assert.Contains("nobody-here", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeAllInstances_CompletedFilter_PurgesOnlyFinishedOnes()
    {
        var finished = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "f");
        var waiting = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter));
        await _backend.CompleteAsync(finished);
        await _backend.WaitForCustomStatusAsync(waiting, "waiting");

        var result = await Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(null, null, [OrchestrationRuntimeStatus.Completed]));

        Assert.Equal(1, result.PurgedInstanceCount);
        Assert.Null(await Client.GetInstanceAsync(finished));
        Assert.NotNull(await Client.GetInstanceAsync(waiting));
    }

    [Fact]
    public async Task WaitForInstanceStart_ScheduledInstance_ReturnsOnceRunning()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter));

        var started = await Client.WaitForInstanceStartAsync(id, getInputsAndOutputs: true);

        Assert.NotEqual(OrchestrationRuntimeStatus.Pending, started.RuntimeStatus);
    }
}

/// <summary>Two children that wait forever (for the recursive terminate).</summary>
internal sealed class ParentOfWaiters : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        var first = context.CallSubOrchestratorAsync<string>(nameof(Waiter), null, new SubOrchestrationOptions { InstanceId = context.InstanceId + "-w1" });
        var second = context.CallSubOrchestratorAsync<string>(nameof(Waiter), null, new SubOrchestrationOptions { InstanceId = context.InstanceId + "-w2" });
        await Task.WhenAll(first, second);
        return "done";
    }
}

/// <summary>Continues as new once (DTFx runs the new execution in the same work item), then reads its clock.</summary>
internal sealed class ClockAfterContinueAsNew : TaskOrchestrator<int, DateTime>
{
    public override Task<DateTime> RunAsync(TaskOrchestrationContext context, int input)
    {
        if (input == 0)
        {
            context.ContinueAsNew(1);
            return Task.FromResult(default(DateTime));
        }

        return Task.FromResult(context.CurrentUtcDateTime);
    }
}
