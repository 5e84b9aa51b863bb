using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>The same-origin guard's page in headless Chromium: a form sent without the page's security
/// field (as from a page loaded before a restart) is refused with a page in the reader's language, on a
/// laptop and a phone, without scrolling sideways. With <c>AF_SCREENSHOTS</c> set, each is saved.</summary>
public sealed class RefusalPageBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task FormWithoutItsSecurityField_EachLanguageAndWidth_RefusalPageInThatLanguage()
    {
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in new[] { "en", "fr" })
        {
            foreach (var width in new[] { 1280, 390 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await page.GotoAsync($"people?lang={language}");
                // A form of this app without its security field, sent from the app's own page.
                var response = await page.RunAndWaitForResponseAsync(
                    () => page.EvaluateAsync("() => { const f = document.createElement('form'); f.method = 'post'; f.action = '/people/E012/left-company'; document.body.appendChild(f); f.submit(); }"),
                    "**/people/E012/left-company");
                await page.WaitForURLAsync("**/people/E012/left-company");
                await page.Locator("#refusal").WaitForAsync();

                Assert.Equal(403, response.Status);
                Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
                Assert.Equal(RefusalText.For(language).FormExpiredTitle, (await page.Locator("h1").InnerTextAsync()).Trim());
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (scrollWidth > width)
                {
                    tooWide.Add($"{language} is {scrollWidth} px wide at {width} px");
                }

                if (screenshots is not null)
                {
                    Directory.CreateDirectory(screenshots);
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"guard-{language}-{width}.png"), FullPage = true });
                }

                await page.CloseAsync();
            }
        }

        Assert.Empty(tooWide);
    }
}
