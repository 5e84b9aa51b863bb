using AmbassadorFlows.Durable.Embedded;
using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Tests.Embedded;

/// <summary>The parsed-history cache is only an optimisation: it must never hand a turn a history
/// that differs from the stored one.</summary>
public sealed class HistoryCacheTests
{
    [Fact]
    public void TryGet_OnlyWhenExecutionAndLengthMatchTheStoredHistory()
    {
        var cache = new HistoryCache(capacity: 8);
        var events = Events(3);
        cache.Put("i", "x1", events);

        Assert.Same(events, cache.TryGet("i", "x1", 3));
        Assert.Null(cache.TryGet("i", "x1", 4));
        Assert.Null(cache.TryGet("i", "x2", 3));
        Assert.Null(cache.TryGet("other", "x1", 3));
    }

    [Fact]
    public void Put_ShorterHistoryOfTheSameExecution_KeepsTheLongerOne()
    {
        var cache = new HistoryCache(capacity: 8);
        cache.Put("i", "x1", Events(5));
        cache.Put("i", "x1", Events(3));

        Assert.NotNull(cache.TryGet("i", "x1", 5));

        // A new execution replaces it, whatever its length.
        cache.Put("i", "x2", Events(1));
        Assert.NotNull(cache.TryGet("i", "x2", 1));
        Assert.Null(cache.TryGet("i", "x1", 5));
    }

    [Fact]
    public void Put_BeyondCapacity_EvictsTheLeastRecentlyUsed()
    {
        var cache = new HistoryCache(capacity: 2);
        cache.Put("a", "x", Events(1));
        cache.Put("b", "x", Events(1));
        Assert.NotNull(cache.TryGet("a", "x", 1));

        cache.Put("c", "x", Events(1));

        Assert.NotNull(cache.TryGet("a", "x", 1));
        Assert.Null(cache.TryGet("b", "x", 1));
        Assert.NotNull(cache.TryGet("c", "x", 1));
    }

    [Fact]
    public void Remove_And_ZeroCapacity_KeepNothing()
    {
        var cache = new HistoryCache(capacity: 2);
        cache.Put("a", "x", Events(1));
        cache.Remove("a");
        Assert.Null(cache.TryGet("a", "x", 1));

        var off = new HistoryCache(capacity: 0);
        off.Put("a", "x", Events(1));
        Assert.Null(off.TryGet("a", "x", 1));
    }

    [Fact]
    public async Task TwoEnginesTakingTurnsOnOneInstance_EachSeesTheOthersHistory()
    {
        // Engine A caches the history after its turn; engine B (another host on the same file)
        // appends to it; A's next turn must notice its entry is stale and read the table.
        await using var h = EngineHarness.Create();
        await using var other = new EmbeddedDurableEngine(h.Registry, new EmbeddedEngineOptions { DatabasePath = h.DatabasePath, RecoverLeasesOnStart = false }, timeProvider: h.Clock);
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CollectEvents), 4);
        await h.RunAsync();

        await h.Client.RaiseEventAsync(id, "e", 1);
        await h.RunAsync();
        await h.Client.RaiseEventAsync(id, "e", 2);
        await other.RunUntilIdleAsync();
        await h.Client.RaiseEventAsync(id, "e", 3);
        await h.RunAsync();
        await h.Client.RaiseEventAsync(id, "e", 4);
        await other.RunUntilIdleAsync();

        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal([1, 2, 3, 4], done.ReadOutputAs<List<int>>());
        var raised = (await h.HistoryAsync(id)).Where(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.EventRaised).ToList();
        Assert.Equal(4, raised.Count);
    }

    private static HistoryEvent[] Events(int count)
        => [.. Enumerable.Range(0, count).Select(i => new HistoryEvent { EventId = i })];
}
