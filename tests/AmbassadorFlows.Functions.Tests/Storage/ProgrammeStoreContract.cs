using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Tests.Storage;

/// <summary>What every <see cref="IProgrammeStore"/> must do (SQLite locally, Azure Tables in Azure).
/// Each test uses programme ids of its own, so one store may serve them all.</summary>
public abstract class ProgrammeStoreContract
{
    private static readonly ProgrammeDefinition Shipped = ProgrammeCatalog.LoadEmbedded().Get("mobility-ambassadors", 1);
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<IProgrammeStore> CreateStoreAsync();

    [Fact]
    public async Task TryPublish_SameVersionTwice_KeepsTheFirstAndSaysNo()
    {
        var store = await CreateStoreAsync();
        var id = NewId();
        var first = Shipped with { Id = id };

        Assert.True(await store.TryPublishAsync(new PublishedProgramme(first, At, "hr-1"), CancellationToken.None));
        Assert.False(await store.TryPublishAsync(new PublishedProgramme(first with { TimeBudgetHoursPerMonth = 9 }, At.AddHours(1), "hr-2"), CancellationToken.None));

        var kept = (await store.GetVersionAsync(id, 1, CancellationToken.None))!;
        Assert.Equal((3.0, "hr-1", At), (kept.Programme.TimeBudgetHoursPerMonth, kept.PublishedBy, kept.PublishedAt));
        Assert.Null(await store.GetVersionAsync(id, 2, CancellationToken.None));
    }

    [Fact]
    public async Task ListVersions_SeveralVersions_OldestFirstOnlyThatProgramme()
    {
        var store = await CreateStoreAsync();
        var id = NewId();
        foreach (var version in new[] { 2, 1, 10 })
        {
            await store.TryPublishAsync(new PublishedProgramme(Shipped with { Id = id, Version = version }, At, "hr"), CancellationToken.None);
        }

        await store.TryPublishAsync(new PublishedProgramme(Shipped with { Id = NewId() }, At, "hr"), CancellationToken.None);

        Assert.Equal([1, 2, 10], (await store.ListVersionsAsync(id, CancellationToken.None)).Select(v => v.Programme.Version));
        Assert.Contains(await store.ListVersionsAsync(null, CancellationToken.None), v => v.Programme.Id == id);
    }

    [Fact]
    public async Task Drafts_SaveReplaceDelete_OneDraftPerProgramme()
    {
        var store = await CreateStoreAsync();
        var id = NewId();
        Assert.Null(await store.GetDraftAsync(id, CancellationToken.None));

        await store.SaveDraftAsync(new ProgrammeDraft(Shipped with { Id = id, Version = 2 }, At, "hr-1"), CancellationToken.None);
        await store.SaveDraftAsync(new ProgrammeDraft(Shipped with { Id = id, Version = 2, TermMonths = 6 }, At.AddMinutes(5), "hr-2"), CancellationToken.None);

        var draft = (await store.GetDraftAsync(id, CancellationToken.None))!;
        Assert.Equal((6, "hr-2"), (draft.Programme.TermMonths, draft.SavedBy));
        Assert.Single(await store.ListDraftsAsync(CancellationToken.None), d => d.Programme.Id == id);
        await store.DeleteDraftAsync(id, CancellationToken.None);
        await store.DeleteDraftAsync(id, CancellationToken.None); // deleting what is gone is no error
        Assert.Null(await store.GetDraftAsync(id, CancellationToken.None));
    }

    private static string NewId() => "p-" + Guid.NewGuid().ToString("N")[..10];
}
