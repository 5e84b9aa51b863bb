using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>HR edits a programme in headless Chromium: texts in two languages, a task added, saved,
/// published, and the new version listed; the list, a programme's page (changes, JSON view) and the
/// editor in English and French on a phone and a laptop never scroll sideways. With <c>AF_SCREENSHOTS</c> set, each is saved.</summary>
public sealed class ProgrammeEditorBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task EditTwoLanguagesAddATaskAndPublish_TheNewVersionIsListed()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync("programmes/work-community-ambassadors?lang=en");
        var latest = int.Parse(await page.Locator("#versions tr[data-version]").First.GetAttributeAsync("data-version") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await page.Locator("a#edit").ClickAsync();
        await page.Locator("textarea#name-en").FillAsync("Work community ambassadors 2027");
        await page.Locator("textarea#name-fr").FillAsync("Ambassadeurs et ambassadrices de la vie d’équipe 2027");
        var tasks = await page.Locator("#tasks fieldset.text").CountAsync();
        await page.Locator("#add-task").ClickAsync();
        await page.Locator("#changed").WaitForAsync();
        foreach (var (language, text) in new[] { ("en", "Welcome new colleagues in your team."), ("nl", "Verwelkom nieuwe collega's in je team."), ("fr", "Accueillir les nouveaux collègues dans votre équipe."), ("da", "Byd nye kolleger velkommen i dit team.") })
        {
            await page.Locator($"textarea#taskPlan-{tasks}-{language}").FillAsync(text);
        }

        await page.Locator("button#save").ClickAsync();
        await page.Locator("#saved").WaitForAsync();
        await page.Locator("#publish-form button").ClickAsync();
        await page.Locator("#published").WaitForAsync();

        Assert.Equal(1, await page.Locator($"#versions tr[data-version=\"{latest + 1}\"]").CountAsync());
        await page.GotoAsync($"api/programmes/work-community-ambassadors/versions/{latest + 1}");
        var json = await page.Locator("body").InnerTextAsync();
        Assert.Contains("Work community ambassadors 2027", json, StringComparison.Ordinal);
        Assert.Contains("Welcome new colleagues in your team.", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPageEditorAndErrors_EachLanguageAndWidth_FitWithoutScrollingSideways()
    {
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in new[] { "en", "fr" })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await page.GotoAsync($"programmes?lang={language}");
                foreach (var (state, prepare) in new (string, Func<Task>)[]
                {
                    ("list", () => Task.CompletedTask),
                    ("page", async () =>
                    {
                        await page.GotoAsync($"programmes/mobility-ambassadors?from=1&to=2&json=1&lang={language}");
                        await page.Locator("#diff").WaitForAsync();
                    }),
                    ("edit", async () =>
                    {
                        await page.Locator("a#edit").ClickAsync();
                        await page.Locator("#programme-form").WaitForAsync();
                    }),
                    ("error", async () =>
                    {
                        await page.Locator("input#termMonths").FillAsync("0");
                        await page.Locator("textarea#purpose-da").FillAsync(string.Empty);
                        await page.Locator("button#save").ClickAsync();
                        await page.Locator("#form-error").WaitForAsync();
                    }),
                })
                {
                    await prepare();
                    var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                    if (scrollWidth > width)
                    {
                        tooWide.Add($"{state} in {language} is {scrollWidth} px wide at {width} px");
                    }

                    if (screenshots is not null)
                    {
                        Directory.CreateDirectory(screenshots);
                        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"programme-{state}-{language}-{width}.png"), FullPage = true });
                    }
                }

                await page.CloseAsync();
            }
        }

        Assert.Empty(tooWide);
    }
}
