using AmbassadorFlows.Functions.Tests.Approvals;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>Every request page on a phone (390 px wide, headless Chromium): nothing scrolls sideways.
/// With <c>AF_SCREENSHOTS</c> set to a folder, it also saves each page at 1280 and 390 px, in English
/// and Danish, for people to look at.</summary>
public sealed class RequestPageLayoutTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task EveryRequestPage_OnA390PxPhone_DoesNotScrollSideways()
    {
        var scenarios = new RequestPageScenarios(app);
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in screenshots is null ? ["en"] : new[] { "en", "da" })
        {
            foreach (var kind in RequestPageScenarios.Kinds)
            {
                var (_, link) = await scenarios.OpenAsync(kind, RequestPageScenarios.For(language));
                foreach (var width in screenshots is null ? [390] : new[] { 390, 1280 })
                {
                    var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 844 } });
                    await page.GotoAsync(link);
                    var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    if (scrollWidth > width)
                    {
                        tooWide.Add($"{kind} ({language}) is {scrollWidth} px wide at {width} px");
                    }

                    if (screenshots is not null)
                    {
                        Directory.CreateDirectory(screenshots);
                        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"{kind}-{language}-{width}.png"), FullPage = true });
                    }

                    await page.CloseAsync();
                }
            }
        }

        Assert.Empty(tooWide);
    }

    [Fact]
    public async Task CheckInRefusedAndConfirmation_OnA390PxPhone_DoNotScrollSideways()
    {
        var scenarios = new RequestPageScenarios(app);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var (_, link) = await scenarios.OpenAsync("monthly-check-in", RequestPageScenarios.For("fr"));
        await page.GotoAsync(link);

        await page.Locator("input[name='data.attendedMeeting'][value=true]").CheckAsync();
        await page.Locator("#hours").FillAsync("beaucoup");
        await page.Locator("button[value=submit]").ClickAsync();
        var refusedWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var error = await page.Locator("#hours-error").InnerTextAsync();
        await Screenshot(page, "check-in-refused-fr-390");
        await page.Locator("#hours").FillAsync("2,5");
        await page.Locator("button[value=submit]").ClickAsync();
        var confirmedWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var next = await page.Locator("#next").InnerTextAsync();
        await Screenshot(page, "check-in-recorded-fr-390");

        Assert.StartsWith("Heures consacrées au rôle", error, StringComparison.Ordinal);
        Assert.InRange(refusedWidth, 1, 390);
        Assert.InRange(confirmedWidth, 1, 390);
        Assert.Contains("réunion", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoundEndedPage_OnA390PxPhone_DoesNotScrollSideways()
    {
        var scenarios = new RequestPageScenarios(app);
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var widths = new List<int>();
        foreach (var language in new[] { "en", "da" })
        {
            var (approval, link) = await scenarios.OpenAsync("application", RequestPageScenarios.For(language));
            await app.Client.TerminateInstanceAsync(approval.InstanceId, "stopped by Ops");
            await AppHost.EventuallyAsync(
                async () => (await app.Client.GetInstanceAsync(approval.InstanceId))?.RuntimeStatus == Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Terminated ? link : null,
                "the cohort to be terminated");
            foreach (var width in screenshots is null ? [390] : new[] { 390, 1280 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 844 } });
                var response = await page.GotoAsync(link);
                Assert.Equal(410, response!.Status);
                if (width == 390)
                {
                    widths.Add(await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
                }

                await Screenshot(page, $"round-ended-{language}-{width}");
                await page.CloseAsync();
            }
        }

        Assert.All(widths, w => Assert.InRange(w, 1, 390));
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("AF_SCREENSHOTS") is { } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
