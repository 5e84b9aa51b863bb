using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.Query;

namespace AmbassadorFlows.Durable.Tests.Sqlite;

/// <summary>The client side: duplicate starts, queries with paging, purge.</summary>
public sealed class SqliteClientTests
{
    [Fact]
    public async Task CreateOrchestration_IdRunningAndInDedupeStatuses_ThrowsOrchestrationAlreadyExists()
    {
        await using var hub = await DtfxHarness.StartAsync(startWorker: false);
        await hub.StartAsync<EventOrchestration>("dup-1", 1);

        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => hub.Client.CreateOrchestrationInstanceAsync(
            typeof(EventOrchestration), "dup-1", 1, [OrchestrationStatus.Pending, OrchestrationStatus.Running]));
        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => hub.Client.CreateOrchestrationInstanceAsync(typeof(EventOrchestration), "dup-1", 1));
    }

    [Fact]
    public async Task CreateOrchestration_IdCompletedAndNotInDedupeStatuses_ReplacesTheInstance()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var first = await hub.StartAsync<SequenceOrchestration>("reuse-1", 0);
        await hub.WaitAsync(first);

        var second = await hub.Client.CreateOrchestrationInstanceAsync(typeof(SequenceOrchestration), "reuse-1", 100, [OrchestrationStatus.Running, OrchestrationStatus.Pending]);
        var state = await hub.WaitAsync(second);

        Assert.Equal("150", state.Output);
        Assert.Equal(second.ExecutionId, state.OrchestrationInstance.ExecutionId);
    }

    [Fact]
    public async Task Query_TwentyFiveMatchesInPagesOfTen_ReturnsEachOnceThenNoToken()
    {
        await using var hub = await DtfxHarness.StartAsync(startWorker: false);
        for (var i = 0; i < 25; i++)
        {
            await hub.StartAsync<SequenceOrchestration>($"q-{i:D2}", i);
        }

        await hub.StartAsync<SequenceOrchestration>("other-1", 0);
        var seen = new List<OrchestrationState>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await hub.Service.GetOrchestrationWithQueryAsync(
                new OrchestrationQuery { InstanceIdPrefix = "q-", PageSize = 10, ContinuationToken = token, RuntimeStatus = [OrchestrationStatus.Pending], FetchInputsAndOutputs = false },
                CancellationToken.None);
            seen.AddRange(page.OrchestrationState);
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"q-{i:D2}"), seen.Select(s => s.OrchestrationInstance.InstanceId));
        Assert.All(seen, s => Assert.Null(s.Input));
        var running = await hub.Service.GetOrchestrationWithQueryAsync(new OrchestrationQuery { RuntimeStatus = [OrchestrationStatus.Running] }, CancellationToken.None);
        Assert.Empty(running.OrchestrationState);
        var withInputs = await hub.Service.GetOrchestrationWithQueryAsync(new OrchestrationQuery { InstanceIdPrefix = "q-07", FetchInputsAndOutputs = true }, CancellationToken.None);
        Assert.Equal("7", Assert.Single(withInputs.OrchestrationState).Input);
    }

    [Fact]
    public async Task Query_CreatedTimeRange_ReturnsOnlyInstancesCreatedInIt()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var hub = await DtfxHarness.StartAsync(time, startWorker: false);
        await hub.StartAsync<SequenceOrchestration>("early", 0);
        time.Advance(TimeSpan.FromDays(2));
        await hub.StartAsync<SequenceOrchestration>("late", 0);

        var result = await hub.Service.GetOrchestrationWithQueryAsync(
            new OrchestrationQuery { CreatedTimeFrom = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc) }, CancellationToken.None);

        Assert.Equal("late", Assert.Single(result.OrchestrationState).OrchestrationInstance.InstanceId);
    }

    [Fact]
    public async Task Purge_CompletedAndRunningInstances_PurgesOnlyTheFinishedOne()
    {
        await using var hub = await DtfxHarness.StartAsync();
        var done = await hub.StartAsync<SequenceOrchestration>("purge-done", 0);
        await hub.WaitAsync(done);
        await hub.StartAsync<EventOrchestration>("purge-running", 0);

        var running = await hub.Service.PurgeInstanceStateAsync("purge-running");
        var finished = await hub.Service.PurgeInstanceStateAsync("purge-done");

        Assert.Equal(0, running.DeletedInstanceCount);
        Assert.Equal(1, finished.DeletedInstanceCount);
        Assert.Null(await hub.Client.GetOrchestrationStateAsync("purge-done"));
        Assert.Equal("[]", await hub.Service.GetOrchestrationHistoryAsync("purge-done", null));
        Assert.NotNull(await hub.Client.GetOrchestrationStateAsync("purge-running"));
    }

    [Fact]
    public async Task Purge_FilterOnCompleted_PurgesEveryCompletedInstanceInTheRange()
    {
        await using var hub = await DtfxHarness.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await hub.WaitAsync(await hub.StartAsync<SequenceOrchestration>($"pf-{i}", i));
        }

        await hub.StartAsync<EventOrchestration>("pf-running", 0);

        var result = await hub.Service.PurgeInstanceStateAsync(new PurgeInstanceFilter(DateTime.MinValue, null, [OrchestrationStatus.Completed, OrchestrationStatus.Running]));

        Assert.Equal(3, result.DeletedInstanceCount);
        var left = await hub.Service.GetOrchestrationWithQueryAsync(new OrchestrationQuery(), CancellationToken.None);
        Assert.Equal("pf-running", Assert.Single(left.OrchestrationState).OrchestrationInstance.InstanceId);
    }
}
