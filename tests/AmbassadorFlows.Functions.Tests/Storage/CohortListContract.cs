using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>
/// What every <see cref="ICohortList"/> must do, with the step counts of its store's progress rows
/// (<see cref="IProgressCounts"/>), run against SQLite and Azure Tables (Azurite). Each test makes
/// its own store.
/// </summary>
public abstract class CohortListContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    protected abstract Task<ICohortList> CreateListAsync();

    protected abstract Task<(ICohortProgress Progress, IProgressCounts Counts)> CreateProgressAsync();

    [Fact]
    public async Task ListAsync_PagesOfThree_EveryCohortOnceNewestFirst()
    {
        var list = await CreateListAsync();
        var ids = Enumerable.Range(1, 8).Select(i => $"cohort-{i:D2}").ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await list.RecordCohortAsync(new CohortListing(id, "mobility", 1, "E002", Start.AddHours(i)));
        }

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await list.ListAsync(3, after);
            Assert.True(page.Cohorts.Count <= 3);
            seen.AddRange(page.Cohorts.Select(c => c.CohortId));
            after = page.Next;
            pages++;
        }
        while (after is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(ids), seen);
    }

    [Fact]
    public async Task RecordCohortAsync_StartedThenPlannedLater_KeepsTheStartTimeAndOneRow()
    {
        var list = await CreateListAsync();
        await list.RecordCohortAsync(new CohortListing("c-1", "mobility", 2, "E002", Start));
        await list.RecordCohortAsync(new CohortListing("c-2", "mobility", 2, "E002", Start.AddMinutes(1)));
        await list.RecordCohortAsync(new CohortListing("c-1", "mobility", null, "E002", Start.AddMinutes(5)));

        var page = await list.ListAsync(10, null);

        Assert.Equal(["c-2", "c-1"], page.Cohorts.Select(c => c.CohortId));
        var first = page.Cohorts[1];
        Assert.Equal(Start, first.CreatedAt);
        Assert.Equal(2, first.ProgrammeVersion);
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task ListOfProgrammeAsync_TwoProgrammes_OnlyThatOneOldestFirst()
    {
        var list = await CreateListAsync();
        await list.RecordCohortAsync(new CohortListing("m-2", "mobility", 1, "E002", Start.AddDays(30)));
        await list.RecordCohortAsync(new CohortListing("w-1", "work-community", 1, "E002", Start.AddDays(10)));
        await list.RecordCohortAsync(new CohortListing("m-1", "mobility", 1, "E002", Start));

        Assert.Equal(["m-1", "m-2"], (await list.ListOfProgrammeAsync("mobility")).Select(c => c.CohortId));
    }

    [Fact]
    public async Task ListAsync_TokenNotFromTheList_IsAFormatError()
        => await Assert.ThrowsAsync<FormatException>(async () => await (await CreateListAsync()).ListAsync(5, "not a token!"));

    [Fact]
    public async Task MarkFilledAsync_NewList_IsFilledOnlyAfterwards()
    {
        var list = await CreateListAsync();
        Assert.False(await list.IsFilledAsync());

        await list.MarkFilledAsync();

        Assert.True(await list.IsFilledAsync());
    }

    [Fact]
    public async Task CountByStepAsync_MovesAndARedeliveredChange_CountEachAmbassadorOnceAtTheirStep()
    {
        var (progress, counts) = await CreateProgressAsync();
        var cohort = "steps-" + Guid.NewGuid().ToString("N")[..8];
        foreach (var e in new[] { "E010", "E011", "E012" })
        {
            await progress.RecordStepAsync(new AmbassadorStepChange(cohort, e, $"{cohort}:journey:{e}", AmbassadorStep.ManagerApproval, Start));
        }

        var active = new AmbassadorStepChange(cohort, "E010", $"{cohort}:journey:E010", AmbassadorStep.Active, Start.AddDays(3));
        await progress.RecordStepAsync(active);
        await progress.RecordStepAsync(active); // at least once: the activity ran twice
        await progress.RecordStepAsync(new AmbassadorStepChange(cohort, "E011", $"{cohort}:journey:E011", AmbassadorStep.Ended, Start.AddDays(4), Outcome: "Declined"));

        var byStep = await counts.CountByStepAsync(cohort);

        Assert.Equal(new Dictionary<string, int> { ["ManagerApproval"] = 1, ["Active"] = 1, ["Ended"] = 1 }, byStep.OrderBy(s => s.Key).ToDictionary());
        Assert.Empty(await counts.CountByStepAsync(cohort + "-other"));
    }
}
