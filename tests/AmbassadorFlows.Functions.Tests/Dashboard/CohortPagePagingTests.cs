using System.Text.Json;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>A large cohort's page lists its journeys a page at a time: it says how many of how many it
/// shows, in HR's language, offers the people search to find one person, and its link reads on until
/// every ambassador was shown exactly once.</summary>
public sealed class CohortPagePagingTests(AppHost app) : IClassFixture<AppHost>
{
    [Theory]
    [InlineData("en", "Showing 50 of 55 journeys, in order of employee ID.", "Showing 5 of 55 journeys, in order of employee ID.", "Next journeys", "Back to the first journeys", "Looking for one person? Name, email address or employee ID")]
    [InlineData("da", "Viser 50 af 55 forløb i rækkefølge efter medarbejdernummer.", "Viser 5 af 55 forløb i rækkefølge efter medarbejdernummer.", "Næste forløb", "Tilbage til de første forløb", "Leder du efter en bestemt person? Navn, e-mailadresse eller medarbejdernummer")]
    public async Task CohortPage_55Ambassadors_TwoPagesShowEveryoneOnce(string language, string firstShown, string secondShown, string next, string first, string find)
    {
        var cohortId = await app.LargeCohortAsync(55);
        using var client = app.NewClient();

        var page1 = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?lang={language}", UriKind.Relative)));
        Assert.Equal(firstShown, page1.QuerySelector("#journeys-shown")!.TextContent);
        Assert.Null(page1.QuerySelector("#first-journeys"));
        // One person among many: the people search, labelled in HR's language.
        Assert.Equal("/people", page1.QuerySelector("#find-ambassador")!.GetAttribute("action"));
        Assert.Equal(find, page1.QuerySelector("#find-ambassador label[for=find-q]")!.TextContent);
        Assert.Equal("q", page1.QuerySelector("#find-q")!.GetAttribute("name"));
        var link = page1.QuerySelector("#next-journeys")!;
        Assert.Equal(next, link.TextContent);

        var page2 = Pages.Parse(await client.GetStringAsync(new Uri(link.GetAttribute("href")! + $"&lang={language}", UriKind.Relative)));
        Assert.Equal(secondShown, page2.QuerySelector("#journeys-shown")!.TextContent);
        Assert.Null(page2.QuerySelector("#next-journeys"));
        Assert.Equal(first, page2.QuerySelector("#first-journeys")!.TextContent);

        var shown = page1.QuerySelectorAll("#journey-table tr[data-employee]").Concat(page2.QuerySelectorAll("#journey-table tr[data-employee]"))
            .Select(row => row.GetAttribute("data-employee")).ToList();
        Assert.Equal(Enumerable.Range(0, 55).Select(LargeCohorts.Employee), shown);
    }

    [Fact]
    public async Task CohortPage_FewAmbassadors_NoPagerAtAll()
    {
        var cohortId = await app.LargeCohortAsync(3);
        using var client = app.NewClient();

        var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}", UriKind.Relative)));

        Assert.Equal(3, page.QuerySelectorAll("#journey-table tr[data-employee]").Length);
        Assert.Null(page.QuerySelector("#journeys-shown"));
        Assert.Null(page.QuerySelector(".pager"));
        Assert.Null(page.QuerySelector("#find-ambassador"));
    }

    [Fact]
    public async Task CohortPage_OldLinkPastTheLastPage_NoRowsAndTheWayBack()
    {
        var cohortId = await app.LargeCohortAsync(3);
        using var client = app.NewClient();

        var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?after=Z", UriKind.Relative)));

        Assert.Empty(page.QuerySelectorAll("#journey-table tr[data-employee]"));
        Assert.Equal("Showing 0 of 3 journeys, in order of employee ID.", page.QuerySelector("#journeys-shown")!.TextContent);
        Assert.Equal($"/cohorts/{cohortId}#journeys", page.QuerySelector("#first-journeys")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#roster-csv"));
    }

    [Fact]
    public async Task GetCohort_Api55Ambassadors_LinkHeaderReadsOnToTheRest()
    {
        var cohortId = await app.LargeCohortAsync(55);
        using var client = app.NewClient();

        using var first = await client.GetAsync(new Uri($"/api/cohorts/{cohortId}", UriKind.Relative));
        using var page1 = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal(55, page1.RootElement.GetProperty("ambassadors").GetInt32());
        Assert.Equal(CohortReadModel.PageSize, page1.RootElement.GetProperty("journeys").GetArrayLength());
        var after = page1.RootElement.GetProperty("next").GetString();
        Assert.Equal($"</api/cohorts/{cohortId}?after={after}>; rel=\"next\"", Assert.Single(first.Headers.GetValues("Link")));

        using var second = await client.GetAsync(new Uri($"/api/cohorts/{cohortId}?after={after}", UriKind.Relative));
        using var page2 = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.False(second.Headers.Contains("Link"));
        Assert.Equal(JsonValueKind.Null, page2.RootElement.GetProperty("next").ValueKind);
        Assert.Equal(
            Enumerable.Range(0, 55).Select(LargeCohorts.Employee),
            page1.RootElement.GetProperty("journeys").EnumerateArray().Concat(page2.RootElement.GetProperty("journeys").EnumerateArray()).Select(j => j.GetProperty("employeeId").GetString()));
    }
}
