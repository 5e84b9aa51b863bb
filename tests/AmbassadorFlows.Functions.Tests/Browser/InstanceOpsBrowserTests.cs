using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Management;
using AmbassadorFlows.Functions.Tests.Access;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>Ops in headless Chromium (Debian's package) with the Ops key: opening an instance page sends
/// them to sign in and back; they terminate the instance and then purge it from its page, and the audit
/// names them. The page does not scroll sideways at 390 px. With <c>AF_SCREENSHOTS</c> set to a folder,
/// the page is saved at 1280 and 390 px in English and Danish (and with a form error) for people to look at.</summary>
public sealed class InstanceOpsBrowserTests(KeyedAppHost host) : IClassFixture<KeyedAppHost>
{
    [Fact]
    public async Task InstancePage_SignInTerminateThenPurge_AuditNamesOps()
    {
        var id = await host.App.CreateCohortAsync(["E007", "E012"]);
        await host.App.WaitForEmailAsync("E007", "posting-invitation");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.App.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"instances/{Uri.EscapeDataString(id)}");
        Assert.EndsWith("/sign-in", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.Locator("input[name='key']").FillAsync(KeyedAppHost.RoleKeys[AppRoles.Ops]);
        await page.Locator("form[action='/sign-in'] button").ClickAsync();
        Assert.Equal($"/instances/{id}", new Uri(page.Url).AbsolutePath);

        var phoneWidth = await ScreenshotsAsync(page, id);

        await page.Locator("#terminate-reason").FillAsync("Cohort started twice");
        await page.Locator("#terminate-confirm").CheckAsync();
        await page.Locator("#form-terminate button").ClickAsync();
        var afterTerminate = new Uri(page.Url);
        await AppHost.EventuallyAsync(
            async () =>
            {
                await page.ReloadAsync();
                return (await page.Locator("#status").InnerTextAsync()).Trim() == "Terminated" ? "yes" : null;
            },
            "the page to show Terminated");
        await Screenshot(page, "instance-terminated-en-1280");
        await page.Locator("#purge-confirm").CheckAsync();
        await page.Locator("#form-purge button").ClickAsync();
        var purged = await page.Locator("#notice").InnerTextAsync();
        await Screenshot(page, "repairs-after-purge-en-1280");

        Assert.InRange(phoneWidth, 1, 390);
        Assert.Equal(($"/instances/{id}", "?done=terminate"), (afterTerminate.AbsolutePath, afterTerminate.Query));
        Assert.Equal("/instances", new Uri(page.Url).AbsolutePath);
        Assert.Contains(id, purged, StringComparison.Ordinal);
        Assert.Null(await host.App.Client.GetInstanceAsync(id));
        var audit = await host.App.Approvals.GetAuditAsync(id);
        Assert.Contains(audit, a => a is { Action: InstanceOperations.Terminated, Actor: "Local Ops key (local-ops)", Details: "Cohort started twice" });
        Assert.Contains(audit, a => a is { Action: InstanceOperations.Purged, Actor: "Local Ops key (local-ops)" });
    }

    /// <summary>The page at 390 px (its scroll width returned) and, with AF_SCREENSHOTS, at both widths in en and da, and with a form error.</summary>
    private static async Task<int> ScreenshotsAsync(IPage page, string id)
    {
        var path = $"instances/{Uri.EscapeDataString(id)}";
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"{path}?lang=en");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (Environment.GetEnvironmentVariable("AF_SCREENSHOTS") is not null)
        {
            foreach (var language in new[] { "en", "da" })
            {
                await page.GotoAsync($"{path}?lang={language}");
                foreach (var size in new[] { 390, 1280 })
                {
                    await page.SetViewportSizeAsync(size, size == 390 ? 844 : 900);
                    await Screenshot(page, $"instance-{language}-{size}");
                }
            }

            await page.Locator("#raise-event-data").FillAsync("{ oops");
            await page.Locator("#form-raise-event button").ClickAsync();
            await page.SetViewportSizeAsync(390, 844);
            await Screenshot(page, "instance-error-da-390");
            await page.GotoAsync("instances?lang=da");
            await Screenshot(page, "repairs-da-390");
            await page.SetViewportSizeAsync(1280, 900);
            await Screenshot(page, "repairs-da-1280");
        }

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"{path}?lang=en");
        return width;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("AF_SCREENSHOTS") is { } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
