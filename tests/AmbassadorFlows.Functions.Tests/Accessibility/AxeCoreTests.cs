namespace AmbassadorFlows.Functions.Tests.Accessibility;

/// <summary>The checker itself can fail: a page with the faults axe exists to catch is reported.</summary>
public sealed class AxeCoreTests(AxeBrowser axe) : IClassFixture<AxeBrowser>
{
    [Fact]
    public async Task SeriousViolations_PageWithoutLangAndImageWithoutAlt_ReportsBoth()
    {
        var page = await axe.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html><head><title>Broken</title></head><body><main><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><p style=\"color:#bbb;background:#fff\">Faint text</p></main></body></html>");

        var violations = await AxeCore.SeriousViolationsAsync(page);
        await page.CloseAsync();

        Assert.Contains(violations, v => v.Id == "html-has-lang");
        Assert.Contains(violations, v => v.Id == "image-alt");
        Assert.Contains(violations, v => v.Id == "color-contrast");
    }

    [Fact]
    public async Task SeriousViolations_PlainAccessiblePage_ReportsNothing()
    {
        var page = await axe.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>Fine</title></head><body><main><h1>Fine</h1><p>Readable text.</p></main></body></html>");

        var violations = await AxeCore.SeriousViolationsAsync(page);
        await page.CloseAsync();

        Assert.Empty(violations);
    }
}
