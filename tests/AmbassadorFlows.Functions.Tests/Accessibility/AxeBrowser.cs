using AmbassadorFlows.Functions.Tests.Browser;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Accessibility;

/// <summary>One headless Chromium per test class: starting a browser per page would cost more than the checks.</summary>
public sealed class AxeBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>A fresh page at a phone's width (the narrow layout is the one most people read mail and links in).
    /// The pages' Content-Security-Policy forbids scripts, so this page bypasses it to let axe in.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, BypassCSP = true });
        // The machine is shared with other test runs: a slow answer is not an accessibility failure.
        page.SetDefaultTimeout(90_000);
        return page;
    }
}
