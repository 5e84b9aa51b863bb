using System.Globalization;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;

namespace AmbassadorFlows.Functions.Tests.People;

/// <summary>HR's page about one person over real HTTP: times in the programme's zone and the reader's
/// language, said once.</summary>
public sealed class PersonPageTests(PersonPageApp fixture) : IClassFixture<PersonPageApp>
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    private readonly AppHost app = fixture.App;

    [Theory]
    [InlineData("da", "da-DK", "d'. 'MMMM yyyy' kl. 'HH'.'mm", "Alle tidspunkter er angivet i tidszonen for Bruxelles.")]
    [InlineData("fr", "fr-FR", "d MMMM yyyy' à 'HH':'mm", "Toutes les heures sont à l’heure de Bruxelles.")]
    public async Task PersonPage_JourneyOfABrusselsProgramme_TimesInBrusselsInTheReadersLanguage(string language, string culture, string pattern, string zoneNote)
    {
        var journeyId = JourneyIds.For(fixture.CohortId, "E012");
        var request = await AppHost.EventuallyAsync(async () => (await app.Approvals.ListPendingAsync(journeyId)).FirstOrDefault(), "the manager's request");
        var mail = await app.WaitForEmailAsync("E012", "posting-invitation");
        using var browser = app.NewClient();

        var page = Pages.Parse(await browser.GetStringAsync(new Uri($"people/E012?lang={language}", UriKind.Relative)));

        Assert.Equal("Europe/Brussels", page.QuerySelector("#time-zone")?.GetAttribute("data-zone"));
        Assert.Equal(zoneNote, page.QuerySelector("#time-zone")?.TextContent.Trim());
        var format = CultureInfo.GetCultureInfo(culture);
        Assert.Equal(TimeZoneInfo.ConvertTime(request.ExpiresAt, Brussels).ToString(pattern, format), page.QuerySelector("#requests .answer-by")?.TextContent.Trim());
        var sent = page.QuerySelectorAll("#mail .sent").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains(TimeZoneInfo.ConvertTime(mail.CreatedAt, Brussels).ToString(pattern, format), sent);
        Assert.DoesNotContain(sent, s => s.Contains("UTC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersonPage_NoJourney_SaysItsTimesAreUtc()
    {
        using var browser = app.NewClient();

        var page = Pages.Parse(await browser.GetStringAsync(new Uri("people/E041?lang=en", UriKind.Relative)));

        Assert.Equal("All times are UTC.", page.QuerySelector("#time-zone")?.TextContent.Trim());
    }
}
