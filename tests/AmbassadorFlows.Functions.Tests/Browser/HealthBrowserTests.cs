using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Tests.Health;
using Microsoft.Playwright;

namespace AmbassadorFlows.Functions.Tests.Browser;

/// <summary>The cohort health page of the 12-month scenario in headless Chromium (Debian's package):
/// a full-page screenshot is kept under the test output folder, and the chart as Chromium painted
/// it is checked for its bars, by decoding the element's own screenshot in the browser.</summary>
[Collection(HealthScenarioCollection.Name)]
public sealed class HealthBrowserTests(HealthScenario scenario)
{
    /// <summary>Counts the pixels of a PNG (base64) close to a colour, with Chromium's decoder.</summary>
    private const string CountPixels = """
        async ([png, r, g, b]) => {
          const image = new Image();
          image.src = 'data:image/png;base64,' + png;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          const data = context.getImageData(0, 0, image.width, image.height).data;
          let count = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (Math.abs(data[i] - r) < 24 && Math.abs(data[i + 1] - g) < 24 && Math.abs(data[i + 2] - b) < 24) count++;
          }
          return count;
        }
        """;

    [Fact]
    public async Task CohortHealthPage_InChromium_ScreenshotShowsTheChartsBars()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = scenario.App.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        var response = await page.GotoAsync(HealthPages.CohortPath(scenario.CohortId).TrimStart('/'));
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "cohort-health.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        var chart = await page.Locator("svg#chart-active").ScreenshotAsync();

        Assert.Equal(200, response!.Status);
        var size = await page.Locator("svg#chart-active").BoundingBoxAsync();
        Assert.True(size is { Width: > 300, Height: > 150 }, $"chart drawn at {size?.Width}x{size?.Height}");
        Assert.True(new FileInfo(file).Length > 20_000, $"{file} is only {new FileInfo(file).Length} bytes");
        // Blue bars (#1f5fa8) for ambassadors serving and red ones (#a4262c) for the two step-downs.
        var blue = await page.EvaluateAsync<int>(CountPixels, new object[] { Convert.ToBase64String(chart), 0x1f, 0x5f, 0xa8 });
        var red = await page.EvaluateAsync<int>(CountPixels, new object[] { Convert.ToBase64String(chart), 0xa4, 0x26, 0x2c });
        Assert.True(blue > 2_000, $"{blue} blue pixels in the chart");
        Assert.True(red > 200, $"{red} red pixels in the chart");
    }

    [Theory]
    [InlineData("cohort")]
    [InlineData("programme")]
    public async Task HealthPage_OnA390PxPhoneAndALaptop_DoesNotScrollSidewaysNorOverflowATable(string scope)
    {
        var screenshots = Environment.GetEnvironmentVariable("AF_SCREENSHOTS");
        var path = scope == "cohort" ? HealthPages.CohortPath(scenario.CohortId) : HealthPages.ProgrammePath("mobility-ambassadors");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var tooWide = new List<string>();
        foreach (var language in new[] { "en", "da" })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = scenario.App.BaseAddress.AbsoluteUri, ViewportSize = new ViewportSize { Width = width, Height = 844 } });
                var response = await page.GotoAsync(path.TrimStart('/') + "?lang=" + language);
                Assert.Equal(200, response!.Status);
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (scrollWidth > width)
                {
                    tooWide.Add($"{language} is {scrollWidth} px wide at {width} px");
                }

                // On a laptop every table fits its box (on a phone a table may scroll inside its own box).
                var clipped = width < 640 ? [] : await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.health-table')].filter(b => b.scrollWidth > b.clientWidth + 1).map(b => b.firstElementChild.id)");
                tooWide.AddRange(clipped.Select(id => $"{language}: {id} runs past its box at {width} px"));
                if (screenshots is not null)
                {
                    Directory.CreateDirectory(screenshots);
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"{scope}-health-{language}-{width}.png"), FullPage = true });
                }

                await page.CloseAsync();
            }
        }

        Assert.Empty(tooWide);
    }
}
