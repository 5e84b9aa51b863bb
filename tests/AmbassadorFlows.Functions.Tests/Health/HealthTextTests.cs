using AmbassadorFlows.Functions.Health;
using Microsoft.AspNetCore.Http;

namespace AmbassadorFlows.Functions.Tests.Health;

/// <summary>The health pages' language: <c>?lang=</c>, else Accept-Language, else English (the dashboard's negotiation); every text in every language.</summary>
public sealed class HealthTextTests
{
    [Theory]
    [InlineData("nl", "fr", "nl")]
    [InlineData(null, "fr-BE,fr;q=0.9,en;q=0.5", "fr")]
    [InlineData(null, "de-DE, da;q=0.8", "da")]
    [InlineData("xx", "de", "en")]
    [InlineData(null, null, "en")]
    public void For_QueryThenAcceptLanguage_PicksOneOfOurs(string? lang, string? acceptLanguage, string expected)
    {
        var context = new DefaultHttpContext();
        if (lang is not null)
        {
            context.Request.QueryString = new QueryString($"?lang={lang}");
        }

        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        Assert.Equal(expected, HealthText.For(context).Language);
    }

    [Fact]
    public void All_EveryLanguage_HasEveryTextAndTranslatesIt()
    {
        var texts = typeof(HealthText).GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name != nameof(HealthText.Language)).ToList();
        Assert.NotEmpty(texts);
        foreach (var language in HealthText.All.Where(t => t.Language != "en"))
        {
            foreach (var property in texts)
            {
                var value = (string?)property.GetValue(language);
                Assert.False(string.IsNullOrWhiteSpace(value), $"{language.Language}.{property.Name} is empty");
                Assert.NotEqual((string?)property.GetValue(HealthText.English), value);
            }

            Assert.NotEqual(HealthText.English.CohortTitle("x"), language.CohortTitle("x"));
            Assert.NotEqual(HealthText.English.ActiveChart, language.ActiveChart);
        }
    }
}
