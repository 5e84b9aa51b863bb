using DurableTask.Core;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Durable.Tests.Sqlite;

/// <summary>The fake-clock seam: idle detection, the next timer, and timers firing when the
/// TimeProvider is advanced rather than when real time passes.</summary>
public sealed class SqliteDrivableTests
{
    [Fact]
    public async Task Timer_FortyFiveDaysOnAFakeClock_FiresWhenTheClockIsAdvanced()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var hub = await DtfxHarness.StartAsync(time);
        var instance = await hub.StartAsync<TimerOrchestration>("timer-45", 45.0);
        await SqliteWorkflowTests.WaitForHistoryAsync(hub, instance, h => h.OfType<DurableTask.Core.History.TimerCreatedEvent>().Any());
        await hub.Service.WaitUntilIdleAsync();

        var next = await hub.Service.GetNextTimerAsync();
        Assert.NotNull(next);
        Assert.InRange(next.Value - time.GetUtcNow(), TimeSpan.FromDays(44.9), TimeSpan.FromDays(45.1));
        Assert.Equal(OrchestrationStatus.Running, (await hub.Client.GetOrchestrationStateAsync(instance)).OrchestrationStatus);

        time.SetUtcNow(next.Value);
        var state = await hub.WaitAsync(instance);

        Assert.Equal(OrchestrationStatus.Completed, state.OrchestrationStatus);
        Assert.Equal("\"fired\"", state.Output);
        Assert.Null(await hub.Service.GetNextTimerAsync());
    }

    [Fact]
    public async Task WaitUntilIdle_WhileActivitiesRun_CompletesOnlyAfterTheOrchestrationIsDone()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.StartAsync<FanOutOrchestration>("idle-1", 10);

        await hub.Service.WaitUntilIdleAsync().WaitAsync(DtfxHarness.Timeout);

        Assert.Equal(OrchestrationStatus.Completed, (await hub.Client.GetOrchestrationStateAsync(instance)).OrchestrationStatus);
    }

    [Fact]
    public async Task ScheduledStart_OnAFakeClock_IsTheNextTimerAndStartsWhenReached()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var hub = await DtfxHarness.StartAsync(time);
        var startAt = time.GetUtcNow().UtcDateTime.AddDays(3);
        var instance = await hub.Client.CreateScheduledOrchestrationInstanceAsync(typeof(SequenceOrchestration), "sched-fake", 0, startAt);
        await hub.Client.RaiseEventAsync(instance, "ignored", "kept until the start");

        await hub.Service.WaitUntilIdleAsync().WaitAsync(DtfxHarness.Timeout);
        Assert.Equal(startAt, (await hub.Service.GetNextTimerAsync())?.UtcDateTime);
        Assert.Equal(OrchestrationStatus.Pending, (await hub.Client.GetOrchestrationStateAsync(instance)).OrchestrationStatus);

        time.Advance(TimeSpan.FromDays(3));
        var state = await hub.WaitAsync(instance);

        Assert.Equal("50", state.Output);
    }
}
