using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>The dry run as HR uses it, in headless Chromium, in English and Danish, on a laptop and a
/// phone: choose that managers never answer, play, open the page the escalation email's button leads to, and land on
/// the manager's real page under the preview banner with every button disabled. Nothing scrolls
/// sideways. With <c>AF_SCREENSHOTS</c> set, the form, the result and the preview are saved.</summary>
public sealed class DryRunPreviewBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task DryRunPreview_ManagersNeverAnswer_EmailButtonOpensTheDisabledPageUnderTheBanner()
    {
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in new[] { "en", "da" })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            await page.GotoAsync($"dry-run?lang={language}");
            await page.Locator("#nominees").FillAsync("E007");
            await page.Locator("#months").FillAsync("1");
            await page.Locator("#pace-managers").SelectOptionAsync("never");
            await CheckAsync(page, "dry-run-form", language, screenshots, tooWide);

            await page.Locator("form.card button[type=submit]").ClickAsync();
            await page.Locator("#dry-run-emails").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
            await CheckAsync(page, "dry-run-result", language, screenshots, tooWide);

            // The escalation email to HR: the page its button opens, from the link listed under it.
            var escalation = page.Locator("#dry-run-emails tr", new PageLocatorOptions { Has = page.Locator("summary", new PageLocatorOptions { HasText = "manager-approval-escalation" }) }).First;
            await escalation.Locator(".preview-links a").First.ClickAsync();
            await page.Locator("#preview-banner").WaitForAsync();
            Assert.Contains("/requests/", page.Url, StringComparison.Ordinal);
            Assert.True(await page.Locator("button[value=approve]").IsDisabledAsync());
            Assert.True(await page.Locator("button[value=reject]").IsDisabledAsync());
            await CheckAsync(page, "dry-run-preview", language, screenshots, tooWide);
            await page.CloseAsync();
        }

        Assert.Empty(tooWide);
    }

    private static async Task CheckAsync(IPage page, string name, string language, string? screenshots, List<string> tooWide)
    {
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

        await page.SetViewportSizeAsync(1280, 900);
    }
}
