using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components.Programmes;
using AmbassadorFlows.Functions.Programmes;
using AmbassadorFlows.Functions.Tests.Local;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace AmbassadorFlows.Functions.Tests.Programmes;

/// <summary>
/// HR edits a programme in the editor's form over real HTTP: texts per language, lists grown and
/// shrunk with plain submit buttons, numbers as numbers; a bad field is named next to it in the
/// reader's language with everything typed kept and nothing saved; saving makes the draft as the JSON
/// view does; a missing translation is a warning (saved, not publishable yet); the JSON view shows
/// letters and apostrophes as written.
/// </summary>
public sealed class ProgrammeEditorTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Save_BadNumber_Answers400NamingTheFieldAndKeepingWhatWasTyped()
    {
        using var browser = app.NewClient(followRedirects: false);
        var fields = await FormAsync(browser, "editor-bad-number");
        fields["termMonths"] = ["twelve"];
        fields["name.fr"] = ["Ambassadeurs du vélo"];
        fields["posting.summary.nl"] = [string.Empty];

        using var response = await PostAsync(browser, "editor-bad-number", fields, "save");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("#form-error"));
        Assert.Equal(ProgrammeText.English.NotAWholeNumber, page.QuerySelector("#termMonths-error")?.TextContent);
        Assert.Equal("twelve", page.QuerySelector("input#termMonths")?.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("input#termMonths")?.GetAttribute("aria-invalid"));
        Assert.Equal("Ambassadeurs du vélo", page.QuerySelector("textarea#name-fr")?.TextContent);
        Assert.NotNull(page.QuerySelector("#posting-summary-warning")); // a missing translation: a warning, not the error
        Assert.Null(page.QuerySelector("#posting-summary-error"));
        using var draft = await browser.GetAsync(new Uri("api/programmes/editor-bad-number/draft", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Fact]
    public async Task Save_EmptyRequiredFieldAndUnknownPlaceholder_NamedNextToEachInTheReadersLanguage()
    {
        using var browser = app.NewClient(followRedirects: false);
        var fields = await FormAsync(browser, "editor-required");
        fields["theme"] = [string.Empty];
        fields["taskPlan[0].fr"] = ["Environ {heures} heures par mois."];
        fields["meetings.durationMinutes"] = ["5"];

        using var response = await PostAsync(browser, "editor-required", fields, "save", language: "fr");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ProgrammeText.French.Required, page.QuerySelector("#theme-error")?.TextContent);
        Assert.StartsWith("{heures} n’est pas un paramètre", page.QuerySelector("#taskPlan-0-fr-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Saisissez un nombre de 15 à 480.", page.QuerySelector("#meetings-durationMinutes-error")?.TextContent);
        Assert.Equal("Environ {heures} heures par mois.", page.QuerySelector("textarea#taskPlan-0-fr")?.TextContent);
    }

    [Fact]
    public async Task AddAndRemove_ListItems_ShowTheFormAgainRenumberedAndSaveNothing()
    {
        using var browser = app.NewClient(followRedirects: false);
        var fields = await FormAsync(browser, "editor-lists");
        var tasks = fields.Keys.Count(k => k.StartsWith("taskPlan[", StringComparison.Ordinal) && k.EndsWith("].en", StringComparison.Ordinal));
        var third = fields["taskPlan[2].en"].Single();

        using var added = await PostAsync(browser, "editor-lists", fields, "add:taskPlan");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var afterAdd = Pages.Parse(await added.Content.ReadAsStringAsync());
        Assert.NotNull(afterAdd.QuerySelector("#changed"));
        Assert.Equal(string.Empty, afterAdd.QuerySelector($"textarea#taskPlan-{tasks}-en")?.TextContent);

        var again = Fields(afterAdd);
        again[$"taskPlan[{tasks}].en"] = ["Tell a new colleague about the bike shed."];
        using var removed = await PostAsync(browser, "editor-lists", again, "remove:taskPlan:1");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var afterRemove = Pages.Parse(await removed.Content.ReadAsStringAsync());
        Assert.Equal(third, afterRemove.QuerySelector("textarea#taskPlan-1-en")?.TextContent); // the third moved up
        Assert.Equal("Tell a new colleague about the bike shed.", afterRemove.QuerySelector($"textarea#taskPlan-{tasks - 1}-en")?.TextContent);
        Assert.Null(afterRemove.QuerySelector($"textarea#taskPlan-{tasks}-en"));
        Assert.Equal(tasks, afterRemove.QuerySelectorAll("#tasks fieldset.text").Length);
        using var draft = await browser.GetAsync(new Uri("api/programmes/editor-lists/draft", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Fact]
    public async Task Save_ValidForm_MakesTheDraftOfTheNextVersionAsTheJsonEditorDoes()
    {
        using var browser = app.NewClient(followRedirects: false);
        var fields = await FormAsync(browser, "editor-save");
        fields["timeBudgetHoursPerMonth"] = ["4.5"];
        fields["posting.expectations[0].en"] = ["About {timeBudget} hours a month, agreed with your manager."];
        fields["posting.expectations[0].fr"] = ["Environ {timeBudget} heures par mois, convenues avec votre responsable."];

        using var saved = await PostAsync(browser, "editor-save", fields, "save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/programmes/editor-save?saved=1", saved.Headers.Location!.OriginalString);
        var draft = (await browser.GetFromJsonAsync<JsonObject>(new Uri("api/programmes/editor-save/draft", UriKind.Relative)))!;
        Assert.Equal(1, (int)draft["version"]!);
        Assert.Equal(4.5, (double)draft["timeBudgetHoursPerMonth"]!);
        Assert.Equal("About {timeBudget} hours a month, agreed with your manager.", (string)draft["posting"]!["expectations"]![0]!["en"]!);
        Assert.Equal("Ambassadeurs de la mobilité", (string)draft["name"]!["fr"]!);
        Assert.Equal(3, draft["training"]!.AsArray().Count);
    }

    [Fact]
    public async Task Save_MissingTranslation_SavesWithAWarningAndPublishingWaitsForIt()
    {
        using var browser = app.NewClient(followRedirects: false);
        var fields = await FormAsync(browser, "editor-incomplete");
        fields["purpose.da"] = [string.Empty];

        using var saved = await PostAsync(browser, "editor-incomplete", fields, "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var programme = Pages.Parse(await browser.GetStringAsync(new Uri("programmes/editor-incomplete?saved=1", UriKind.Relative)));
        Assert.Contains("purpose", programme.QuerySelector("#draft-warnings")?.TextContent, StringComparison.Ordinal);
        var editor = Pages.Parse(await browser.GetStringAsync(new Uri("programmes/editor-incomplete/edit", UriKind.Relative)));
        Assert.NotNull(editor.QuerySelector("#form-warnings"));
        Assert.Equal("⚠ 3 of 4 languages written", editor.QuerySelector("#purpose-mark")?.TextContent);
        Assert.Equal("✓ All languages written", editor.QuerySelector("#name-mark")?.TextContent);

        using var publish = await browser.PostAsync(new Uri("programmes/editor-incomplete/publish", UriKind.Relative), new FormUrlEncodedContent([Antiforgery(await Pages.AntiforgeryAsync(browser, "programmes/editor-incomplete"))]));
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
        Assert.Contains("purpose", Pages.Parse(await publish.Content.ReadAsStringAsync()).QuerySelector("#error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonView_ShippedProgramme_ShowsLettersAndApostrophesAsWritten()
    {
        using var browser = app.NewClient();

        var page = Pages.Parse(await browser.GetStringAsync(new Uri("programmes/mobility-ambassadors?json=1", UriKind.Relative)));

        var json = page.QuerySelector("details#advanced textarea#json")!.TextContent;
        Assert.True(page.QuerySelector("details#advanced")!.HasAttribute("open"));
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("\"fr\": \"Ambassadeurs de la mobilité\"", json, StringComparison.Ordinal);
        Assert.Contains("Collega's", json, StringComparison.Ordinal);
        Assert.Equal("mobility-ambassadors", (string)JsonNode.Parse(json)!["id"]!);
    }

    /// <summary>Each shipped programme version, and one with every newer setting away from its default.</summary>
    public static TheoryData<string, int, bool> Programmes() => new()
    {
        { "mobility-ambassadors", 1, false },
        { "mobility-ambassadors", 2, false },
        { "work-community-ambassadors", 1, false },
        { "work-community-ambassadors", 2, false },
        { "mobility-ambassadors", 2, true },
    };

    [Theory]
    [MemberData(nameof(Programmes))]
    public async Task Save_UnchangedForm_SavesTheSameProgramme(string shipped, int version, bool newerSettings)
    {
        using var browser = app.NewClient(followRedirects: false);
        var id = $"editor-round-trip-{shipped}-{version}{(newerSettings ? "-newer" : string.Empty)}";
        var programme = (await browser.GetFromJsonAsync<JsonObject>(new Uri($"api/programmes/{shipped}/versions/{version}", UriKind.Relative)))!;
        programme["id"] = id;
        if (newerSettings)
        {
            programme["meetings"]!["onlineMeeting"] = true;
            programme["meetings"]!["groupSize"] = 8;
            programme["meetings"]!["groupBy"] = "department";
            programme["atRisk"] = new JsonObject
            {
                ["missedMeetingsInARow"] = 3,
                ["monthsWithoutCheckIn"] = 4,
                ["noTimeInARow"] = 2,
                ["hoursOverBudgetFactor"] = 1.5,
                ["hoursUnderBudgetFactor"] = 0.1,
            };
        }

        using (var put = await browser.PutAsync(new Uri($"api/programmes/{id}/draft", UriKind.Relative), new StringContent(programme.ToJsonString(), System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var before = (await browser.GetFromJsonAsync<JsonObject>(new Uri($"api/programmes/{id}/draft", UriKind.Relative)))!;
        Assert.Equal(newerSettings, (bool)before["meetings"]!["onlineMeeting"]!);
        Assert.Equal(newerSettings ? 1.5 : 2, (double)before["atRisk"]!["hoursOverBudgetFactor"]!);
        Assert.Equal(newerSettings ? 8 : 12, (int)before["meetings"]!["groupSize"]!);
        Assert.Equal(newerSettings ? "department" : null, (string?)before["meetings"]!["groupBy"]);

        using var saved = await PostAsync(browser, id, await FormAsync(browser, id), "save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = (await browser.GetFromJsonAsync<JsonObject>(new Uri($"api/programmes/{id}/draft", UriKind.Relative)))!;
        // A text's languages may come back in another order (a text is a set); lists, including the languages, may not.
        Assert.True(JsonNode.DeepEquals(before, after), $"Saved from the form:\n{after.ToJsonString()}\nwas:\n{before.ToJsonString()}");
    }

    [Theory]
    [InlineData("en", "1", "Enter a number from 0 to 0.99.")]
    [InlineData("da", "1,5", "Skriv et tal fra 0 til 0,99.")]
    public async Task Save_BadAtRiskNumbers_NamedAtTheFieldInTheReadersLanguageAndKept(string language, string typed, string message)
    {
        using var browser = app.NewClient(followRedirects: false);
        var id = $"editor-at-risk-{language}";
        var fields = await FormAsync(browser, id);
        fields["atRisk.hoursUnderBudgetFactor"] = [typed];
        fields["atRisk.hoursOverBudgetFactor"] = ["2,5"]; // a comma decimal is read, whatever the page's language
        fields["atRisk.noTimeInARow"] = ["often"];

        using var response = await PostAsync(browser, id, fields, "save", language);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, page.QuerySelector("#atRisk-hoursUnderBudgetFactor-error")?.TextContent);
        Assert.Equal(typed, page.QuerySelector("input#atRisk-hoursUnderBudgetFactor")?.GetAttribute("value"));
        Assert.Equal(ProgrammeText.For(language).NotAWholeNumber, page.QuerySelector("#atRisk-noTimeInARow-error")?.TextContent);
        Assert.Equal("often", page.QuerySelector("input#atRisk-noTimeInARow")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#atRisk-hoursOverBudgetFactor-error"));
        Assert.Equal("2,5", page.QuerySelector("input#atRisk-hoursOverBudgetFactor")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#other-errors"));
        using var draft = await browser.GetAsync(new Uri($"api/programmes/{id}/draft", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Theory]
    [InlineData("en", "3", "Enter a number from 4 to 30.")]
    [InlineData("da", "31", "Skriv et tal fra 4 til 30.")]
    public async Task Save_GroupSizeOutOfRange_NamedAtTheFieldInTheReadersLanguageAndChoicesKept(string language, string typed, string message)
    {
        using var browser = app.NewClient(followRedirects: false);
        var id = $"editor-groups-{language}";
        var fields = await FormAsync(browser, id);
        Assert.Equal(["12"], fields["meetings.groupSize"]); // a programme without the setting shows the default
        Assert.Equal([string.Empty], fields["meetings.groupBy"]);
        fields["meetings.groupSize"] = [typed];
        fields["meetings.groupBy"] = ["language"];

        using var response = await PostAsync(browser, id, fields, "save", language);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, page.QuerySelector("#meetings-groupSize-error")?.TextContent);
        Assert.Equal(typed, page.QuerySelector("input#meetings-groupSize")?.GetAttribute("value"));
        Assert.Equal("language", page.QuerySelector("select#meetings-groupBy option[selected]")?.GetAttribute("value"));
        Assert.Equal(ProgrammeText.For(language).GroupByLanguage, page.QuerySelector("select#meetings-groupBy option[selected]")?.TextContent);
        Assert.Null(page.QuerySelector("#other-errors"));
    }

    [Fact]
    public async Task Save_GroupSizeAndGrouping_AreInTheDraft()
    {
        using var browser = app.NewClient(followRedirects: false);
        var fields = await FormAsync(browser, "editor-groups-save");
        fields["meetings.groupSize"] = ["20"];
        fields["meetings.groupBy"] = ["none"];

        using var saved = await PostAsync(browser, "editor-groups-save", fields, "save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = (await browser.GetFromJsonAsync<JsonObject>(new Uri("api/programmes/editor-groups-save/draft", UriKind.Relative)))!;
        Assert.Equal(20, (int)draft["meetings"]!["groupSize"]!);
        Assert.Equal("none", (string)draft["meetings"]!["groupBy"]!);
    }

    /// <summary>The editor's fields as a browser would post them (ticked boxes only, no buttons).</summary>
    private static async Task<Dictionary<string, List<string>>> FormAsync(HttpClient browser, string id)
        => Fields(Pages.Parse(await browser.GetStringAsync(new Uri($"programmes/{id}/edit", UriKind.Relative))));

    private static Dictionary<string, List<string>> Fields(IDocument page)
    {
        var form = page.QuerySelector("form#programme-form")!;
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string? name, string value)
        {
            if (name is null || name == DashboardAntiforgery.FieldName)
            {
                return;
            }

            if (!fields.TryGetValue(name, out var values))
            {
                values = [];
                fields[name] = values;
            }

            values.Add(value);
        }

        foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>())
        {
            if (input.Type != "checkbox" || input.IsChecked)
            {
                Add(input.Name, input.Value);
            }
        }

        foreach (var area in form.QuerySelectorAll("textarea").OfType<IHtmlTextAreaElement>())
        {
            Add(area.Name, area.Value);
        }

        foreach (var select in form.QuerySelectorAll("select").OfType<IHtmlSelectElement>())
        {
            Add(select.Name, select.Value ?? string.Empty);
        }

        return fields;
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient browser, string id, Dictionary<string, List<string>> fields, string action, string? language = null)
    {
        var path = $"programmes/{id}/edit";
        var body = fields.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v))).ToList();
        body.Add(new(ProgrammeForm.ActionField, action));
        body.Add(Antiforgery(await Pages.AntiforgeryAsync(browser, path)));
        using var request = new HttpRequestMessage(HttpMethod.Post, language is null ? path : $"{path}?lang={language}") { Content = new FormUrlEncodedContent(body) };
        request.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await browser.SendAsync(request);
    }

    private static KeyValuePair<string, string> Antiforgery(string value) => new(DashboardAntiforgery.FieldName, value);
}
