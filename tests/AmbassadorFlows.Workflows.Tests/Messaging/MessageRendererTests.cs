using AmbassadorFlows.Workflows.Messaging;

namespace AmbassadorFlows.Workflows.Tests.Messaging;

public sealed class MessageRendererTests
{
    public static TheoryData<string, string> EveryTemplateAndLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in MessageTemplates.All)
        {
            foreach (var language in MessageTemplates.Languages)
            {
                data.Add(template, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplateAndLanguage))]
    public void Render_EveryTemplateInEveryLanguage_ExistsAndFillsAllPlaceholders(string template, string language)
    {
        Assert.True(MessageRenderer.Default.Exists(template, language), $"{language}/{template}.txt is missing");
        var values = new AnyValue();

        var message = MessageRenderer.Default.Render(template, language, values);

        Assert.Equal(language, message.Language);
        Assert.False(string.IsNullOrWhiteSpace(message.Subject));
        Assert.DoesNotContain("{{", message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryTemplateAndLanguage))]
    public void Render_EveryTemplateInEveryLanguage_HtmlCarriesItsLanguageAndAViewport(string template, string language)
    {
        var message = MessageRenderer.Default.Render(template, language, new AnyValue());

        Assert.StartsWith($"<!DOCTYPE html><html lang=\"{language}\"><head>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ValueWithMarkup_IsHtmlEncoded()
    {
        var message = MessageRenderer.Default.Render(MessageTemplates.AgreementDeclined, "en", new AnyValue { ["programme"] = "<script>alert(1)</script>" });

        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<script>", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LinkLine_BecomesButtonInHtmlAndLabelledUrlInText()
    {
        var message = MessageRenderer.Default.Render(MessageTemplates.Welcome, "da", new AnyValue { ["link"] = "https://approvals.test/a/x" });

        Assert.Contains("<a href=\"https://approvals.test/a/x\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Træd tilbage: https://approvals.test/a/x", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownLanguage_FallsBackToEnglish()
    {
        Assert.Equal("en", MessageRenderer.Default.Render(MessageTemplates.Welcome, "de", new AnyValue()).Language);
    }

    [Fact]
    public void Render_MissingValue_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => MessageRenderer.Default.Render(MessageTemplates.Welcome, "en", new Dictionary<string, string>()));
    }

    /// <summary>Answers every placeholder with its own name (and a link for "link").</summary>
    private sealed class AnyValue : Dictionary<string, string>, IReadOnlyDictionary<string, string>
    {
        bool IReadOnlyDictionary<string, string>.TryGetValue(string key, out string value)
        {
            value = TryGetValue(key, out var set) ? set : key == "link" ? "https://approvals.test/a/1" : $"[{key}]";
            return true;
        }
    }
}
