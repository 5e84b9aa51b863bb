using System.Globalization;
using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.People;

/// <summary>HR's page about one person over real HTTP: times in the programme's zone and the reader's
/// language, said once; a new personal link for the person (confirmed, audited, mailed once in their
/// language, the old link dead).</summary>
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

    [Fact]
    public async Task RenewLink_ConfirmedAndClickedTwiceAtOnce_OldLinkDiesOneMailInTheirLanguageAudited()
    {
        // Julie Lambert (E009) reads French; HR reads the page in English.
        var oldLink = (await app.Services.GetRequiredService<PersonalLinks>().CreateAsync("E009"))!;
        using var browser = app.NewClient(followRedirects: false);
        var page = Pages.Parse(await browser.GetStringAsync(new Uri("people/E009?lang=en", UriKind.Relative)));
        Assert.Equal("I understand that Julie Lambert’s current link stops working at once and that a new one goes to them by email.", page.QuerySelector("#personal-link label")?.TextContent.Trim());
        var seen = page.QuerySelector("#personal-link input[name=version]")?.GetAttribute("value");
        Assert.Equal("1", seen);

        var clicks = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => PostAsync(browser, "E009", new() { ["confirm"] = "yes", ["version"] = seen! })));
        using var again = await PostAsync(browser, "E009", new() { ["confirm"] = "yes", ["version"] = seen! });

        var landed = clicks.Select(c => c.Headers.Location?.OriginalString).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/people/E009?link=renewed", "/people/E009?link=unchanged"], landed);
        Assert.Equal("/people/E009?link=unchanged", again.Headers.Location?.OriginalString);
        foreach (var click in clicks)
        {
            click.Dispose();
        }

        var mails = (await app.Outbox.ListAsync(1000, "julie.lambert@contoso.example")).Where(m => m.Message.Template == MessageTemplates.PersonalLink).ToList();
        var mail = Assert.Single(mails);
        Assert.Equal("fr", mail.Message.Language);
        Assert.Equal("Un nouveau lien vers votre page du programme d’ambassadeurs", mail.Message.Subject);
        var newLink = DashboardPages.Links(mail.Message.HtmlBody).Single(l => l.Contains("/me/", StringComparison.Ordinal));
        using var client = app.NewClient();
        using (var old = await client.GetAsync(oldLink))
        {
            Assert.Equal(HttpStatusCode.Gone, old.StatusCode);
        }

        using (var fresh = await client.GetAsync(new Uri(newLink)))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        Assert.Single(await app.Approvals.GetAuditAsync(PersonalDataEraser.AuditInstance), e => e.Action == AuditActions.PersonalLinkRenewed && e.Details == "employee E009; link version 1 revoked");
        var notice = Pages.Text(await browser.GetStringAsync(new Uri("people/E009?link=renewed&lang=en", UriKind.Relative)), "#notice");
        Assert.Equal("Julie Lambert has a new personal link, sent to julie.lambert@contoso.example. The old link no longer works.", notice);
    }

    [Fact]
    public async Task RenewLink_BoxNotTicked_400NamesTheBoxAndNothingChanges()
    {
        // Koen Vermeulen (E014).
        using var browser = app.NewClient(followRedirects: false);

        using var refused = await PostAsync(browser, "E014", new() { ["version"] = "1" }, "?lang=nl");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Vink het vakje aan om de nieuwe link te bevestigen.", Pages.Text(await refused.Content.ReadAsStringAsync(), "#confirm-link-error"));
        Assert.Equal(1, (await app.Services.GetRequiredService<IPersonalPageStore>().GetLinkAsync("E014")).Version);
        Assert.DoesNotContain(await app.Outbox.ListAsync(1000, "koen.vermeulen@contoso.example"), m => m.Message.Template == MessageTemplates.PersonalLink);
    }

    [Fact]
    public void PersonalLinkText_EveryLanguage_SaysEachTextInItsOwnWords()
    {
        foreach (var text in Components.People.PersonalLinkText.All.Where(t => t.Language != "en"))
        {
            foreach (var property in typeof(Components.People.PersonalLinkText).GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name != "Language"))
            {
                var said = (string)property.GetValue(text)!;
                Assert.False(string.IsNullOrWhiteSpace(said), $"{text.Language} {property.Name}");
                Assert.NotEqual((string)property.GetValue(Components.People.PersonalLinkText.English)!, said);
            }
        }
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient browser, string employeeId, Dictionary<string, string> fields, string query = "")
    {
        fields[DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(browser, $"people/{employeeId}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"people/{employeeId}/personal-link{query}") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await browser.SendAsync(request);
    }
}
