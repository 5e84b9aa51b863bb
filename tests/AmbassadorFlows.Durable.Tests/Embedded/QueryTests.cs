namespace AmbassadorFlows.Durable.Tests.Embedded;

public sealed class QueryTests
{
    [Fact]
    public async Task QueryInstances_EachFilter_ReturnsOnlyMatchingInstances()
    {
        await using var h = EngineHarness.Create();
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(SetStatus), "awaiting-manager", new StartOrchestrationOptions("journey-1"));
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(SetStatus), "awaiting-training", new StartOrchestrationOptions("journey-2"));
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sequence), "x", new StartOrchestrationOptions("cohort-1"));
        await h.RunAsync();
        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(SetStatus), "Awaiting-Manager", new StartOrchestrationOptions("journey-3"));
        await h.RunAsync();

        async Task<string[]> Ids(OrchestrationQuery q)
            => [.. (await h.Client.QueryInstancesAsync(q)).Instances.Select(i => i.InstanceId).Order(StringComparer.Ordinal)];

        Assert.Equal(["journey-1", "journey-2", "journey-3"], await Ids(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running] }));
        Assert.Equal(["cohort-1"], await Ids(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Completed] }));
        Assert.Equal(["journey-1", "journey-2", "journey-3"], await Ids(new OrchestrationQuery { Name = nameof(SetStatus) }));
        Assert.Equal(["cohort-1"], await Ids(new OrchestrationQuery { InstanceIdPrefix = "cohort-" }));
        Assert.Equal(["journey-3"], await Ids(new OrchestrationQuery { CreatedFrom = EngineHarness.T0.AddMinutes(30) }));
        Assert.Equal(["cohort-1", "journey-1", "journey-2"], await Ids(new OrchestrationQuery { CreatedTo = EngineHarness.T0.AddMinutes(30) }));
        Assert.Equal(["journey-1", "journey-3"], await Ids(new OrchestrationQuery { CustomStatusContains = "awaiting-MANAGER" }));
        Assert.Equal(["journey-2"], await Ids(new OrchestrationQuery { CustomStatusEquals = "{\"state\":\"awaiting-training\"}" }));
        Assert.Empty(await Ids(new OrchestrationQuery { CustomStatusEquals = "{\"state\":\"awaiting\"}" }));
    }

    [Fact]
    public async Task QueryInstances_PageSizeWithContinuationToken_VisitsEveryInstanceOnce()
    {
        await using var h = EngineHarness.Create();
        for (var i = 0; i < 25; i++)
        {
            await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitForApproval), "x", new StartOrchestrationOptions($"i-{i:D2}"));
            if (i % 4 == 0)
            {
                h.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        var seen = new List<string>();
        var pages = 0;
        var query = new OrchestrationQuery { PageSize = 10 };
        while (true)
        {
            var page = await h.Client.QueryInstancesAsync(query);
            pages++;
            seen.AddRange(page.Instances.Select(i => i.InstanceId));
            if (page.ContinuationToken is null)
            {
                break;
            }

            query = query with { ContinuationToken = page.ContinuationToken };
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"i-{i:D2}"), seen);
        var all = new List<string>();
        await foreach (var instance in h.Client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 7 }))
        {
            all.Add(instance.InstanceId);
        }

        Assert.Equal(seen, all);
    }

    [Fact]
    public async Task QueryInstances_ForeignContinuationToken_ThrowsArgumentException()
    {
        await using var h = EngineHarness.Create();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.QueryInstancesAsync(new OrchestrationQuery { ContinuationToken = "not a token" }));
    }
}
