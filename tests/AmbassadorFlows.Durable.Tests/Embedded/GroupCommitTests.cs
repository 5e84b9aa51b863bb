namespace AmbassadorFlows.Durable.Tests.Embedded;

/// <summary>Concurrent writes share transactions; one that is refused must not take the others
/// down with it, nor be half-applied.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task ConcurrentWrites_SomeRefused_TheRestCommitAndTheRefusedGetTheirOwnErrors()
    {
        const int Events = 60;
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CollectEvents), Events);
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "x", new StartOrchestrationOptions("taken"));

        // Good raises interleaved with raises to an unknown instance and duplicate creates, all at
        // once, so they queue up and land in the same transactions.
        var good = Enumerable.Range(0, Events).Select(i => Task.Run(() => h.Client.RaiseEventAsync(id, "e", i))).ToList();
        var unknown = Enumerable.Range(0, 20).Select(_ => Task.Run(() => h.Client.RaiseEventAsync("ghost", "e", -1))).ToList();
        var duplicate = Enumerable.Range(0, 20).Select(_ => Task.Run(() => h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "y", new StartOrchestrationOptions("taken")))).ToList();

        await Task.WhenAll(good);
        foreach (var refused in unknown)
        {
            await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => refused);
        }

        foreach (var refused in duplicate)
        {
            await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => refused);
        }

        await h.RunAsync();
        var done = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(Enumerable.Range(0, Events), done.ReadOutputAs<List<int>>()!.Order());
        Assert.Null(await h.Client.GetInstanceAsync("ghost"));
        Assert.Equal("x", (await h.Client.GetInstanceAsync("taken", getInputsAndOutputs: true))!.ReadInputAs<string>());
    }
}
