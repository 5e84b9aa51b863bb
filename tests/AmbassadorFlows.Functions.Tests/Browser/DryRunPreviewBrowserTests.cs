using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Access;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>The dry run as HR uses it, in headless Chromium, signed in with the HR key (as anywhere but
/// an open loopback), in English and Danish, on a laptop and a phone: choose that managers never answer,
/// play, land on the kept result's own address (a reload posts nothing), open the escalation email and
/// click its button inside the email's frame, and land on the manager's real page under the preview
/// banner in HR's language with every button disabled; back to the result, the link listed under the
/// email opens the same page. Then every kind of button a run's emails carry, each clicked in its frame,
/// and back. Nothing scrolls sideways. With <c>AF_SCREENSHOTS</c> set, the form, the result, the opened
/// email and each preview are saved.</summary>
public sealed class DryRunPreviewBrowserTests(KeyedAppHost host) : IClassFixture<KeyedAppHost>
{
    [Fact]
    public async Task DryRunPreview_ManagersNeverAnswer_EmailButtonInTheFrameOpensTheDisabledPageUnderTheBanner()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var looks = new PageLooks();
        foreach (var language in new[] { "en", "da" })
        {
            var say = DryRunText.For(language);
            var page = await SignInAndFillAsync(browser, language, months: 1, managers: "never");
            await CheckAsync(looks, page, "dry-run-form", language);

            var resultPath = await PlayAsync(page);
            await CheckAsync(looks, page, "dry-run-result", language);

            // Reloading the result reads it again: nothing is posted, so nothing is played again.
            var posts = 0;
            void CountPost(object? sender, IRequest request) => posts += request.Method == "POST" ? 1 : 0;
            page.Request += CountPost;
            await page.ReloadAsync();
            page.Request -= CountPost;
            Assert.Equal(0, posts);
            Assert.Equal(resultPath, new Uri(page.Url).AbsolutePath);
            Assert.Equal(1, await page.Locator("#dry-run-emails").CountAsync());

            // The escalation email to HR, opened in place; its button, clicked inside the frame, opens the request's preview.
            var escalation = page.Locator("#dry-run-emails tr", new PageLocatorOptions { Has = page.Locator("summary", new PageLocatorOptions { HasText = "manager-approval-escalation" }) }).First;
            await escalation.Locator("summary").ClickAsync();
            await CheckAsync(looks, page, "dry-run-email-open", language);
            if (looks.Screenshots is { } screenshots)
            {
                // Chromium paints no frame below the first screen in a full-page shot: the email itself, scrolled to.
                await page.SetViewportSizeAsync(390, 900);
                await escalation.ScrollIntoViewIfNeededAsync();
                await escalation.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(screenshots, $"dry-run-email-frame-{language}-390.png") });
                await page.SetViewportSizeAsync(1280, 900);
            }

            await escalation.FrameLocator("iframe").Locator("a[href*='/dry-run/']").First.ClickAsync();
            await AssertPreviewAsync(page, say);
            await CheckAsync(looks, page, "dry-run-preview", language);

            // Back to the result (the preview's own link), and the same page from the link listed under the email.
            await page.Locator("#preview-banner a").ClickAsync();
            Assert.Equal(resultPath, new Uri(page.Url).AbsolutePath);
            await escalation.Locator(".preview-links a").First.ClickAsync();
            await AssertPreviewAsync(page, say);
            await page.CloseAsync();
        }

        Assert.Empty(looks.TooWide);
    }

    [Fact]
    public async Task DryRunPreview_EveryKindOfButtonInTheFrames_OpensItsPreviewAndComesBack()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var looks = new PageLooks();
        foreach (var language in new[] { "en", "da" })
        {
            var say = DryRunText.For(language);
            var page = await SignInAndFillAsync(browser, language, months: 2);
            var resultPath = await PlayAsync(page);

            foreach (var template in new[] { "posting-invitation", "selection-request", "manager-approval-request", "agreement-request", "welcome", "training-assigned", "check-in-request" })
            {
                var email = page.Locator("#dry-run-emails tr", new PageLocatorOptions { Has = page.Locator("summary", new PageLocatorOptions { HasText = template }) }).First;
                await email.Locator("summary").ClickAsync();
                await email.FrameLocator("iframe").Locator("a[href*='/dry-run/']").First.ClickAsync();
                await page.Locator("#preview-banner").WaitForAsync();
                Assert.Equal(say.PreviewBanner, await page.Locator("#preview-banner strong").InnerTextAsync());
                await CheckAsync(looks, page, $"dry-run-preview-{template}", language);
                if (template == "posting-invitation")
                {
                    // The browser's Back skips the hop (a refresh replaces its entry) and shows the played result again.
                    await page.GoBackAsync();
                    Assert.DoesNotContain("/open/", page.Url, StringComparison.Ordinal);
                    Assert.Equal(1, await page.Locator("#dry-run-emails").CountAsync());
                    await page.GoForwardAsync();
                    Assert.Contains("/requests/", page.Url, StringComparison.Ordinal);
                }

                await page.Locator("#preview-banner a").ClickAsync();
                Assert.Equal(resultPath, new Uri(page.Url).AbsolutePath);
            }

            await page.CloseAsync();
        }

        Assert.Empty(looks.TooWide);
    }

    /// <summary>A new laptop-sized page on the dry-run form in <paramref name="language"/>, signed in with the
    /// HR key, with Emma (E007) nominated, <paramref name="months"/> to play, and managers answering at
    /// <paramref name="managers"/>'s pace (the form's default when null).</summary>
    private async Task<IPage> SignInAndFillAsync(IBrowser browser, string language, int months, string? managers = null)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.App.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync($"dry-run?lang={language}");
        await page.Locator("input[name='key']").FillAsync(KeyedAppHost.RoleKeys[AppRoles.HR]);
        await page.Locator("form[action='/sign-in'] button").ClickAsync();
        await page.Locator("#nominees").FillAsync("E007");
        await page.Locator("#months").FillAsync(months.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (managers is not null)
        {
            await page.Locator("#pace-managers").SelectOptionAsync(managers);
        }

        return page;
    }

    /// <summary>Plays the filled form and returns the kept result's path, which the browser was sent on to
    /// (POST, then 303 to the result): the address bar shows the address the page gives for sharing.</summary>
    private static async Task<string> PlayAsync(IPage page)
    {
        await page.Locator("form.card button[type=submit]").ClickAsync();
        await page.Locator("#dry-run-emails").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        var resultPath = await page.Locator("#dry-run-kept a").First.GetAttributeAsync("href");
        Assert.StartsWith("/dry-run/", resultPath, StringComparison.Ordinal);
        Assert.Equal(resultPath, new Uri(page.Url).AbsolutePath);
        return resultPath!;
    }

    private static async Task AssertPreviewAsync(IPage page, DryRunText say)
    {
        await page.Locator("#preview-banner").WaitForAsync();
        Assert.Contains("/requests/", page.Url, StringComparison.Ordinal);
        Assert.Equal(say.PreviewBanner, await page.Locator("#preview-banner strong").InnerTextAsync());
        Assert.Equal(say.Language, await page.Locator("#preview-banner").GetAttributeAsync("lang"));
        Assert.True(await page.Locator("button[value=approve]").IsDisabledAsync());
        Assert.True(await page.Locator("button[value=reject]").IsDisabledAsync());
    }

    private static async Task CheckAsync(PageLooks looks, IPage page, string name, string language)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await looks.LookAsync(page, $"{name}-{language}", width);
        }

        await page.SetViewportSizeAsync(1280, 900);
    }
}
