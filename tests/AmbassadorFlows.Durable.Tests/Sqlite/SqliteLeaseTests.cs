using AmbassadorFlows.Durable.Sqlite;
using DurableTask.Core;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Durable.Tests.Sqlite;

/// <summary>Leases, driven by hand (no dispatcher): expiry, reclaim, and a stale completion refused.</summary>
public sealed class SqliteLeaseTests
{
    [Fact]
    public async Task LockNext_LeaseExpired_AnotherClaimGetsTheSameMessagesAndTheOldCompletionIsRefused()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var hub = await DtfxHarness.StartAsync(time, startWorker: false, lockTimeout: TimeSpan.FromMinutes(1));
        await hub.StartAsync<SequenceOrchestration>("lease-1", 0);
        var service = hub.Service;

        var first = await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(2));
        var second = await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.NotNull(second);
        Assert.Equal(first.InstanceId, second.InstanceId);
        Assert.Equal(first.NewMessages.Count, second.NewMessages.Count);
        await Assert.ThrowsAsync<LeaseLostException>(() => CompleteEmptyAsync(service, first));
        await CompleteEmptyAsync(service, second);
        await service.ReleaseTaskOrchestrationWorkItemAsync(second);
        await service.WaitUntilIdleAsync();
    }

    [Fact]
    public async Task StartAsync_LeasesLeftByADeadProcess_AreReleasedAtOnce()
    {
        await using var hub = await DtfxHarness.StartAsync(startWorker: false);
        await hub.StartAsync<SequenceOrchestration>("stale-1", 0);
        var claimed = await hub.Service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.NotNull(claimed);

        // A second service on the same file plays the restarted process.
        using var restarted = new SqliteOrchestrationService(new SqliteOrchestrationServiceOptions { DatabasePath = hub.DatabasePath });
        await restarted.StartAsync();
        var reclaimed = await restarted.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.NotNull(reclaimed);
        Assert.Equal("stale-1", reclaimed.InstanceId);
    }

    [Fact]
    public async Task AbandonActivity_ClaimedActivity_IsClaimableAgainWithTheNextDeliveryAttempt()
    {
        await using var hub = await DtfxHarness.StartAsync(startWorker: false);
        await hub.StartAsync<SequenceOrchestration>("activity-lease", 0);
        var service = hub.Service;
        var turn = await service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.NotNull(turn);
        var scheduled = new TaskMessage
        {
            OrchestrationInstance = turn.OrchestrationRuntimeState.OrchestrationInstance ?? ((DurableTask.Core.History.ExecutionStartedEvent)turn.NewMessages[0].Event).OrchestrationInstance,
            Event = new DurableTask.Core.History.TaskScheduledEvent(0, nameof(AddTen), string.Empty, "1"),
        };
        await service.CompleteTaskOrchestrationWorkItemAsync(turn, turn.OrchestrationRuntimeState, [scheduled], [], [], null, null);

        var first = await service.LockNextTaskActivityWorkItem(TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.NotNull(first);
        await service.AbandonTaskActivityWorkItemAsync(first);
        var second = await service.LockNextTaskActivityWorkItem(TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.NotNull(second);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.DeliveryAttempt);
    }

    private static Task CompleteEmptyAsync(SqliteOrchestrationService service, TaskOrchestrationWorkItem item)
        => service.CompleteTaskOrchestrationWorkItemAsync(item, item.OrchestrationRuntimeState, [], [], [], null, null);
}
