using AmbassadorFlows.Durable.Embedded;

namespace AmbassadorFlows.Durable.Tests.Embedded;

/// <summary>The engine as the app runs it: background workers on the real clock.</summary>
public sealed class BackgroundModeTests
{
    [Fact]
    public async Task RaiseEvent_ThousandEventsConcurrentlyToHundredInstances_EachDeliveredExactlyOnce()
    {
        var directory = Path.Combine(Path.GetTempPath(), "af-engine-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            await using var engine = new EmbeddedDurableEngine(
                TestWorkflows.Registry(),
                new EmbeddedEngineOptions { DatabasePath = Path.Combine(directory, "db"), OrchestrationWorkers = 4, BatchSize = 16 });
            await engine.StartAsync();
            var ids = new List<string>();
            for (var i = 0; i < 100; i++)
            {
                ids.Add(await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CollectEvents), 10, new StartOrchestrationOptions($"collector-{i:D3}")));
            }

            // Payload = instance * 100 + n, so every event is distinguishable.
            using var gate = new SemaphoreSlim(0);
            var raises = Enumerable.Range(0, 1000).Select(async n =>
            {
                await gate.WaitAsync();
                await engine.Client.RaiseEventAsync(ids[n % 100], "e", ((n % 100) * 100) + (n / 100));
            }).ToList();
            gate.Release(1000);
            await Task.WhenAll(raises);

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            for (var i = 0; i < 100; i++)
            {
                var done = await engine.Client.WaitForInstanceCompletionAsync(ids[i], getInputsAndOutputs: true, timeout.Token);
                Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
                var received = done.ReadOutputAs<List<int>>()!;
                Assert.Equal(Enumerable.Range(0, 10).Select(k => (i * 100) + k).ToHashSet(), received.ToHashSet());
                Assert.Equal(10, received.Count);
                HistoryAssert.IsConsistent(await engine.Client.GetOrchestrationHistoryAsync(ids[i]), ids[i]);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task WaitForInstanceCompletion_BackgroundWorkers_ReturnsFinalState()
    {
        await using var engine = new EmbeddedDurableEngine(TestWorkflows.Registry(), new EmbeddedEngineOptions { InMemory = true });
        await engine.StartAsync();

        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "bg");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal("bg123", done.ReadOutputAs<string>());
        await engine.StopAsync();
    }

    [Fact]
    public async Task WaitForInstanceCompletion_UnknownInstance_ThrowsNotFound()
    {
        await using var engine = new EmbeddedDurableEngine(TestWorkflows.Registry(), new EmbeddedEngineOptions { InMemory = true });

        await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => engine.Client.WaitForInstanceCompletionAsync("ghost"));
    }
}
