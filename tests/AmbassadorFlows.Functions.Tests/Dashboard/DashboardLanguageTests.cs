using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>Every dashboard page (each route that answers with HTML, and the sign-in page) in en, nl, fr
/// and da over real HTTP: the page says its language, shows its heading translated and leaves no
/// English text of a key behind; Accept-Language, <c>?lang=</c> and its cookie pick the language.</summary>
public sealed class DashboardLanguageTests(PopulatedAppHost host) : IClassFixture<PopulatedAppHost>
{
    /// <summary>A dashboard page: how to fetch it, its status, and an element (selector) whose text is known in every language.</summary>
    private sealed record Screen(Func<PopulatedAppHost, string> Path, HttpStatusCode Status, string Selector, Func<DashboardText, PopulatedAppHost, string> Heading, bool IsDryRun = false);

    private static readonly Dictionary<string, Screen> Screens = new(StringComparer.Ordinal)
    {
        ["overview"] = new(_ => "/", HttpStatusCode.OK, "h1", (t, _) => t.Overview),
        ["cohort"] = new(h => $"/cohorts/{Uri.EscapeDataString(h.CohortId)}", HttpStatusCode.OK, "h1", (t, h) => t.Format(t.CohortHeading, h.CohortId)),
        ["cohort instance"] = new(h => $"/instances/{Uri.EscapeDataString(h.CohortId)}", HttpStatusCode.OK, "h2", (t, _) => t.Requests),
        ["journey instance"] = new(h => $"/instances/{Uri.EscapeDataString(h.JourneyInstanceId)}", HttpStatusCode.OK, "h2", (t, _) => t.Requests),
        ["failed instance"] = new(h => $"/instances/{Uri.EscapeDataString(h.FailedInstanceId)}", HttpStatusCode.OK, "h2", (t, _) => t.History),
        ["outbox"] = new(_ => "/outbox", HttpStatusCode.OK, "h1", (t, _) => t.Outbox),
        ["outbox filtered"] = new(_ => "/outbox?q=nobody%40contoso.example", HttpStatusCode.OK, "p.muted", (t, _) => t.NoEmailMatches),
        ["outbox older page"] = new(_ => "/outbox?after=1", HttpStatusCode.OK, "#newest", (t, _) => t.NewestEmails),
        ["email"] = new(h => $"/outbox/{h.MessageId}", HttpStatusCode.OK, "h2", (t, _) => t.AsRecipientSees),
        ["hr owner form"] = new(h => $"/cohorts/{Uri.EscapeDataString(h.CohortId)}/hr-owner", HttpStatusCode.OK, "h1", (t, h) => t.Format(Functions.Dashboard.CohortChangeText.For(t.Language).OwnerPageHeading, h.CohortId)),
        ["new cohort form"] = new(_ => "/cohorts/new", HttpStatusCode.OK, "h1", (t, _) => Components.Dashboard.NewCohortText.For(t.Language).Title),
        ["dry-run form"] = new(_ => "/dry-run", HttpStatusCode.OK, "h1", (t, _) => t.DryRun),
        ["dry-run result"] = new(_ => "/dry-run", HttpStatusCode.OK, "h1", (t, _) => t.Format(t.DryRunOf, "mobility-ambassadors"), IsDryRun: true),
        ["dry-run not kept"] = new(_ => "/dry-run/0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound, "h1", (t, _) => DryRunText.For(t.Language).UnknownTitle),
        ["sign-in"] = new(_ => "/sign-in", HttpStatusCode.OK, "h1", (t, _) => t.SignIn),
        ["programmes"] = new(_ => "/programmes", HttpStatusCode.OK, "h1", (t, _) => t.Programmes),
        ["programme"] = new(_ => "/programmes/mobility-ambassadors", HttpStatusCode.OK, "h2", (t, _) => t.Versions),
        ["programme editor"] = new(_ => "/programmes/mobility-ambassadors/edit", HttpStatusCode.OK, "h1", (t, _) => Components.Programmes.ProgrammeText.For(t.Language).Format(Components.Programmes.ProgrammeText.For(t.Language).EditTitle, "mobility-ambassadors")),
        ["programme diff"] = new(_ => "/programmes/mobility-ambassadors?from=1&to=1", HttpStatusCode.OK, "#diff", (t, _) => t.NoChanges),
        ["cohort not found"] = new(_ => "/cohorts/no-such-cohort", HttpStatusCode.NotFound, "h1", (t, _) => t.Format(t.NoCohort, "no-such-cohort")),
        ["instance not found"] = new(_ => "/instances/no-such-instance", HttpStatusCode.NotFound, "h1", (t, _) => t.Format(t.NoInstance, "no-such-instance")),
        ["email not found"] = new(_ => "/outbox/987654321", HttpStatusCode.NotFound, "h1", (t, _) => t.NoMessage),
        ["reminder not found"] = new(_ => "/requests/no-such-request/remind", HttpStatusCode.NotFound, "#notice", (t, _) => Components.Reminders.ReminderText.For(t.Language).Format(Components.Reminders.ReminderText.For(t.Language).NotFound, "no-such-request")),
    };

    public static TheoryData<string, string> PagesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Screens.Keys)
        {
            foreach (var (language, _) in PageLanguage.Supported)
            {
                data.Add(page, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndLanguages))]
    public async Task Page_InEachLanguage_RendersTranslatedWithNoEnglishLeft(string name, string language)
    {
        var page = Screens[name];
        var text = DashboardText.For(language);

        var renders = await host.RenderAsync(name, (client, l) => FetchAsync(client, page, l));

        var (status, html) = renders[language];
        Assert.Equal(page.Status, status);
        var document = Pages.Parse(html);
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.Heading(text, host), document.QuerySelectorAll(page.Selector).Select(e => e.TextContent.Trim()));
        Assert.Equal(language, document.QuerySelector("nav.languages a[aria-current]")?.GetAttribute("hreflang"));
        if (language != PageLanguage.English)
        {
            Assert.Empty(UntranslatedText.Find(html, language));
        }
    }

    [Theory]
    [InlineData("en", "Manager’s approval")]
    [InlineData("nl", "Goedkeuring leidinggevende")]
    [InlineData("fr", "Approbation du ou de la responsable")]
    [InlineData("da", "Lederens godkendelse")]
    public async Task CohortPage_InEachLanguage_ShowsStepsStatusesAndPeopleByNameAndNoRawId(string language, string managerApproval)
    {
        var renders = await host.RenderAsync("cohort", (client, l) => FetchAsync(client, Screens["cohort"], l));
        var html = renders[language].Html;
        var document = Pages.Parse(html);

        // Oliver (E012) waits on his manager, Julie Lambert (E009); the HR owner is Claire Dubois (E002).
        var journey = document.QuerySelector("tr[data-employee='E012']")!;
        Assert.Equal(managerApproval, journey.QuerySelector("td.step")!.TextContent);
        Assert.Equal("ManagerApproval", journey.QuerySelector("td.step")!.GetAttribute("data-step"));
        Assert.Contains("Julie Lambert", journey.TextContent, StringComparison.Ordinal);
        Assert.Contains(WorkflowLabels.Name("running", language), journey.TextContent, StringComparison.Ordinal);
        Assert.Equal("Claire Dubois", document.QuerySelector("#hr-owner")!.TextContent);
        var step = document.QuerySelector("#cohort-step")!;
        Assert.True(WorkflowLabels.Knows(step.GetAttribute("data-step")!, language), $"no label for the cohort step {step.GetAttribute("data-step")}");
        Assert.Equal(WorkflowLabels.Name(step.GetAttribute("data-step"), language), step.TextContent);
        Assert.Empty(WorkflowLabelsTests.RawIdsOn(html, language, "E002", "E009"));
    }

    [Fact]
    public async Task Find_EnglishPageAsATranslation_ReportsItsTexts()
    {
        // The leftover check itself can fail: the English overview passed off as Danish is caught.
        var renders = await host.RenderAsync("overview", (client, l) => FetchAsync(client, Screens["overview"], l));

        var found = UntranslatedText.Find(renders["en"].Html, "da");

        Assert.Contains(found, f => f.StartsWith($"{nameof(DashboardText.PendingRequests)}:", StringComparison.Ordinal));
        Assert.Contains(found, f => f.StartsWith($"{nameof(DashboardText.OverviewIntro)}:", StringComparison.Ordinal));
        Assert.Contains(found, f => f.StartsWith($"{nameof(DashboardText.Overview)}:", StringComparison.Ordinal));
        Assert.DoesNotContain(found, f => f.StartsWith($"{nameof(DashboardText.Status)}:", StringComparison.Ordinal));
        Assert.Empty(UntranslatedText.Find(renders["da"].Html, "da"));
    }

    [Theory]
    [InlineData("da, en;q=0.8", "da", "Oversigt")]
    [InlineData("de-DE, fr-BE;q=0.7, nl;q=0.5", "fr", "Vue d’ensemble")]
    [InlineData("en;q=0.1, nl-BE", "nl", "Overzicht")]
    public async Task Overview_AcceptLanguage_PicksTheLanguage(string acceptLanguage, string expected, string heading)
    {
        using var client = host.App.NewClient();

        var html = await GetAsync(client, "/", acceptLanguage);

        Assert.Equal(expected, Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, Pages.Text(html, "h1"));
    }

    [Fact]
    public async Task LangQuery_OverridesAcceptLanguage_AndStaysChosenOnTheNextPages()
    {
        using var client = host.App.NewClient();
        using var chosen = new HttpRequestMessage(HttpMethod.Get, "/?lang=nl");
        chosen.Headers.TryAddWithoutValidation("Accept-Language", "fr");

        using var response = await client.SendAsync(chosen);
        var outbox = await GetAsync(client, "/outbox", "fr");
        var dryRun = await GetAsync(client, "/dry-run", "fr");

        Assert.Equal("nl", Pages.Parse(await response.Content.ReadAsStringAsync()).DocumentElement.GetAttribute("lang"));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{PageLanguage.CookieName}=nl;", StringComparison.Ordinal));
        Assert.Equal("Verzonden e-mails", Pages.Text(outbox, "h1"));
        Assert.Equal("nl", Pages.Parse(dryRun).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task LangQuery_ChosenAgain_ReplacesTheEarlierChoice()
    {
        using var client = host.App.NewClient();

        await GetAsync(client, "/?lang=da", null);
        await GetAsync(client, "/outbox?lang=fr", null);
        var html = await GetAsync(client, "/", null);

        Assert.Equal("fr", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/?lang=de", null)]
    [InlineData("/?lang=", "de-DE, es;q=0.5")]
    [InlineData("/", "*")]
    public async Task Overview_UnknownLanguage_FallsBackToEnglish(string path, string? acceptLanguage)
    {
        using var client = host.App.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("en", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal("Overview", Pages.Text(html, "h1"));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(PageLanguage.CookieName, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task LanguageSwitcher_FilteredOutbox_LinksThisPageInEveryLanguage()
    {
        using var client = host.App.NewClient();

        var html = await GetAsync(client, "/outbox?to=emma%40contoso.example&lang=fr", null);

        var links = Pages.Parse(html).QuerySelectorAll("header nav.languages a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"), a.TextContent, a.HasAttribute("aria-current"))).ToList();
        Assert.Equal(
            [
                ("en", "/outbox?to=emma%40contoso.example&lang=en", "English", false),
                ("nl", "/outbox?to=emma%40contoso.example&lang=nl", "Nederlands", false),
                ("fr", "/outbox?to=emma%40contoso.example&lang=fr", "Français", true),
                ("da", "/outbox?to=emma%40contoso.example&lang=da", "Dansk", false),
            ],
            links);
    }

    [Fact]
    public async Task DryRun_IncompleteFormInDanish_SaysWhatIsMissingInDanish()
    {
        using var client = host.App.NewClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["programmeId"] = "mobility-ambassadors", ["nominees"] = string.Empty, ["hrOwner"] = "E002", [DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(client) });

        using var response = await client.PostAsync("/dry-run?lang=da", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(DashboardText.Danish.DryRunIncomplete, Pages.Text(await response.Content.ReadAsStringAsync(), "#error"));
    }

    private async Task<HttpResponseMessage> FetchAsync(HttpClient client, Screen page, string language)
    {
        if (!page.IsDryRun)
        {
            var path = page.Path(host);
            return await client.GetAsync(new Uri(path + (path.Contains('?', StringComparison.Ordinal) ? '&' : '?') + $"lang={language}", UriKind.Relative));
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["programmeId"] = "mobility-ambassadors",
            ["nominees"] = "E007",
            ["hrOwner"] = "E002",
            ["audience"] = string.Empty,
            ["months"] = "1",
            [DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(client),
        });
        return await client.PostAsync(new Uri($"/dry-run?lang={language}", UriKind.Relative), form);
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
