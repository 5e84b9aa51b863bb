using AmbassadorFlows.Functions.Components.Programmes;
using AmbassadorFlows.Functions.Tests.Browser;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Programmes;

/// <summary>The editor's at-risk signals, Teams checkbox and meeting groups in headless Chromium, in English and Danish on
/// a phone and a laptop: the box ticks by its label, a bad number is named at its field with the tick kept,
/// and the page never scrolls sideways. With <c>AF_SCREENSHOTS</c> set, both parts are saved.</summary>
public sealed class ProgrammeEditorNewSettingsBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task AtRiskAndTeams_EachLanguageAndWidth_ErrorAtTheFieldTickKeptAndFits()
    {
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in new[] { "en", "da" })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await page.GotoAsync($"programmes/editor-new-settings-{language}-{width}/edit?lang={language}");
                Assert.Equal("2", await page.Locator("input#atRisk-missedMeetingsInARow").InputValueAsync());
                Assert.Equal("0.25", await page.Locator("input#atRisk-hoursUnderBudgetFactor").InputValueAsync());
                await page.GetByText(ProgrammeText.For(language).OnlineMeeting).ClickAsync();
                await page.Locator("input#atRisk-noTimeInARow").FillAsync("0");
                await page.Locator("button#save").ClickAsync();
                await page.Locator("#form-error").WaitForAsync();

                Assert.True(await page.Locator("input#meetings-onlineMeeting").IsCheckedAsync());
                Assert.Equal(ProgrammeText.For(language).Format(ProgrammeText.For(language).OutOfRange, 1, 12), await page.Locator("#atRisk-noTimeInARow-error").TextContentAsync());
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (scrollWidth > width)
                {
                    tooWide.Add($"the editor in {language} is {scrollWidth} px wide at {width} px");
                }

                if (screenshots is not null)
                {
                    Directory.CreateDirectory(screenshots);
                    foreach (var part in new[] { "meetings", "atRisk" })
                    {
                        await page.Locator($"fieldset#{part}").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, $"programme-{part}-{language}-{width}.png") });
                    }
                }

                await page.CloseAsync();
            }
        }

        Assert.Empty(tooWide);
    }

    [Fact]
    public async Task MeetingGroups_EachLanguageAndWidth_ErrorAtTheFieldChoiceKeptAndFits()
    {
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in new[] { "en", "da" })
        {
            var text = ProgrammeText.For(language);
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await page.GotoAsync($"programmes/editor-groups-{language}-{width}/edit?lang={language}");
                Assert.Equal("12", await page.Locator("input#meetings-groupSize").InputValueAsync());
                Assert.Equal(text.GroupSize, (await page.Locator("label[for=meetings-groupSize]").TextContentAsync())?.Trim());
                await page.GetByLabel(text.GroupBy).SelectOptionAsync(new SelectOptionValue { Label = text.GroupByDepartment });
                await page.Locator("input#meetings-groupSize").FillAsync("40");
                await page.Locator("button#save").ClickAsync();
                await page.Locator("#form-error").WaitForAsync();

                Assert.Equal("department", await page.Locator("select#meetings-groupBy").InputValueAsync());
                Assert.Equal(text.Format(text.OutOfRange, 4, 30), await page.Locator("#meetings-groupSize-error").TextContentAsync());
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (scrollWidth > width)
                {
                    tooWide.Add($"the editor in {language} is {scrollWidth} px wide at {width} px");
                }

                if (screenshots is not null)
                {
                    Directory.CreateDirectory(screenshots);
                    await page.Locator("fieldset#meetings").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, $"programme-groups-{language}-{width}.png") });
                }

                await page.CloseAsync();
            }
        }

        Assert.Empty(tooWide);
    }
}
