using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>Debian's Chromium, headless (Playwright's own browser download cannot work here), with
/// nothing running in the background that could make a test depend on the network or on timing.</summary>
public static class HeadlessChromium
{
    private static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Args });
    }
}
