using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Durable.Tests.Support;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Durable.Tests.Contract;

/// <summary>
/// What every backend must do the same way, written once with SDK-style orchestrators and run on
/// each backend by a derived class (SQLite file on a fake clock; Azure Storage on Azurite, real time).
/// </summary>
public abstract class BackendContractTests
{
    protected abstract ContractBackend Backend { get; }

    private DurableTaskClient Client => Backend.Client;

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task Sequence_ThreeActivities_ReturnsChainedOutput()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "a");

        var done = await Backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("a123", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task FanOutFanIn_TenActivities_JoinsResultsInOrder()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOutFanIn), 10);

        var done = await Backend.CompleteAsync(id);

        Assert.Equal(string.Join(",", Enumerable.Range(0, 10).Select(i => "x" + i)), done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task CreateTimer_FortyFiveDays_FiresAfterItsTime()
    {
        var delay = Backend.Timer(TimeSpan.FromDays(45));
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sleeper), delay);

        var done = await Backend.CompleteAsync(id);

        var result = done.ReadOutputAs<SleepResult>()!;
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        // Azure Storage's queue visibility has whole-second granularity: a real-time timer may fire up to a second early.
        var tolerance = Backend.HasFakeClock ? TimeSpan.Zero : TimeSpan.FromSeconds(1);
        Assert.True(result.After - result.Before >= delay - tolerance, $"slept {result.After - result.Before}, wanted {delay}");
    }

    [Fact]
    public async Task RaiseEvent_BeforeTheWait_IsBufferedAndDelivered()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), "req");
        await Client.RaiseEventAsync(id, "approve", "yes");

        var done = await Backend.CompleteAsync(id);

        Assert.Equal("req-asked:yes", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task RaiseEvent_WhileWaiting_CompletesTheWait()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), "req");
        var waiting = await Backend.WaitForCustomStatusAsync(id, "waiting");
        Assert.Equal(OrchestrationRuntimeStatus.Running, waiting.RuntimeStatus);

        await Client.RaiseEventAsync(id, "approve", "later");
        var done = await Backend.CompleteAsync(id);

        Assert.Equal("req-asked:later", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task RaiseEvent_SameNameThreeTimes_ConsumedInArrivalOrder()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Collector), 3);
        await Backend.WaitForCustomStatusAsync(id, "waiting");
        foreach (var item in new[] { "one", "two", "three" })
        {
            await Client.RaiseEventAsync(id, "item", item);
        }

        var done = await Backend.CompleteAsync(id);

        Assert.Equal("one,two,three", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task SendEvent_FromAnotherOrchestration_IsDelivered()
    {
        var waiter = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter));
        await Backend.WaitForCustomStatusAsync(waiter, "waiting");

        var sender = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Notifier), waiter);
        await Backend.CompleteAsync(sender);
        var done = await Backend.CompleteAsync(waiter);

        Assert.Equal("from " + sender, done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task WhenAny_EventBeatsTimer_TimerCancelledAndNothingLeftRunning()
    {
        // An hour, not Backend.Timer: on a real clock that is 2 s, which a loaded machine can exceed between the
        // status poll and the event, so the timer would win by timing alone. Here the event must win, always.
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ApprovalOrTimeout), TimeSpan.FromHours(1));
        await Backend.WaitForCustomStatusAsync(id, "waiting");

        await Client.RaiseEventAsync(id, "approve", "ok");
        var done = await Backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("approved:ok", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task WhenAny_TimerBeatsEvent_TimesOut()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ApprovalOrTimeout), Backend.Timer(TimeSpan.FromDays(7)));

        var done = await Backend.CompleteAsync(id);

        Assert.Equal("timed-out", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task CallActivity_WithRetryPolicy_SucceedsOnThirdAttempt()
    {
        var key = NewId("retry");
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(RetryingCall), new FlakyInput(key, SucceedOnCall: 3, MaxAttempts: 5));

        var done = await Backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(3, done.ReadOutputAs<int>());
        Assert.Equal(3, Flaky.Calls[key]);
    }

    [Fact]
    public async Task CallActivity_RetriesExhausted_FailsWithTheLastError()
    {
        var key = NewId("retry");
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(RetryingCall), new FlakyInput(key, SucceedOnCall: 10, MaxAttempts: 2));

        var done = await Backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Contains("flaky call 2", done.FailureDetails!.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, Flaky.Calls[key]);
    }

    [Fact]
    public async Task SubOrchestrations_TwoChildren_ReturnResultsAndKnowTheirParent()
    {
        var id = NewId("parent");
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput(FailChild: false), new StartOrchestrationOptions(id));

        var done = await Backend.CompleteAsync(id);

        Assert.Equal($"a<{id}+b<{id}", done.ReadOutputAs<string>());
        var child = await Client.GetInstanceAsync(id + "-child-a");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
    }

    [Fact]
    public async Task SubOrchestrations_ChildFails_ParentSeesTheFailure()
    {
        var id = NewId("parent");
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput(FailChild: true), new StartOrchestrationOptions(id));

        var done = await Backend.CompleteAsync(id);

        Assert.StartsWith("child failed: ", done.ReadOutputAs<string>(), StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await Client.GetInstanceAsync(id + "-child-b"))!.RuntimeStatus);
    }

    [Fact]
    public async Task ContinueAsNew_EventsRaisedEarly_CarryOverToNextGenerations()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Counter), new CounterState(0, 0, 3));
        await Client.RaiseEventAsync(id, "add", 1);
        await Client.RaiseEventAsync(id, "add", 2);
        await Client.RaiseEventAsync(id, "add", 3);

        var done = await Backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(6, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task TerminateInstance_Waiting_EndsTerminatedWithOutput()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter));
        await Backend.WaitForCustomStatusAsync(id, "waiting");

        await Client.TerminateInstanceAsync(id, "enough");
        var done = await Backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("enough", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task SuspendInstance_EventWhileSuspended_ProcessedOnlyAfterResume()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter));
        await Backend.WaitForCustomStatusAsync(id, "waiting");

        await Client.SuspendInstanceAsync(id, "pause");
        await WaitForStatusAsync(id, OrchestrationRuntimeStatus.Suspended);
        await Client.RaiseEventAsync(id, "go", "went");
        await Backend.SettleAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await Client.GetInstanceAsync(id))!.RuntimeStatus);

        await Client.ResumeInstanceAsync(id, "resume");
        var done = await Backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("went", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task PurgeInstance_Finished_RemovesItAndItsHistory()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "p");
        await Backend.CompleteAsync(id);

        var result = await Client.PurgeInstanceAsync(id);

        Assert.Equal(1, result.PurgedInstanceCount);
        Assert.Null(await Client.GetInstanceAsync(id));
    }

    [Fact]
    public async Task PurgeInstance_Running_PurgesNothing()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter));
        await Backend.WaitForCustomStatusAsync(id, "waiting");

        var result = await Client.PurgeInstanceAsync(id);

        Assert.Equal(0, result.PurgedInstanceCount);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Client.GetInstanceAsync(id))!.RuntimeStatus);
        await Client.TerminateInstanceAsync(id, "cleanup");
    }

    [Fact]
    public async Task PurgeInstance_Recursive_RemovesSubOrchestrationsToo()
    {
        var id = NewId("parent");
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput(false), new StartOrchestrationOptions(id));
        await Backend.CompleteAsync(id);

        var result = await Client.PurgeInstanceAsync(id, new PurgeInstanceOptions(Recursive: true));

        Assert.Equal(3, result.PurgedInstanceCount);
        Assert.Null(await Client.GetInstanceAsync(id + "-child-b"));
    }

    [Fact]
    public async Task GetAllInstances_PagesOfTwo_ReturnsEveryInstanceOnceAndFiltersCustomStatus()
    {
        var prefix = NewId("q");
        var statuses = new[] { "red", "green", "red-ish", "blue", "red" };
        for (var i = 0; i < statuses.Length; i++)
        {
            await Client.ScheduleNewOrchestrationInstanceAsync(nameof(WithStatus), statuses[i], new StartOrchestrationOptions($"{prefix}-{i}"));
        }

        for (var i = 0; i < statuses.Length; i++)
        {
            await Backend.CompleteAsync($"{prefix}-{i}");
        }

        var query = new OrchestrationQuery { InstanceIdPrefix = prefix, PageSize = 2 };
        var pages = new List<Page<OrchestrationMetadata>>();
        await foreach (var page in Client.GetAllInstancesAsync(query).AsPages())
        {
            pages.Add(page);
        }

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.True(p.Values.Count <= 2));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"{prefix}-{i}").Order(), pages.SelectMany(p => p.Values).Select(m => m.InstanceId).Order());

        var local = Assert.IsType<LocalDurableTaskClient>(Client);
        var exact = await ToListAsync(local.GetAllInstancesAsync(query, new CustomStatusFilter("\"red\"", Exact: true)));
        var contains = await ToListAsync(local.GetAllInstancesAsync(query, new CustomStatusFilter("red", Exact: false)));
        Assert.Equal([$"{prefix}-0", $"{prefix}-4"], exact.Order());
        var completed = await ToListAsync(Client.GetAllInstancesAsync(query with { Statuses = [OrchestrationRuntimeStatus.Completed] }));
        var failed = await ToListAsync(Client.GetAllInstancesAsync(query with { Statuses = [OrchestrationRuntimeStatus.Failed] }));
        Assert.Equal(5, completed.Count);
        Assert.Empty(failed);
        Assert.Equal([$"{prefix}-0", $"{prefix}-2", $"{prefix}-4"], contains.Order());
    }

    [Fact]
    public async Task ScheduleNew_IdOfRunningInstance_RefusedAndFinishedIdReplaced()
    {
        var id = NewId("dup");
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), null, new StartOrchestrationOptions(id));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "x", new StartOrchestrationOptions(id)));
        Assert.Contains(id, refused.Message, StringComparison.Ordinal);

        await Client.TerminateInstanceAsync(id, "stop");
        await Backend.CompleteAsync(id);
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "r", new StartOrchestrationOptions(id));
        var replaced = await Backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, replaced.RuntimeStatus);
        Assert.Equal("r123", replaced.ReadOutputAs<string>());
    }

    [Fact]
    public async Task CallActivity_NotRegistered_FailsTheCallNamingTheActivity()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(CallsMissingActivity));

        var done = await Backend.CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Contains("NoSuchActivity", done.ReadOutputAs<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallActivity_EachCall_RunsInItsOwnDisposedScope()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ScopeProbe));

        var done = await Backend.CompleteAsync(id);

        var ids = done.ReadOutputAs<string[]>()!;
        Assert.Equal(2, ids.Length);
        Assert.DoesNotContain("not-scoped", ids);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.All(ids, scoped => Assert.True(ScopedThing.Disposed.ContainsKey(scoped)));
    }

    private static async Task<List<string>> ToListAsync(AsyncPageable<OrchestrationMetadata> pageable)
    {
        var ids = new List<string>();
        await foreach (var instance in pageable)
        {
            ids.Add(instance.InstanceId);
        }

        return ids;
    }

    private async Task WaitForStatusAsync(string id, OrchestrationRuntimeStatus status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await Client.GetInstanceAsync(id, cancellation: timeout.Token))?.RuntimeStatus != status)
        {
            await Backend.SettleAsync();
            await Task.Delay(Backend.HasFakeClock ? 5 : 100, timeout.Token);
        }
    }
}
