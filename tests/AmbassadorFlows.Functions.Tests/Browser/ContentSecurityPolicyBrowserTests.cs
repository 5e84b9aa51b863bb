using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Tests.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Functions.Web;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>Every kind of page, as headless Chromium loads it under the app's Content-Security-Policy:
/// Chromium reports each blocked style, script, frame or image in the console, and none may be.</summary>
public sealed class ContentSecurityPolicyBrowserTests(PopulatedAppHost host) : IClassFixture<PopulatedAppHost>
{
    [Fact]
    public async Task Pages_InChromium_ReportNoContentSecurityPolicyViolation()
    {
        var approval = await host.App.Outbox.GetAsync(host.MessageId);
        string[] paths =
        [
            string.Empty,
            $"cohorts/{Uri.EscapeDataString(host.CohortId)}",
            $"instances/{Uri.EscapeDataString(host.JourneyInstanceId)}",
            $"instances/{Uri.EscapeDataString(host.FailedInstanceId)}",
            "outbox",
            $"outbox/{host.MessageId}",
            "dry-run",
            "programmes",
            "programmes/mobility-ambassadors",
            HealthPages.CohortPath(host.CohortId).TrimStart('/'),
            HealthPages.ProgrammePath("mobility-ambassadors").TrimStart('/'),
            "sign-in",
            AppHost.LinkIn(approval!),
        ];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.App.BaseAddress.AbsoluteUri });
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };

        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await response!.HeaderValueAsync("content-security-policy"));
        }

        // The dry run's result (where its form's POST redirects) shows emails in inline frames: its own policy lets their inline styles through.
        await page.GotoAsync("dry-run");
        var result = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("form[action='/dry-run'] button[type=submit]"), r => r.Url.Contains("/dry-run/", StringComparison.Ordinal) && r.Request.Method == "GET");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicyWithInlineStyles, await result.HeaderValueAsync("content-security-policy"));
        Assert.True(await page.Locator("iframe").CountAsync() > 0, "the dry run shows its emails");

        // So does the start form's preview of the posting emails.
        await page.GotoAsync("cohorts/new");
        await page.Locator("#hrOwner").FillAsync("Claire Dubois");
        var preview = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#preview"), r => r.Url.EndsWith("/cohorts/new", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicyWithInlineStyles, await preview.HeaderValueAsync("content-security-policy"));
        Assert.True(await page.Locator("#posting-preview iframe").CountAsync() > 0, "the start form previews the posting emails");

        Assert.Empty(violations);
    }
}
