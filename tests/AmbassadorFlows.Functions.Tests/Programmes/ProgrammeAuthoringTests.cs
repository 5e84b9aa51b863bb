using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Programmes;

/// <summary>
/// HR authors programmes through the HR API and the dashboard on the real app: a draft is saved only
/// when valid (every bad field named), publishing makes it the next immutable version, the diff says
/// what changed, a cohort started on the old version keeps it and a new cohort gets the new one, and a
/// draft can be played in the dry run before it is published.
/// </summary>
public sealed class ProgrammeAuthoringTests : IAsyncLifetime
{
    private const string Mobility = "mobility-ambassadors";
    private readonly AppHost _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task SaveDraft_InvalidProgramme_Answers400NamingEveryBadFieldAndSavesNothing()
    {
        using var client = _app.NewClient();
        var programme = await VersionAsync(client, 1);
        programme["termMonths"] = 0;
        programme["meetings"]!["startTime"] = "25:99";
        programme["training"]![0]!["link"] = "http://learning.example/plain";
        programme["name"]!.AsObject().Remove("nl");
        programme["retentionDaysAfterWithdrawal"] = -1;

        using var response = await PutDraftAsync(client, Mobility, programme);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["meetings.startTime", "name", "retentionDaysAfterWithdrawal", "termMonths", "training[0].link"], fields);
        using var draft = await client.GetAsync($"api/programmes/{Mobility}/draft");
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Fact]
    public async Task SaveDraft_MissingRequiredFieldsAndWrongId_NamesEachOne()
    {
        using var client = _app.NewClient();
        var programme = await VersionAsync(client, 1);
        programme.Remove("purpose");
        programme.Remove("posting");

        using var missing = await PutDraftAsync(client, Mobility, programme);
        using var wrongId = await PutDraftAsync(client, "another-programme", await VersionAsync(client, 1));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var missingFields = JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["posting", "purpose"], missingFields);
        Assert.Equal(HttpStatusCode.BadRequest, wrongId.StatusCode);
        Assert.Contains("\"id\"", await wrongId.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftPublish_NewVersion_RunningCohortStaysPinnedAndANewCohortGetsIt()
    {
        var before = await _app.CreateCohortAsync(["E007"]);
        await _app.WaitForEmailAsync("E007", "posting-invitation");
        using var client = _app.NewClient();
        var programme = await VersionAsync(client, 2);
        programme["timeBudgetHoursPerMonth"] = 4;
        programme["name"]!["en"] = "Mobility ambassadors (2027)";

        using var saved = await PutDraftAsync(client, Mobility, programme);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(3, JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32());
        var diff = await client.GetFromJsonAsync<JsonObject>($"api/programmes/{Mobility}/diff?from=2&to=draft");
        var changes = diff!["changes"]!.AsArray().Select(c => ((string)c!["path"]!, (string?)c["before"], (string?)c["after"])).ToList();
        Assert.Equal([("name.en", "Mobility ambassadors", "Mobility ambassadors (2027)"), ("timeBudgetHoursPerMonth", "3", "4")], changes);

        using var published = await client.PostAsync($"api/programmes/{Mobility}/publish", null);

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(3, JsonDocument.Parse(await published.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32());
        Assert.Equal(3.0, (double)(await VersionAsync(client, 2))["timeBudgetHoursPerMonth"]!); // v2 never changes
        Assert.Equal(4.0, (double)(await VersionAsync(client, 3))["timeBudgetHoursPerMonth"]!);
        using (var again = await client.PostAsync($"api/programmes/{Mobility}/publish", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode); // the draft became v3; nothing left to publish
        }

        var after = await _app.CreateCohortAsync(["E024"]);
        Assert.Equal(2, await CohortVersionAsync(client, before));
        Assert.Equal(3, await CohortVersionAsync(client, after));
        var audit = await _app.Services.GetRequiredService<IApprovalHistory>().ListAuditAsync();
        Assert.Contains(audit, e => e.Action == "published programme" && e.Details == "mobility-ambassadors@v3");
    }

    [Fact]
    public async Task Pages_NewProgrammeDraftPreviewAndPublish_WorkFromTheDashboardForms()
    {
        using var browser = _app.NewClient(followRedirects: false);
        var editor = Pages.Parse(await browser.GetStringAsync("programmes/green-commute")).QuerySelector("textarea#json")!.TextContent;
        var programme = JsonNode.Parse(editor)!.AsObject();
        Assert.Equal("green-commute", (string)programme["id"]!); // a new programme starts from a shipped one, renamed

        programme["termMonths"] = 99;
        using (var refused = await PostFormAsync(browser, "programmes/green-commute/draft", programme))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var page = Pages.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(["termMonths"], page.QuerySelectorAll("#errors li").Select(li => li.GetAttribute("data-field")));
            Assert.Contains("\"termMonths\": 99", page.QuerySelector("textarea#json")!.TextContent, StringComparison.Ordinal); // what HR typed is kept
        }

        programme["termMonths"] = 6;
        using (var saved = await PostFormAsync(browser, "programmes/green-commute/draft", programme))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var draftPage = Pages.Parse(await browser.GetStringAsync("programmes/green-commute?saved=1"));
        Assert.NotNull(draftPage.QuerySelector("#saved"));
        Assert.NotNull(draftPage.QuerySelector("#publish-form"));
        var preview = draftPage.QuerySelector("#preview-form")!;
        var fields = preview.QuerySelectorAll("input").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        using (var played = await browser.PostAsync("dry-run", new FormUrlEncodedContent(fields)))
        {
            // The dry run goes on to its kept result (303), which shows the draft's run.
            Assert.Equal(HttpStatusCode.SeeOther, played.StatusCode);
            var location = played.Headers.Location!.OriginalString;
            Assert.StartsWith("/dry-run/", location, StringComparison.Ordinal);
            var result = Pages.Parse(await browser.GetStringAsync(new Uri(location, UriKind.Relative)));
            Assert.Null(result.QuerySelector(".card p.bad"));
            Assert.Contains("green-commute", result.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.True(result.QuerySelectorAll("#dry-run-emails tr").Length > 1, "the draft's dry run sent no email");
        }

        var publishForm = draftPage.QuerySelector("#publish-form")!.QuerySelectorAll("input").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!));
        using (var publish = await browser.PostAsync("programmes/green-commute/publish", new FormUrlEncodedContent(publishForm)))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
            Assert.Equal("/programmes/green-commute?published=1", publish.Headers.Location!.OriginalString);
        }

        var list = Pages.Parse(await browser.GetStringAsync("programmes"));
        Assert.Contains(list.QuerySelectorAll("#programmes td a"), a => a.TextContent.Contains("(green-commute)", StringComparison.Ordinal));
    }

    private static async Task<JsonObject> VersionAsync(HttpClient client, int version)
        => (await client.GetFromJsonAsync<JsonObject>($"api/programmes/{Mobility}/versions/{version}"))!;

    private static Task<HttpResponseMessage> PutDraftAsync(HttpClient client, string id, JsonObject programme)
        => client.PutAsync($"api/programmes/{id}/draft", new StringContent(programme.ToJsonString(), Encoding.UTF8, "application/json"));

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, JsonObject programme)
        => await client.PostAsync(path, new FormUrlEncodedContent([
            new("json", programme.ToJsonString(new JsonSerializerOptions { WriteIndented = true })),
            new(DashboardAntiforgery.FieldName, await Pages.AntiforgeryAsync(client, path[..path.LastIndexOf('/')])),
        ]));

    /// <summary>The version the cohort loaded (its history pins it), once it has loaded one.</summary>
    private static async Task<int> CohortVersionAsync(HttpClient client, string cohortId)
    {
        var cohort = await AppHost.EventuallyAsync(
            async () => await client.GetFromJsonAsync<JsonObject>($"api/cohorts/{cohortId}") is { } c && c["programmeVersion"] is not null ? c : null,
            $"{cohortId} to load its programme");
        return (int)cohort["programmeVersion"]!;
    }
}
