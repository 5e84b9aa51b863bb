using System.Collections.Concurrent;
using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Tests.Embedded;

/// <summary>An activity scheduled in the same turn that ends the execution still runs, as in
/// Durable; its result has nowhere to go and is dropped.</summary>
public sealed class FireAndForgetTests
{
    [Fact]
    public async Task ActivityScheduledInTheCompletingTurn_StillRuns_InstanceStaysCompleted()
    {
        await using var h = EngineHarness.Create(r => r.AddOrchestrator<NotifyAndFinish>().AddActivity<Notify>());
        var key = Guid.NewGuid().ToString("N");
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(NotifyAndFinish), key);

        await h.RunAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("done", done.ReadOutputAs<string>());
        Assert.Equal([key], Notify.Seen(key));

        // The result was dropped: history still ends with the completion.
        var history = await h.HistoryAsync(id);
        Assert.Equal(HistoryEvent.EventTypeOneofCase.ExecutionCompleted, history[^1].EventTypeCase);
        Assert.DoesNotContain(history, e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskCompleted);
        Assert.Equal(0, await h.RunAsync());
    }

    [Fact]
    public async Task ActivityScheduledInTheContinueAsNewTurn_StillRuns_NextExecutionUnaffected()
    {
        await using var h = EngineHarness.Create(r => r.AddOrchestrator<NotifyAndContinue>().AddActivity<Notify>());
        var key = Guid.NewGuid().ToString("N");
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(NotifyAndContinue), new Generation(key, 0));

        await h.RunAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(2, done.ReadOutputAs<int>());
        Assert.Equal([$"{key}-0", $"{key}-1"], Notify.Seen(key).Order(StringComparer.Ordinal));
        var history = await h.HistoryAsync(id);
        Assert.DoesNotContain(history, e => e.EventTypeCase is HistoryEvent.EventTypeOneofCase.TaskScheduled or HistoryEvent.EventTypeOneofCase.TaskCompleted);
    }
}

/// <summary>Schedules <see cref="Notify"/> without awaiting it and completes at once.</summary>
internal sealed class NotifyAndFinish : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        _ = context.CallActivityAsync(nameof(Notify), input);
        return Task.FromResult("done");
    }
}

internal sealed record Generation(string Key, int N);

/// <summary>Generations 0 and 1 each schedule <see cref="Notify"/> without awaiting it and
/// continue as new; generation 2 completes with 2.</summary>
internal sealed class NotifyAndContinue : TaskOrchestrator<Generation, int>
{
    public override Task<int> RunAsync(TaskOrchestrationContext context, Generation input)
    {
        if (input.N >= 2)
        {
            return Task.FromResult(input.N);
        }

        _ = context.CallActivityAsync(nameof(Notify), $"{input.Key}-{input.N}");
        context.ContinueAsNew(input with { N = input.N + 1 });
        return Task.FromResult(input.N);
    }
}

/// <summary>Records each input it is called with.</summary>
internal sealed class Notify : TaskActivity<string, bool>
{
    private static readonly ConcurrentQueue<string> Calls = new();

    public static List<string> Seen(string key) => [.. Calls.Where(c => c.StartsWith(key, StringComparison.Ordinal))];

    public override Task<bool> RunAsync(TaskActivityContext context, string input)
    {
        Calls.Enqueue(input);
        return Task.FromResult(true);
    }
}
