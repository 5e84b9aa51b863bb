using System.Net;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Components.Personal;
using AmbassadorFlows.Functions.Tests.Approvals;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Personal;

/// <summary>Both personal page kinds ("my requests", "my programme") in en, nl, fr and da: in the
/// person's language only, no ISO timestamp, no raw field name, no bare employee id, with the facts
/// the single-request pages show.</summary>
public sealed partial class PersonalPageLanguageTests(AppHost app) : IClassFixture<AppHost>
{
    private readonly RequestPageScenarios _requests = new(app);
    private readonly PersonalScenarios _scenarios = new(app);

    public static TheoryData<string> Languages => new(RequestPageScenarios.Readers.Select(r => r.Language));

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Get_ManagersPage_ShowsTheRequestInTheirLanguageOnly(string language)
    {
        var reader = RequestPageScenarios.For(language);
        await _requests.OpenAsync("manager-approval", reader);
        var programme = await _requests.ProgrammeAsync(reader);

        var (client, html) = await _scenarios.OpenAsync(await _scenarios.LinkAsync(reader.ManagerId));
        using var _ = client;

        var page = Pages.Parse(html);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(PersonalTexts.For(language).Title, Pages.Text(html, "h1"));
        // The journey asks the real manager too (the same person for some readers): any of the requests about the subject.
        var request = page.QuerySelectorAll("#requests-form fieldset.request").First(f => f.QuerySelector("legend")!.TextContent == reader.SubjectName);
        Assert.Equal(programme.Purpose.In(language), request.QuerySelector("#purpose")!.TextContent.Trim());
        Assert.Contains(RequestPageTexts(language).HoursPerMonth(programme.TimeBudgetHoursPerMonth), request.QuerySelector("#budget")!.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(request.QuerySelector("#term")!.TextContent));
        AssertClean(html, language);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Get_AmbassadorsPage_ShowsTheirProgrammeInTheirLanguageOnly(string language)
    {
        var reader = RequestPageScenarios.For(language);
        await _requests.OpenAsync("step-down", reader);
        var programme = await _requests.ProgrammeAsync(reader);

        var (client, html) = await _scenarios.OpenAsync(await _scenarios.LinkAsync(reader.SubjectId));
        using var _ = client;

        var page = Pages.Parse(html);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(programme.Purpose.In(language), Pages.Text(html, "#agreement #purpose"));
        Assert.Equal(programme.TaskPlan.Select(t => t.In(language)), page.QuerySelectorAll("#agreement #tasks li").Select(li => li.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("#step-down-form"));
        Assert.NotNull(page.QuerySelector("#idea-form textarea[name=text]"));
        Assert.NotNull(page.QuerySelector("#meeting-ics"));
        AssertClean(html, language);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Get_NextMeetingCalendarFile_IsAnIcsInThePersonsLanguage(string language)
    {
        var reader = RequestPageScenarios.For(language);
        await _requests.OpenAsync("step-down", reader);
        using var client = app.NewClient();

        using var response = await client.GetAsync(new Uri((await _scenarios.LinkAsync(reader.SubjectId)).AbsoluteUri + "/meeting.ics"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + PersonalTexts.For(language).MeetingTitle, ics, StringComparison.Ordinal);
    }

    private static Components.RequestPageText RequestPageTexts(string language) => Components.RequestPageText.For(language);

    /// <summary>No ISO date, raw field name or bare employee id, and no fixed text of another language.</summary>
    private static void AssertClean(string html, string language)
    {
        var body = Pages.Parse(html).Body!;
        Assert.DoesNotMatch(IsoDate(), body.TextContent);
        Assert.DoesNotContain("data.", body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotMatch(EmployeeId(), body.TextContent);
        var shown = body.QuerySelectorAll("*").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var foreign = RequestPageScenarios.Readers.Select(r => r.Language).Where(l => l != language)
            .SelectMany(other => Texts(other).Except(Texts(language)))
            .Where(shown.Contains)
            .Distinct()
            .ToList();
        Assert.Empty(foreign);
    }

    /// <summary>Every fixed text of the personal pages and of the request facts they reuse, in <paramref name="language"/>.</summary>
    private static IEnumerable<string> Texts(string language)
    {
        var personal = PersonalTexts.For(language);
        var request = Components.RequestPageText.For(language);
        var frame = Functions.Approvals.ApprovalPageText.Find(language)!;
        return typeof(PersonalText).GetProperties().Select(p => p.GetValue(personal)).OfType<string>().Concat(personal.Steps)
            .Concat(typeof(Components.RequestPageText).GetProperties().Select(p => p.GetValue(request)).OfType<string>())
            .Concat(typeof(Functions.Approvals.ApprovalPageText).GetProperties().Select(p => p.GetValue(frame)).OfType<string>())
            .Where(t => t.Length > 3);
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\bE\d{3}\b")]
    private static partial Regex EmployeeId();
}
