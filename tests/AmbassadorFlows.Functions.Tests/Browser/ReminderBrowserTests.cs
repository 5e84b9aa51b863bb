using AmbassadorFlows.Functions.Reminders;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Functions.Tests.Reminders;
using AmbassadorFlows.Workflows.Journeys;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>HR sends a manager a reminder in headless Chromium, in English and Danish at 1280 and 390 px:
/// from the button in the cohort page's journeys table to the page saying what was sent (and, clicked
/// again, that nothing more was); the reminder page before a click; HR's escalated request page with its
/// reminder card. Nothing scrolls sideways. With <c>AF_SCREENSHOTS</c> set, each is saved.</summary>
public sealed class ReminderBrowserTests(ReminderApp fixture) : IClassFixture<ReminderApp>
{
    private readonly AppHost app = fixture.App;

    [Fact]
    public async Task RemindButton_EnglishAndDanishOnALaptopAndAPhone_SaysWhatWasSentWithoutScrollingSideways()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var looks = new PageLooks();

        // English reminds Julie Lambert of Oliver Bennett (E012); Danish reminds Koen Vermeulen of Youssef El Amrani (E016).
        foreach (var (language, employee) in new[] { ("en", "E012"), ("da", "E016") })
        {
            foreach (var width in new[] { 1280, 390 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await page.GotoAsync($"cohorts/{Uri.EscapeDataString(fixture.CohortId)}?lang={language}");
                await looks.LookAsync(page, $"cohort-remind-button-{language}", width);
                await page.Locator($"tr[data-employee={employee}] form.remind button").ClickAsync();
                await page.Locator("#notice").WaitForAsync();
                await looks.LookAsync(page, $"reminder-result-{language}", width);
                await page.CloseAsync();
            }

            var ready = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            foreach (var width in new[] { 1280, 390 })
            {
                await ready.SetViewportSizeAsync(width, 900);
                await ready.GotoAsync($"{ReminderRules.Path(ManagerRequest("E024")).TrimStart('/')}?lang={language}");
                await ready.Locator("#remind-submit").WaitForAsync();
                await looks.LookAsync(ready, $"reminder-page-{language}", width);
            }

            await ready.CloseAsync();
        }

        // A week on, HR (Claire Dubois, French) is asked too: her request page offers the reminder.
        app.Clock.Advance(TimeSpan.FromDays(7));
        var escalation = await app.WaitForEmailAsync("E002", "manager-approval-escalation");
        var hr = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        foreach (var width in new[] { 1280, 390 })
        {
            await hr.SetViewportSizeAsync(width, 900);
            await hr.GotoAsync(AppHost.LinkIn(escalation));
            await hr.Locator("#remind-manager").WaitForAsync();
            await looks.LookAsync(hr, "escalated-request-fr", width);
        }

        await hr.Locator("#remind-manager-submit").ClickAsync();
        await hr.Locator("#notice").WaitForAsync();
        Assert.StartsWith("Rappel envoyé à ", await hr.Locator("#notice").InnerTextAsync(), StringComparison.Ordinal);
        await looks.LookAsync(hr, "escalated-reminder-sent-fr", 390);

        Assert.Empty(looks.TooWide);
    }

    private string ManagerRequest(string employeeId) => JourneyIds.Approval(JourneyIds.For(fixture.CohortId, employeeId), "manager-approval");
}
