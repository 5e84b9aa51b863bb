namespace AmbassadorFlows.Durable.Tests.Embedded;

public sealed class SubOrchestrationTests
{
    [Fact]
    public async Task CallSubOrchestrator_ChildCompletes_ParentGetsItsResult()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput("kid", nameof(Child), "v"));
        await h.RunAsync();

        var child = await h.GetAsync("kid");
        Assert.Equal(OrchestrationRuntimeStatus.Running, child.RuntimeStatus);
        Assert.Equal(id, child.ParentInstanceId);
        await h.Client.RaiseEventAsync("kid", "go", "!");
        await h.RunAsync();

        Assert.Equal("v!", (await h.GetAsync("kid")).ReadOutputAs<string>());
        Assert.Equal("child said v!", (await h.GetAsync(id)).ReadOutputAs<string>());
        HistoryAssert.IsConsistent(await h.HistoryAsync(id), id);
    }

    [Fact]
    public async Task CallSubOrchestrator_ChildFails_ParentSeesTheFailureDetails()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput("broken", nameof(FailingChild), "input-7"));

        await h.RunAsync();

        var child = await h.GetAsync("broken");
        Assert.Equal(OrchestrationRuntimeStatus.Failed, child.RuntimeStatus);
        Assert.Contains("child broke on input-7", child.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        var parent = await h.GetAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, parent.RuntimeStatus);
        Assert.Contains("child broke on input-7", parent.ReadOutputAs<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallSubOrchestrator_UnregisteredName_ParentGetsFailureInsteadOfHanging()
    {
        await using var h = EngineHarness.Create();
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput("nobody", "NotAFlow", "x"));

        await h.RunAsync();

        Assert.Contains("NotAFlow", (await h.GetAsync(id)).ReadOutputAs<string>(), StringComparison.Ordinal);
        Assert.Null(await h.Client.GetInstanceAsync("nobody"));
    }

    [Fact]
    public async Task CallSubOrchestrator_InstanceIdAlreadyLive_ParentGetsFailure()
    {
        await using var h = EngineHarness.Create();
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "x", new StartOrchestrationOptions("taken"));
        var id = await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Parent), new ParentInput("taken", nameof(Child), "x"));

        await h.RunAsync();

        Assert.Contains("already exists", (await h.GetAsync(id)).ReadOutputAs<string>(), StringComparison.Ordinal);
        Assert.Equal(nameof(WaitForApproval), (await h.GetAsync("taken")).Name);
    }
}
