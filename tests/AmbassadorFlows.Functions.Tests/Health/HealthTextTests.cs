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

    [Theory]
    [InlineData("en", "This programme's one cohort, by cohort month (month 1 is its first meeting).", "All 3 cohorts of this programme")]
    [InlineData("nl", "De enige groep van dit programma, per groepsmaand (maand 1 is het eerste overleg van de groep).", "Alle 3 groepen van dit programma")]
    [InlineData("fr", "L’unique groupe de ce programme, par mois de groupe (le mois 1 est sa première réunion).", "Les 3 groupes de ce programme")]
    [InlineData("da", "Programmets eneste hold, efter holdmåned (måned 1 er holdets første møde).", "Alle 3 hold i programmet")]
    public void ProgrammeIntro_OneCohortAndThree_SaysEachAsTheLanguageDoes(string language, string one, string threeStartsWith)
    {
        var text = HealthText.All.Single(t => t.Language == language);

        Assert.Equal(one, text.ProgrammeIntro(1));
        Assert.StartsWith(threeStartsWith, text.ProgrammeIntro(3), StringComparison.Ordinal);
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
