using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Functions.Tests.Reassignment;
using AmbassadorFlows.Workflows.Journeys;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>HR hands a manager's request to a deputy in headless Chromium on a phone (390 px): from the
/// person's page, through the hand-over form, to the confirmation; nothing scrolls sideways. The page is
/// also looked at in English and Danish at 390 and 1280 px, with a refused name and done. With
/// <c>AF_SCREENSHOTS</c> set, each is saved, with the old link's "handed over" page.</summary>
public sealed class HandOverBrowserTests(HandOverApp fixture) : IClassFixture<HandOverApp>
{
    private readonly AppHost app = fixture.App;

    [Fact]
    public async Task HandOverForm_OnAPhone_HandsTheRequestToTheDeputyWithoutScrollingSideways()
    {
        var approvalId = JourneyIds.Approval(JourneyIds.For(fixture.CohortId, "E006"), "manager-approval");
        var oldLink = AppHost.LinkIn(await app.WaitForEmailAsync("E004", "manager-approval-request"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var looks = new PageLooks();

        // Looked at first, while the request is open: the form, and the form refusing a name nobody has.
        foreach (var language in new[] { "en", "da" })
        {
            foreach (var width in new[] { 1280, 390 })
            {
                var look = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
                await look.GotoAsync($"people/E006?lang={language}");
                await looks.LookAsync(look, $"person-requests-{language}", width);
                await look.Locator("#requests a.hand-over").ClickAsync();
                await look.Locator("#hand-over").WaitForAsync();
                await looks.LookAsync(look, $"hand-over-{language}", width);
                await look.Locator("#to").FillAsync("Nobody Atall");
                await look.Locator("#hand-over-submit").ClickAsync();
                await look.Locator("#to-error").WaitForAsync();
                Assert.Equal("Nobody Atall", await look.Locator("#to").InputValueAsync());
                await looks.LookAsync(look, $"hand-over-refused-{language}", width);
                await look.CloseAsync();
            }
        }

        var phone = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 390, Height = 900 } });
        await phone.GotoAsync("people/E006?lang=en");
        await phone.Locator("#requests a.hand-over").ClickAsync();
        await phone.Locator("#to").FillAsync("Mette Kristensen");
        await phone.Locator("#hand-over-submit").ClickAsync();
        await phone.Locator("#notice").WaitForAsync();
        Assert.StartsWith("Handed to Mette Kristensen.", await phone.Locator("#notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Mette Kristensen", await phone.Locator("#assignee").InnerTextAsync());
        await looks.LookAsync(phone, "hand-over-done-en", 390);
        foreach (var width in new[] { 1280, 390 })
        {
            await phone.SetViewportSizeAsync(width, 900);
            await phone.GotoAsync($"requests/{Uri.EscapeDataString(approvalId)}/hand-over?handed=1&lang=da");
            await looks.LookAsync(phone, "hand-over-done-da", width);
        }

        // The old link, as its reader (Anders Nielsen, Danish) opens it now.
        foreach (var width in new[] { 1280, 390 })
        {
            await phone.SetViewportSizeAsync(width, 900);
            var response = await phone.GotoAsync(oldLink);
            Assert.Equal(410, response!.Status);
            Assert.Contains("Mette Kristensen", await phone.Locator("#outcome").InnerTextAsync(), StringComparison.Ordinal);
            await looks.LookAsync(phone, "old-link-handed-over-da", width);
        }

        Assert.Empty(looks.TooWide);
        Assert.Equal("E005", (await app.Approvals.GetAsync(approvalId))!.AssigneeId);
    }
}
