using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>Looks at pages the way a reviewer would: notes each one that scrolls sideways at its width
/// and, with <c>AF_SCREENSHOTS</c> set, saves it as <c>{name}-{width}.png</c> there.</summary>
public sealed class PageLooks
{
    private readonly string? _screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");

    /// <summary>Where screenshots go (<c>AF_SCREENSHOTS</c>); null when none are taken.</summary>
    public string? Screenshots => _screenshots;

    /// <summary>"{name} is {n} px wide at {width} px", one per page that scrolled sideways.</summary>
    public List<string> TooWide { get; } = [];

    public async Task LookAsync(IPage page, string name, int width, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scrollWidth > width)
        {
            TooWide.Add($"{name} is {scrollWidth} px wide at {width} px");
        }

        if (_screenshots is not null)
        {
            Directory.CreateDirectory(_screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_screenshots, $"{name}-{width}.png"), FullPage = fullPage });
        }
    }
}
