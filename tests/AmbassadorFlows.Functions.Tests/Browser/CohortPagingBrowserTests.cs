using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>HR reads a 55-person cohort's journeys in headless Chromium, in English and French at
/// 1280 and 390 px: the first page says how many it shows, its link opens the rest at the list, and
/// nothing scrolls sideways. With <c>AF_SCREENSHOTS</c> set, each is saved.</summary>
public sealed class CohortPagingBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task CohortJourneys_EnglishAndFrenchOnALaptopAndAPhone_NextPageShowsTheRest()
    {
        var cohortId = await app.LargeCohortAsync(55);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var looks = new PageLooks();
        foreach (var language in new[] { "en", "fr" })
        {
            foreach (var width in new[] { 1280, 390 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await page.GotoAsync($"cohorts/{Uri.EscapeDataString(cohortId)}?lang={language}#journeys");
                Assert.Equal(50, await page.Locator("#journey-table tr[data-employee]").CountAsync());
                await looks.LookAsync(page, $"cohort-journeys-{language}", width, fullPage: false);

                await page.Locator("#next-journeys").ClickAsync();
                await page.Locator("#first-journeys").WaitForAsync();
                Assert.Equal(
                    Enumerable.Range(50, 5).Select(LargeCohorts.Employee),
                    await page.Locator("#journey-table tr[data-employee]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.employee)"));
                await looks.LookAsync(page, $"cohort-journeys-next-{language}", width, fullPage: false);
                await page.CloseAsync();
            }
        }

        Assert.Empty(looks.TooWide);
    }
}
