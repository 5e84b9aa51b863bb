using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Serializing;

namespace AmbassadorFlows.Durable.Tests.Sqlite;

/// <summary>The backend under DTFx's own dispatchers: the orchestration patterns apps use.</summary>
public sealed class SqliteWorkflowTests
{
    [Fact]
    public async Task Sequence_FiveActivities_CompletesWithTheChainedResultAndWholeHistory()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.StartAsync<SequenceOrchestration>("seq-1", 1);

        var state = await hub.WaitAsync(instance);

        Assert.Equal(OrchestrationStatus.Completed, state.OrchestrationStatus);
        Assert.Equal("51", state.Output);
        var history = JsonDataConverter.Default.Deserialize<List<HistoryEvent>>(await hub.Client.GetOrchestrationHistoryAsync(instance));
        Assert.IsType<ExecutionStartedEvent>(history.First(e => e is not OrchestratorStartedEvent));
        Assert.Equal(5, history.OfType<TaskScheduledEvent>().Count());
        Assert.Equal(5, history.OfType<TaskCompletedEvent>().Count());
        Assert.Single(history.OfType<ExecutionCompletedEvent>());
    }

    [Fact]
    public async Task FanOut_TwentyActivitiesAtOnce_SumsEveryResultOnce()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.StartAsync<FanOutOrchestration>("fan-1", 20);

        var state = await hub.WaitAsync(instance);

        Assert.Equal(OrchestrationStatus.Completed, state.OrchestrationStatus);
        Assert.Equal((Enumerable.Range(0, 20).Sum() + 200).ToString(System.Globalization.CultureInfo.InvariantCulture), state.Output);
        var history = JsonDataConverter.Default.Deserialize<List<HistoryEvent>>(await hub.Client.GetOrchestrationHistoryAsync(instance));
        Assert.Equal(20, history.OfType<TaskCompletedEvent>().Select(e => e.TaskScheduledId).Distinct().Count());
    }

    [Fact]
    public async Task Event_RaisedBeforeTheWait_IsKeptUntilTheOrchestrationWaits()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.StartAsync<EventOrchestration>("event-before", 1);
        await hub.Client.RaiseEventAsync(instance, "go", "early");

        var state = await hub.WaitAsync(instance);

        Assert.Equal("\"11|early\"", state.Output);
    }

    [Fact]
    public async Task Event_RaisedAfterTheWaitBegan_CompletesTheWait()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.StartAsync<EventOrchestration>("event-after", 2);
        await WaitForHistoryAsync(hub, instance, h => h.OfType<TaskCompletedEvent>().Any());
        await hub.Service.WaitUntilIdleAsync();

        await hub.Client.RaiseEventAsync(instance, "go", "late");
        var state = await hub.WaitAsync(instance);

        Assert.Equal("\"12|late\"", state.Output);
    }

    [Fact]
    public async Task ContinueAsNew_ThreeTimes_EndsWithTheLastInputAndOnlyTheLastExecutionsHistory()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.StartAsync<CountingOrchestration>("can-1", 0);

        var state = await hub.WaitAsync(instance);

        Assert.Equal(OrchestrationStatus.Completed, state.OrchestrationStatus);
        Assert.Equal("3", state.Output);
        Assert.NotEqual(instance.ExecutionId, state.OrchestrationInstance.ExecutionId);
        var history = JsonDataConverter.Default.Deserialize<List<HistoryEvent>>(await hub.Client.GetOrchestrationHistoryAsync(state.OrchestrationInstance));
        Assert.Single(history.OfType<ExecutionStartedEvent>());
        Assert.Equal("3", history.OfType<ExecutionStartedEvent>().Single().Input);
    }

    [Fact]
    public async Task SubOrchestration_ChildRunsToCompletion_ParentGetsItsResult()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.StartAsync<ParentOrchestration>("parent-1", 5);

        var state = await hub.WaitAsync(instance);

        Assert.Equal("56", state.Output);
        var child = await hub.Client.GetOrchestrationStateAsync("parent-1-child");
        Assert.NotNull(child);
        Assert.Equal(OrchestrationStatus.Completed, child.OrchestrationStatus);
        Assert.Equal("parent-1", child.ParentInstance?.OrchestrationInstance.InstanceId);
    }

    [Fact]
    public async Task Terminate_WaitingOrchestration_EndsTerminatedWithTheReason()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.StartAsync<EventOrchestration>("terminate-1", 1);
        await WaitForHistoryAsync(hub, instance, h => h.OfType<TaskCompletedEvent>().Any());

        await hub.Client.TerminateInstanceAsync(instance, "enough");
        var state = await hub.WaitAsync(instance);

        Assert.Equal(OrchestrationStatus.Terminated, state.OrchestrationStatus);
        Assert.Contains("enough", state.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingActivity_WithFailureDetails_FailsTheOrchestrationWithTheActivityError()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.StartAsync<FailingOrchestration>("fail-1", "boom");

        var state = await hub.WaitAsync(instance);

        Assert.Equal(OrchestrationStatus.Failed, state.OrchestrationStatus);
        Assert.NotNull(state.FailureDetails);
        Assert.Contains("boom", state.FailureDetails.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledStart_InTheFuture_StaysPendingUntilItsTime()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var instance = await hub.Client.CreateScheduledOrchestrationInstanceAsync(typeof(SequenceOrchestration), "scheduled-1", 0, DateTime.UtcNow.AddSeconds(1.5));

        await Task.Delay(500);
        Assert.Equal(OrchestrationStatus.Pending, (await hub.Client.GetOrchestrationStateAsync(instance)).OrchestrationStatus);
        var state = await hub.WaitAsync(instance);

        Assert.Equal("50", state.Output);
    }

    internal static async Task WaitForHistoryAsync(DtfxHarness hub, OrchestrationInstance instance, Func<List<HistoryEvent>, bool> condition)
    {
        using var timeout = new CancellationTokenSource(DtfxHarness.Timeout);
        while (true)
        {
            var history = JsonDataConverter.Default.Deserialize<List<HistoryEvent>>(await hub.Client.GetOrchestrationHistoryAsync(instance));
            if (condition(history))
            {
                return;
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
