using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>What every <see cref="IPersonalPageStore"/> must do: link versions start at 1 and move on
/// with each rotation (concurrent rotations each get their own version); erasure deletes the person's
/// ideas and leaves a tombstone so their links stay dead; ideas are kept once, per cohort, newest first.</summary>
public abstract class PersonalPageStoreContract
{
    protected abstract Task<(IPersonalPageStore Store, IPersonalDataStore Data)> CreateAsync();

    [Fact]
    public async Task RotateLink_ConcurrentRotations_EachMovesTheVersionOnOnce()
    {
        var (store, _) = await CreateAsync();
        Assert.Equal(new PersonalLinkState(1, false), await store.GetLinkAsync("E001"));

        var versions = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => store.RotateLinkAsync("E001"))));

        Assert.Equal([2, 3, 4, 5], versions.Order());
        Assert.Equal(new PersonalLinkState(5, false), await store.GetLinkAsync("E001"));
        Assert.Equal(new PersonalLinkState(1, false), await store.GetLinkAsync("E002"));
    }

    [Fact]
    public async Task AddIdea_TwiceAndInTwoCohorts_KeptOnceEachListedPerCohortNewestFirst()
    {
        var (store, _) = await CreateAsync();
        var at = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var first = new CohortIdea("c1", "a1", "E005", CohortIdea.Idea, "Bike day in June", at);
        await store.AddIdeaAsync(first);
        await store.AddIdeaAsync(first with { Text = "changed" });
        await store.AddIdeaAsync(new CohortIdea("c1", "a2", "E006", CohortIdea.Situation, "Helped a colleague with the lease", at.AddDays(1)));
        await store.AddIdeaAsync(new CohortIdea("c2/x", "a3", "E005", CohortIdea.Idea, "Other cohort", at));

        var ideas = await store.ListIdeasAsync("c1");

        Assert.Equal(["a2", "a1"], ideas.Select(i => i.IdeaId));
        Assert.Equal("Bike day in June", ideas[1].Text);
        Assert.Single(await store.ListIdeasAsync("c2/x"));
    }

    [Fact]
    public async Task Erase_Person_DeletesTheirIdeasAndLeavesATombstone()
    {
        var (store, data) = await CreateAsync();
        var at = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
        await store.AddIdeaAsync(new CohortIdea("c1", "b1", "E007", CohortIdea.Idea, "Mine", at));
        await store.AddIdeaAsync(new CohortIdea("c1", "b2", "E008", CohortIdea.Idea, "Someone else's", at));
        var subject = new PersonalDataSubject("E007");
        await data.CollectAsync(subject, CancellationToken.None);
        Assert.Contains("Mine", subject.Texts);

        await data.EraseAsync(subject, new Redactor(subject), at, CancellationToken.None);
        await data.EraseAsync(subject, new Redactor(subject), at, CancellationToken.None);

        Assert.Equal(["b2"], (await store.ListIdeasAsync("c1")).Select(i => i.IdeaId));
        var link = await store.GetLinkAsync("E007");
        Assert.True(link.Erased);
        Assert.NotEqual(1, link.Version);
    }
}
