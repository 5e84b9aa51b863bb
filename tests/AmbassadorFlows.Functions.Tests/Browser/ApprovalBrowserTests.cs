using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>A person in headless Chromium (Debian's package): the dashboard, the outbox, the email's
/// link, the Approve button, and the journey's step moving on the cohort page.</summary>
public sealed class ApprovalBrowserTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Dashboard_FollowApprovalLinkFromOutboxAndApprove_JourneyStepChanges()
    {
        var cohortId = await app.StartJourneysAsync("E012");
        await app.WaitForEmailAsync("E009", "manager-approval-request");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri });

        await page.GotoAsync($"cohorts/{cohortId}");
        // HR reads the step by name (the id stays in data-step).
        Assert.Equal("Manager’s approval", (await page.Locator("tr[data-employee='E012'] td.step").InnerTextAsync()).Trim());
        Assert.Equal("ManagerApproval", await page.Locator("tr[data-employee='E012'] td.step").GetAttributeAsync("data-step"));

        await page.GotoAsync("/");
        await page.Locator("header a", new PageLocatorOptions { HasText = "Outbox" }).ClickAsync();
        await page.Locator("a.mail-link[data-template='manager-approval-request']").First.ClickAsync();
        await page.Locator("a.email-link").First.ClickAsync();
        await page.Locator("button[value='approve']").ClickAsync();
        var outcome = await page.Locator("#outcome").InnerTextAsync();

        // E012's manager (E009) reads French: the confirmation is in French.
        Assert.Contains("enregistrée", outcome, StringComparison.Ordinal);
        var step = await AppHost.EventuallyAsync(
            async () =>
            {
                await page.GotoAsync($"cohorts/{cohortId}");
                var text = (await page.Locator("tr[data-employee='E012'] td.step").InnerTextAsync()).Trim();
                return text == "Manager’s approval" ? null : text;
            },
            "the journey to leave ManagerApproval");
        Assert.Equal("Agreement", step);
    }
}
