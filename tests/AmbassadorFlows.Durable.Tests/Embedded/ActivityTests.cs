using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Tests.Embedded;

public sealed class ActivityTests
{
    [Fact]
    public async Task Activity_Throws_OrchestratorSeesTaskFailedWithDetails()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CallFlaky), "x");

        await h.RunAsync();

        Assert.Equal("caught System.InvalidOperationException: boom: x", (await h.GetAsync(id)).ReadOutputAs<string>());
        var failed = Assert.Single(await h.HistoryAsync(id), e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskFailed);
        Assert.Equal("boom: x", failed.TaskFailed.FailureDetails.ErrorMessage);
    }

    [Fact]
    public async Task Activity_FailsTwiceWithRetryPolicy_SucceedsOnThirdAttemptAfterDurableDelays()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(RetryingCall), 3);

        await h.DriveAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(3, done.ReadOutputAs<int>());
        var history = await h.HistoryAsync(id);
        Assert.Equal(2, history.Count(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskFailed));
        Assert.True(h.Clock.GetUtcNow() >= EngineHarness.T0.AddSeconds(20));
    }

    [Fact]
    public async Task Activity_WorkerDiesMidRun_LeaseExpiresAndItIsRedeliveredOnce()
    {
        await using var h = EngineHarness.Create(configure: o => o.ActivityLease = TimeSpan.FromMinutes(5));
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(BlockingCall), "job");
        using (var cts = new CancellationTokenSource())
        {
            var run = h.Engine.RunUntilIdleAsync(cts.Token);
            while (!Block.Runs.ContainsKey($"{id}:0"))
            {
                await Task.Delay(5);
            }

            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        }

        // A second engine that does not take over leases on start: it must wait for expiry.
        await h.RestartAsync(o => o.RecoverLeasesOnStart = false);
        await h.RunAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync(id)).RuntimeStatus);

        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.RunAsync();

        Assert.Equal("job done", (await h.GetAsync(id)).ReadOutputAs<string>());
        Assert.Equal(2, Block.Runs[$"{id}:0"]);
        HistoryAssert.IsConsistent(await h.HistoryAsync(id), id);
    }

    [Fact]
    public async Task Activity_ProcessRestartAfterCrash_LeaseRecoveredAtOnce()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(BlockingCall), "quick");
        using (var cts = new CancellationTokenSource())
        {
            var run = h.Engine.RunUntilIdleAsync(cts.Token);
            while (!Block.Runs.ContainsKey($"{id}:0"))
            {
                await Task.Delay(5);
            }

            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        }

        await h.RestartAsync();
        await h.RunAsync();

        Assert.Equal("quick done", (await h.GetAsync(id)).ReadOutputAs<string>());
    }
}
