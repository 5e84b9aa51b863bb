using AmbassadorFlows.Workflows.Messaging;

namespace AmbassadorFlows.Functions.Tests.Accessibility;

/// <summary>Every email's HTML body, rendered by the renderer the outbox uses, checked by axe in
/// headless Chromium: no serious or critical issue in English or Danish.</summary>
public sealed class EmailAccessibilityTests(AxeBrowser axe) : IClassFixture<AxeBrowser>
{
    [Theory]
    [InlineData("en")]
    [InlineData("da")]
    public async Task EveryEmailBody_Axe_NoSeriousOrCriticalIssue(string language)
    {
        var found = new List<string>();
        var page = await axe.NewPageAsync();
        foreach (var template in MessageTemplates.All)
        {
            var message = MessageRenderer.Default.Render(template, language, new SampleValues());
            await page.SetContentAsync(message.HtmlBody);
            found.AddRange((await AxeCore.SeriousViolationsAsync(page)).Select(v => $"{template} ({language}): {v}"));
        }

        await page.CloseAsync();
        Assert.Empty(found);
    }

    /// <summary>A value for every placeholder: links as links (so buttons render as buttons), the rest as a word.</summary>
    private sealed class SampleValues : Dictionary<string, string>, IReadOnlyDictionary<string, string>
    {
        bool IReadOnlyDictionary<string, string>.TryGetValue(string key, out string value)
        {
            value = key.Contains("link", StringComparison.OrdinalIgnoreCase) || key.Contains("url", StringComparison.OrdinalIgnoreCase)
                ? $"https://ambassadors.test/{key}/1"
                : $"Sample {key}";
            return true;
        }
    }
}
