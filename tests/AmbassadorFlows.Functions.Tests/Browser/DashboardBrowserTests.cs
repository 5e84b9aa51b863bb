using AmbassadorFlows.Functions.Tests.Dashboard;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>HR's main dashboard pages (overview, cohort, outbox, dry-run result) in headless Chromium, in
/// English and Danish, on a laptop and a phone: nothing scrolls sideways. With <c>AF_SCREENSHOTS</c> set,
/// each is saved.</summary>
public sealed class DashboardBrowserTests(PopulatedAppHost host) : IClassFixture<PopulatedAppHost>
{
    [Fact]
    public async Task DashboardPages_EachLanguageAndWidth_DoNotScrollSideways()
    {
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in new[] { "en", "da" })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.App.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            foreach (var (name, open) in Screens(language))
            {
                await page.SetViewportSizeAsync(1280, 900);
                await open(page);
                foreach (var width in new[] { 1280, 390 })
                {
                    await page.SetViewportSizeAsync(width, 900);
                    var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    if (scrollWidth > width)
                    {
                        tooWide.Add($"{name} in {language} is {scrollWidth} px wide at {width} px");
                    }

                    if (screenshots is not null)
                    {
                        Directory.CreateDirectory(screenshots);
                        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"{name}-{language}-{width}.png"), FullPage = true });
                    }
                }
            }

            await page.CloseAsync();
        }

        Assert.Empty(tooWide);
    }

    private IEnumerable<(string Name, Func<IPage, Task> Open)> Screens(string language) =>
    [
        ("overview", page => page.GotoAsync($"?lang={language}")),
        ("cohort", page => page.GotoAsync($"cohorts/{Uri.EscapeDataString(host.CohortId)}?lang={language}")),
        ("outbox", page => page.GotoAsync($"outbox?lang={language}")),
        ("email", page => page.GotoAsync($"outbox/{host.MessageId}?lang={language}")),
        ("dry-run", async page =>
        {
            await page.GotoAsync($"dry-run?lang={language}");
            await page.Locator("#months").FillAsync("1");
            await page.Locator("form.card button[type=submit]").ClickAsync();
            await page.Locator("#dry-run-emails").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        }),
    ];
}
