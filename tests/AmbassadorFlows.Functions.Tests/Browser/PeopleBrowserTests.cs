using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>HR finds a person and opens their page in headless Chromium, in English and Danish, on a
/// phone and a laptop: nothing scrolls sideways. With <c>AF_SCREENSHOTS</c> set, each is saved.</summary>
public sealed class PeopleBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task FindAPersonThenTheirPage_EachLanguageAndWidth_ShowsThemWithoutScrollingSideways()
    {
        await app.StartJourneysAsync("E012");
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        var headings = new List<string>();
        foreach (var language in new[] { "en", "da" })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await page.GotoAsync($"people?lang={language}");
                await page.Locator("#q").FillAsync("oliver");
                await page.Locator("form[role=search] button").ClickAsync();
                await page.Locator("#people a").First.ClickAsync();
                await page.Locator("#journeys").WaitForAsync();
                headings.Add(await page.Locator("h1").InnerTextAsync());
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (scrollWidth > width)
                {
                    tooWide.Add($"{language} is {scrollWidth} px wide at {width} px");
                }

                if (screenshots is not null)
                {
                    Directory.CreateDirectory(screenshots);
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"person-{language}-{width}.png"), FullPage = true });
                }

                await page.CloseAsync();
            }
        }

        Assert.Empty(tooWide);
        Assert.All(headings, h => Assert.Equal("Oliver Bennett", h));
    }
}
