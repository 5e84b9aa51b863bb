using AmbassadorFlows.Functions.Tests.Approvals;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Functions.Tests.Personal;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>The personal pages on a phone (390 px, headless Chromium): the manager's "my requests"
/// with its confirmation step and the ambassador's "my programme" with its step-down confirmation
/// never scroll sideways. With <c>AF_SCREENSHOTS</c> set, each is saved at 1280 and 390 px, in English and Dutch.</summary>
public sealed class PersonalPageBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task PersonalPages_OnA390PxPhone_DoNotScrollSideways()
    {
        var requests = new RequestPageScenarios(app);
        var personal = new PersonalScenarios(app);
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in new[] { "en", "nl" })
        {
            var reader = RequestPageScenarios.For(language);
            await requests.OpenAsync("manager-approval", reader);
            await requests.OpenAsync("renewal", reader);
            await personal.AmbassadorAsync(reader);
            var managerLink = (await personal.LinkAsync(reader.ManagerId)).AbsoluteUri;
            var ambassadorLink = (await personal.LinkAsync(reader.SubjectId)).AbsoluteUri;
            foreach (var width in screenshots is null ? [390] : new[] { 390, 1280 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 844 } });
                // The machine is shared with other test runs: a slow answer is not a failure of the layout.
                page.SetDefaultTimeout(90_000);
                await CheckAsync(page, "my-requests", managerLink, null);
                await page.Locator("#requests-form fieldset.request").First.Locator("input[value=approve]").CheckAsync();
                await page.Locator("#requests-form fieldset.request").Nth(1).Locator("input[value=reject]").CheckAsync();
                await page.Locator("#requests-form fieldset.request").Nth(1).Locator("textarea").FillAsync(language == "nl" ? "Niet in deze drukke periode" : "Not during the busy season");
                await CheckAsync(page, "my-requests-confirm", null, "#requests-form button[type=submit]");
                await CheckAsync(page, "my-programme", ambassadorLink, null);
                await CheckAsync(page, "step-down-confirm", null, "#step-down-form button[type=submit]");
                await page.CloseAsync();

                async Task CheckAsync(IPage page, string name, string? url, string? submit)
                {
                    if (url is not null)
                    {
                        await page.GotoAsync(url);
                    }
                    else
                    {
                        // Measure the page the form leads to, not the one it was posted from.
                        var from = page.Url;
                        await page.Locator(submit!).ClickAsync();
                        await page.WaitForURLAsync(url => url != from);
                        await page.WaitForLoadStateAsync();
                    }

                    var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    if (scrollWidth > width)
                    {
                        tooWide.Add($"{name} ({language}) is {scrollWidth} px wide at {width} px");
                    }

                    if (screenshots is not null)
                    {
                        Directory.CreateDirectory(screenshots);
                        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"{name}-{language}-{width}.png"), FullPage = true });
                    }
                }
            }
        }

        Assert.Empty(tooWide);
    }
}
