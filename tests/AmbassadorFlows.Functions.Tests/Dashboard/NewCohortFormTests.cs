using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>HR starts a cohort from the dashboard's form over real HTTP: people typed by name or address
/// become their directory ids; every bad field is named on the form in the reader's language, with what
/// was typed kept and nothing started.</summary>
public sealed class NewCohortFormTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Get_Form_OffersPublishedProgrammesAndTheDirectorysGroups()
    {
        using var browser = app.NewClient();

        var document = Pages.Parse(await browser.GetStringAsync(new Uri("cohorts/new", UriKind.Relative)));

        Assert.Contains("mobility-ambassadors", document.QuerySelectorAll("#programmeId option").Select(o => o.GetAttribute("value")));
        var audiences = document.QuerySelectorAll("#audience option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal("all-staff", audiences[0]);
        Assert.Contains("IT", audiences);
        Assert.Contains("Copenhagen", audiences);
        Assert.Equal("2026-03-02", document.QuerySelector("#startDate")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Overview_Hr_LinksToTheForm()
    {
        using var browser = app.NewClient();

        var document = Pages.Parse(await browser.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal("/cohorts/new", document.QuerySelector("a#new-cohort")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Post_PeopleByNameAndAddress_StartsTheCohortWithTheirIdsAndOpensItsPage()
    {
        using var browser = app.NewClient(followRedirects: false);

        using var response = await PostAsync(browser, new()
        {
            ["programmeId"] = "mobility-ambassadors",
            ["audience"] = "IT",
            ["hrOwner"] = "claire dubois",
            ["nominees"] = "Emma\r\nanders.nielsen@contoso.example",
            ["startDate"] = "2026-03-02",
            ["postingDeadline"] = "2026-03-20",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/cohorts/mobility-ambassadors-20260302-", location, StringComparison.Ordinal);
        var instance = await app.Client.GetInstanceAsync(Uri.UnescapeDataString(location["/cohorts/".Length..]), getInputsAndOutputs: true);
        Assert.NotNull(instance);
        var input = instance.SerializedInput!;
        Assert.Contains("\"E002\"", input, StringComparison.Ordinal);
        Assert.Contains("\"E007\"", input, StringComparison.Ordinal);
        Assert.Contains("\"E004\"", input, StringComparison.Ordinal);
        Assert.Contains("\"IT\"", input, StringComparison.Ordinal);
        Assert.Contains("2026-03-20", input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BadFields_EachNamedOnTheFormWithWhatWasTypedKeptAndNothingStarted()
    {
        using var browser = app.NewClient(followRedirects: false);
        var before = await CountInstancesAsync();

        using var response = await PostAsync(browser, new()
        {
            ["programmeId"] = "mobility-ambassadors",
            ["audience"] = "Nowhere",
            ["hrOwner"] = "Lars",
            ["nominees"] = "Nobody Here\nE007\nemma.thompson@contoso.example",
            ["startDate"] = "2026-02-30",
            ["postingDeadline"] = "",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = Pages.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(document.QuerySelector("#form-error"));
        Assert.Contains("Nowhere", document.QuerySelector("#audience-error")?.TextContent, StringComparison.Ordinal);
        var owner = document.QuerySelector("#hrOwner-error")?.TextContent ?? string.Empty;
        Assert.Contains("Lars Hansen", owner, StringComparison.Ordinal);
        Assert.Contains("Freja Larsen", owner, StringComparison.Ordinal);
        var nominees = document.QuerySelector("#nominees-error")?.TextContent ?? string.Empty;
        Assert.Contains("Nobody Here", nominees, StringComparison.Ordinal);
        Assert.Contains("Emma Thompson is listed twice", nominees, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("#startDate-error"));
        Assert.Null(document.QuerySelector("#postingDeadline-error"));
        Assert.Equal("Lars", document.QuerySelector("#hrOwner")?.GetAttribute("value"));
        Assert.Equal("Nobody Here\nE007\nemma.thompson@contoso.example", document.QuerySelector("#nominees")?.TextContent.Trim());
        Assert.Equal("2026-02-30", document.QuerySelector("#startDate")?.GetAttribute("value"));
        Assert.Equal("Nowhere", document.QuerySelector("#audience option[selected]")?.GetAttribute("value"));
        Assert.Equal(before, await CountInstancesAsync());
    }

    [Fact]
    public async Task Post_ApplicationsOpenTooLongInDanish_SaysSoInDanishWithADanishDate()
    {
        using var browser = app.NewClient(followRedirects: false);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da");

        using var response = await PostAsync(browser, new()
        {
            ["programmeId"] = "mobility-ambassadors",
            ["audience"] = "all-staff",
            ["hrOwner"] = "E002",
            ["nominees"] = "",
            ["startDate"] = "2026-03-02",
            ["postingDeadline"] = "2026-07-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = Pages.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("da", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Der kan højst søges i 90 dage: senest til og med 31. maj 2026.", document.QuerySelector("#postingDeadline-error")?.TextContent.Trim());
        Assert.Equal("Start holdet", document.QuerySelector("form button#start")?.TextContent.Trim());
        Assert.Null(document.QuerySelector("#posting-preview"));
    }

    [Fact]
    public async Task Post_PreviewWithANominee_ShowsThePostingEmailsInEachProgrammeLanguageAndStartsNothing()
    {
        using var browser = app.NewClient(followRedirects: false);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var before = await CountInstancesAsync();

        using var response = await PostAsync(browser, new()
        {
            ["programmeId"] = "mobility-ambassadors",
            ["audience"] = "IT",
            ["hrOwner"] = "E002",
            ["nominees"] = "Emma Thompson",
            ["startDate"] = "2026-03-02",
            ["postingDeadline"] = "2026-03-20",
            ["preview"] = "1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = Pages.Parse(await response.Content.ReadAsStringAsync());
        var emails = document.QuerySelectorAll("#posting-preview details").ToList();
        var programme = await app.Services.GetRequiredService<IProgrammeCatalog>().FindAsync("mobility-ambassadors", null);
        // Each of the programme's languages, the announcement and the nominee's invitation.
        Assert.Equal(programme!.Languages.Order(StringComparer.Ordinal).SelectMany(l => new[] { $"{l}:false", $"{l}:true" }),
            emails.Select(e => $"{e.GetAttribute("data-language")}:{e.GetAttribute("data-invitation")}").Order(StringComparer.Ordinal));
        // The Dutch announcement is open: the email as a Dutch colleague gets it, with the deadline HR chose and the greeting's placeholder.
        var dutch = emails.Single(e => e.HasAttribute("open"));
        Assert.Equal(("nl", "false"), (dutch.GetAttribute("data-language"), dutch.GetAttribute("data-invitation")));
        var body = dutch.QuerySelector("iframe")!.GetAttribute("srcdoc")!;
        Assert.Contains("(voornaam)", body, StringComparison.Ordinal);
        Assert.Contains("20 maart 2026", body, StringComparison.Ordinal);
        Assert.Contains(programme.Name.In("nl"), body, StringComparison.Ordinal);
        Assert.Equal("Emma Thompson", document.QuerySelector("#nominees")?.TextContent.Trim());
        Assert.Equal(before, await CountInstancesAsync());
    }

    [Fact]
    public async Task Post_PreviewWithABadField_NamesTheFieldAndShowsNoPreview()
    {
        using var browser = app.NewClient(followRedirects: false);

        using var response = await PostAsync(browser, new()
        {
            ["programmeId"] = "mobility-ambassadors",
            ["audience"] = "Nowhere",
            ["hrOwner"] = "E002",
            ["nominees"] = "",
            ["startDate"] = "2026-03-02",
            ["postingDeadline"] = "2026-03-20",
            ["preview"] = "1",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = Pages.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(document.QuerySelector("#audience-error"));
        Assert.Null(document.QuerySelector("#posting-preview"));
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient browser, Dictionary<string, string> fields)
    {
        fields[DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(browser, "cohorts/new");
        using var request = new HttpRequestMessage(HttpMethod.Post, "cohorts/new") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await browser.SendAsync(request);
    }

    private async Task<int> CountInstancesAsync()
    {
        var count = 0;
        await foreach (var _ in app.Client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 100 }))
        {
            count++;
        }

        return count;
    }
}
