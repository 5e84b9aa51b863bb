using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>What ambassadors share from their own page (ideas, situations they handled) reaches HR on
/// the cohort's page, by the author's name and in HR's language.</summary>
public sealed class CohortPageIdeasTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task CohortPage_AnAmbassadorSharedASituation_HrReadsItByNameInHrsLanguage()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        await app.Services.GetRequiredService<IPersonalPageStore>().AddIdeaAsync(
            new CohortIdea(cohortId, "idea-1", "E007", CohortIdea.Situation, "En kollega spurgte til cykelordningen", new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero)));
        using var client = app.NewClient();

        var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?lang=da", UriKind.Relative)));

        Assert.Equal(
            ["5. marts 2026", "Emma Thompson", "En situation, jeg har håndteret", "En kollega spurgte til cykelordningen"],
            page.QuerySelectorAll("#cohort-ideas tbody td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task CohortPage_NothingShared_SaysSoInHrsLanguage()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        using var client = app.NewClient();

        var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?lang=fr", UriKind.Relative)));

        Assert.NotNull(page.QuerySelector("#cohort-ideas #ideas-empty"));
        Assert.Empty(page.QuerySelectorAll("#cohort-ideas tbody tr"));
    }
}
