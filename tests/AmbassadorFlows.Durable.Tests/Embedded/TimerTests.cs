using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Tests.Embedded;

public sealed class TimerTests
{
    [Fact]
    public async Task MonthlyMeetings_TwelveMonthsOnAFakeClock_HoldsEveryMeetingOnItsDay()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(MonthlyMeetings), 12);

        await h.DriveAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var expected = Enumerable.Range(1, 12)
            .Select(m => EngineHarness.T0.AddMonths(m).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + $"#{m}")
            .ToList();
        Assert.Equal(expected, done.ReadOutputAs<List<string>>());
        Assert.Equal(EngineHarness.T0.AddMonths(12), h.Clock.GetUtcNow());
        Assert.Equal("{\"month\":12}", done.SerializedCustomStatus);
        var history = await h.HistoryAsync(id);
        HistoryAssert.IsConsistent(history, id);

        // Months are longer than the 3-day maximum timer, so every wait was chained.
        Assert.True(history.Count(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TimerFired) > 100);
    }

    [Fact]
    public async Task Timer_ClockJustBeforeFireAt_DoesNotFireYet()
    {
        await using var h = EngineHarness.Create(configure: o => o.MaximumTimerInterval = TimeSpan.FromDays(60));
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongWait), "done");
        await h.RunAsync();

        h.Clock.SetUtcNow(EngineHarness.T0.AddDays(30).AddTicks(-1));
        await h.RunAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync(id)).RuntimeStatus);

        h.Clock.SetUtcNow(EngineHarness.T0.AddDays(30));
        await h.RunAsync();
        Assert.Equal("done", (await h.GetAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task Timer_SurvivesRestart_FiresAfterReopen()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(LongWait), "later");
        await h.RunAsync();

        await h.RestartAsync();
        await h.DriveAsync();

        Assert.Equal("later", (await h.GetAsync(id)).ReadOutputAs<string>());
        Assert.Equal(EngineHarness.T0.AddDays(30), h.Clock.GetUtcNow());
    }
}
