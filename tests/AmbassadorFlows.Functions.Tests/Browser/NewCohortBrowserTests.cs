using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>HR starts a cohort in headless Chromium: the form filled as a person would (names, not ids),
/// refused once with the problem next to its field and what was typed kept, then started, landing on
/// the cohort's page. With <c>AF_SCREENSHOTS</c> set, the form is saved at 1280 and 390 px in English and Danish.</summary>
public sealed class NewCohortBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task StartCohortForm_RefusedThenCorrectedThenPostingClosed_SelectionAskedAtOnce()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync("cohorts/new");

        await page.Locator("#audience").SelectOptionAsync("IT");
        await page.Locator("#hrOwner").FillAsync("Nobody Atall");
        await page.Locator("#nominees").FillAsync("Emma Thompson");
        await page.Locator("#start").ClickAsync();
        var refused = await page.Locator("#hrOwner-error").InnerTextAsync();
        var keptNominees = await page.Locator("#nominees").InputValueAsync();
        var keptAudience = await page.Locator("#audience").InputValueAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        // Previewed first: the posting emails are shown, nothing starts; then started from the same form.
        await page.Locator("#hrOwner").FillAsync("Claire Dubois");
        await page.Locator("#preview").ClickAsync();
        await page.Locator("#posting-preview").WaitForAsync();
        var previewedInvitations = await page.Locator("#posting-preview details[data-invitation=true]").CountAsync();
        var urlAfterPreview = page.Url;
        await page.Locator("#start").ClickAsync();
        await page.WaitForURLAsync("**/cohorts/mobility-ambassadors-*");
        var heading = await page.Locator("h1").InnerTextAsync();

        // Emma applies from her invitation; HR closes the posting from the cohort page: the selection
        // request goes out at once, long before the deadline, and the button is gone.
        var invitation = await app.WaitForEmailAsync("E007", "posting-invitation");
        using (var applied = await app.AnswerAsync(AppHost.LinkIn(invitation), "apply"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, applied.StatusCode);
        }

        await page.ReloadAsync();
        if (Environment.GetEnvironmentVariable("AF_SCREENSHOTS") is { } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "cohort-posting-open-en-390.png"), FullPage = true });
        }

        await page.Locator("#close-posting button").ClickAsync();
        await page.WaitForURLAsync("**/cohorts/mobility-ambassadors-*");
        var selection = await app.WaitForEmailAsync("E002", "selection-request");
        await page.ReloadAsync();
        var buttonsLeft = await page.Locator("#close-posting").CountAsync();

        Assert.Equal("Nobody in the directory matches “Nobody Atall”.", refused.Trim());
        Assert.Equal("Emma Thompson", keptNominees);
        Assert.Equal("IT", keptAudience);
        Assert.InRange(width, 1, 390);
        Assert.True(previewedInvitations > 0, "the preview shows no invitation for the nominee");
        Assert.EndsWith("/cohorts/new", urlAfterPreview, StringComparison.Ordinal);
        Assert.StartsWith("Cohort mobility-ambassadors-20260302-", heading, StringComparison.Ordinal);
        Assert.True(selection.CreatedAt < new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), $"selection asked on {selection.CreatedAt}");
        Assert.Equal(0, buttonsLeft);
    }

    [Fact]
    public async Task StartCohortForm_EachLanguageAndWidth_DoesNotScrollSideways()
    {
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in new[] { "en", "da" })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, Locale = language, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await page.GotoAsync($"cohorts/new?lang={language}");
                // Refused once, so the screenshot shows the messages next to their fields.
                await page.Locator("#hrOwner").FillAsync("Lars");
                await page.Locator("#postingDeadline").FillAsync("2026-12-31");
                await page.Locator("#start").ClickAsync();
                await page.Locator("#hrOwner-error").WaitForAsync();
                await CheckAsync(page, language, width, "new-cohort");

                // Then corrected and previewed: the posting emails under the form.
                await page.Locator("#hrOwner").FillAsync("Claire Dubois");
                await page.Locator("#postingDeadline").FillAsync("2026-03-20");
                await page.Locator("#preview").ClickAsync();
                await page.Locator("#posting-preview").WaitForAsync();
                await page.WaitForLoadStateAsync(LoadState.Load);
                await CheckAsync(page, language, width, "new-cohort-preview");

                await page.CloseAsync();
            }
        }

        Assert.Empty(tooWide);

        async Task CheckAsync(IPage page, string language, int width, string name)
        {
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
}
