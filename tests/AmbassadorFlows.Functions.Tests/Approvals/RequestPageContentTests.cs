using System.Net;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>Each request page, over HTTP, in en, nl, fr and da: it shows what it asks (who, which
/// programme, its purpose, the budget, the term, the agreement's tasks), in one language.</summary>
public sealed partial class RequestPageContentTests(AppHost app) : IClassFixture<AppHost>
{
    private readonly RequestPageScenarios _scenarios = new(app);

    public static TheoryData<string> Languages => ["en", "nl", "fr", "da"];

    public static TheoryData<string, string> EveryKindInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in RequestPageScenarios.Kinds)
        {
            foreach (var reader in RequestPageScenarios.Readers)
            {
                data.Add(kind, reader.Language);
            }
        }

        return data;
    }

    /// <summary>The term start as each language writes it (the Danish ordinal dot included).</summary>
    private static readonly Dictionary<string, string> FirstOfApril = new(StringComparer.Ordinal)
    {
        ["en"] = "1 April 2026", ["nl"] = "1 april 2026", ["fr"] = "1 avril 2026", ["da"] = "1. april 2026",
    };

    /// <summary>The term's last day (mobility runs 12 months, work community, the Danish reader's, 6).</summary>
    private static readonly Dictionary<string, string> LastDayOfTerm = new(StringComparer.Ordinal)
    {
        ["en"] = "31 March 2027", ["nl"] = "31 maart 2027", ["fr"] = "31 mars 2027", ["da"] = "30. september 2026",
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Get_ManagerApproval_NamesTheEmployeeProgrammePurposeBudgetAndTerm(string language)
    {
        var reader = RequestPageScenarios.For(language);
        var programme = await _scenarios.ProgrammeAsync(reader);
        var html = await GetAsync((await _scenarios.OpenAsync("manager-approval", reader)).Link);

        Assert.Equal(language, Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal(reader.SubjectName, Pages.Text(html, "#employee-name"));
        Assert.False(string.IsNullOrWhiteSpace(Pages.Text(html, "#department")));
        Assert.Equal(programme.Name.In(language), Pages.Text(html, "#programme-name"));
        Assert.Equal(programme.Purpose.In(language), Pages.Text(html, "#purpose"));
        Assert.StartsWith("3 ", Pages.Text(html, "#budget"), StringComparison.Ordinal);
        Assert.Contains(FirstOfApril[language], Pages.Text(html, "#term"), StringComparison.Ordinal);
        Assert.Contains(LastDayOfTerm[language], Pages.Text(html, "#term"), StringComparison.Ordinal);
        Assert.Contains(reader.SubjectName, Pages.Text(html, "#commitment"), StringComparison.Ordinal);
        Assert.NotNull(Pages.Parse(html).QuerySelector("textarea#comment"));
        // Version 2 journeys send a decline reason to the employee; the page says so before anyone types one.
        Assert.Equal(Components.RequestPageText.For(language).ReasonPassedOn(reader.SubjectName), Pages.Text(html, "#comment-hint"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Get_Agreement_ShowsEveryTaskBudgetTermRightsAndVersion(string language)
    {
        var reader = RequestPageScenarios.For(language);
        var programme = await _scenarios.ProgrammeAsync(reader);
        var html = await GetAsync((await _scenarios.OpenAsync("agreement", reader)).Link);

        var tasks = Pages.Parse(html).QuerySelectorAll("#tasks li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(programme.TaskPlan.Select(t => t.In(language)), tasks);
        Assert.Equal(programme.Purpose.In(language), Pages.Text(html, "#purpose"));
        Assert.StartsWith("3 ", Pages.Text(html, "#budget"), StringComparison.Ordinal);
        Assert.Contains(FirstOfApril[language], Pages.Text(html, "#term"), StringComparison.Ordinal);
        Assert.Equal(programme.Training.Count, Pages.Parse(html).QuerySelectorAll("#training li").Length);
        Assert.Equal(2, Pages.Parse(html).QuerySelectorAll("#rights li").Length);
        Assert.Contains(programme.RetentionDaysAfterWithdrawal.ToString(System.Globalization.CultureInfo.InvariantCulture), Pages.Text(html, "#rights"), StringComparison.Ordinal);
        Assert.Contains(programme.AgreementVersion, Pages.Text(html, "#version"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Get_TrainingModule_TitleIsTheCourseLinkAndDoneIsASeparateButton(string language)
    {
        var reader = RequestPageScenarios.For(language);
        var programme = await _scenarios.ProgrammeAsync(reader);
        var page = Pages.Parse(await GetAsync((await _scenarios.OpenAsync("training-module", reader)).Link));

        var link = page.QuerySelector("a#module-link")!;
        Assert.Equal(programme.Training[0].Title.In(language), link.TextContent.Trim());
        Assert.Equal(programme.Training[0].Link.AbsoluteUri, link.GetAttribute("href"));
        Assert.Null(link.Closest("form"));
        Assert.NotNull(page.QuerySelector("#decision-form button[value=done]"));

        // One date: when the module is due, not also the far later day its link closes.
        Assert.NotNull(page.QuerySelector("#due"));
        Assert.Null(page.QuerySelector("#answer-by"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Get_CheckIn_NothingIsPreAnsweredAndItSaysWhatIsShared(string language)
    {
        var page = Pages.Parse(await GetAsync((await _scenarios.OpenAsync("monthly-check-in", RequestPageScenarios.For(language))).Link));

        Assert.Empty(page.QuerySelectorAll("#decision-form input[type=radio][checked], #decision-form input[type=checkbox][checked]"));
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("input#hours")!.GetAttribute("value")));
        Assert.All(page.QuerySelectorAll("#decision-form textarea"), t => Assert.Equal(string.Empty, t.TextContent));
        var say = language switch { "nl" => RequestPageTexts.Dutch, "fr" => RequestPageTexts.French, "da" => RequestPageTexts.Danish, _ => RequestPageTexts.English };
        // Raw words go to HR; the meeting agenda carries themes only (see ThemeAgenda), and the page says so.
        Assert.Equal(say.WhatIsShared, page.QuerySelector("#shared")?.TextContent);
        // "I could not make time this month" is a choice of its own, in the reader's language, unticked.
        var noTime = page.QuerySelector("#decision-form input#no-time-option[type=checkbox][name='data.noTime']")!;
        Assert.Null(noTime.GetAttribute("checked"));
        Assert.Equal(say.NoTimeOption, noTime.Closest("label")!.TextContent.Trim());
        Assert.Equal(say.NoTimeHint, page.QuerySelector("#no-time-hint")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_CheckInCouldNotMakeTime_IsRecordedWithTheCheckIn()
    {
        var (approval, link) = await _scenarios.OpenAsync("monthly-check-in", RequestPageScenarios.For("da"));

        using var response = await app.AnswerAsync(link, "submit", new Dictionary<string, string> { ["data.attendedMeeting"] = "false", ["data.hoursSpent"] = "0", ["data.noTime"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"noTime\":true", (await app.Approvals.GetAsync(approval.ApprovalId))!.Decision!.DataJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Hours spent on the role: enter a number of hours from 0 to 200")]
    [InlineData("nl", "Uren besteed aan de rol: vul een aantal uren in van 0 tot 200")]
    [InlineData("fr", "Heures consacrées au rôle : indiquez un nombre d’heures entre 0 et 200")]
    [InlineData("da", "Timer brugt på rollen: skriv et antal timer fra 0 til 200")]
    public async Task Post_CheckInWithBadHours_AnswersInTheReadersLanguageNamingTheFieldAndKeepsWhatWasTyped(string language, string expected)
    {
        var (approval, link) = await _scenarios.OpenAsync("monthly-check-in", RequestPageScenarios.For(language));

        using var response = await app.AnswerAsync(link, "submit", new Dictionary<string, string>
        {
            ["data.attendedMeeting"] = "true", ["data.hoursSpent"] = "three-ish", ["data.successes"] = "Talked to the canteen team about bikes",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = Pages.Parse(html);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith(expected, Pages.Text(html, "#hours-error"), StringComparison.Ordinal);
        Assert.Equal("three-ish", page.QuerySelector("input#hours")!.GetAttribute("value"));
        Assert.Equal("Talked to the canteen team about bikes", page.QuerySelector("textarea#successes")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name='data.attendedMeeting'][value=true][checked]"));
        Assert.DoesNotContain("data.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Get_StepDown_SaysWhatHappensAndAsksToConfirmWithAnOptionalReason(string language)
    {
        var page = Pages.Parse(await GetAsync((await _scenarios.OpenAsync("step-down", RequestPageScenarios.For(language))).Link));

        Assert.Equal(3, page.QuerySelectorAll("#what-happens li").Length);
        Assert.True(page.QuerySelector("#decision-form input#confirm[type=checkbox]")!.HasAttribute("required"));
        Assert.NotNull(page.QuerySelector("#decision-form textarea#comment"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Get_Selection_ShowsACandidateTableUnderTheDiversitySummary(string language)
    {
        var html = await GetAsync((await _scenarios.OpenAsync("cohort-selection", RequestPageScenarios.For(language))).Link);
        var page = Pages.Parse(html);

        Assert.NotNull(page.QuerySelector("#diversity"));
        var names = page.QuerySelectorAll("#candidates tbody td.name").Select(td => td.TextContent).ToList();
        Assert.Equal(["Emma Thompson", "Nathalie Renard", "Rasmus Jensen"], names);
        Assert.Equal(3, page.QuerySelectorAll("#candidates input[type=checkbox][checked]").Length);
        Assert.True(page.QuerySelector("#diversity")!.CompareDocumentPosition(page.QuerySelector("#candidates")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task Get_SelectionFilteredByDepartment_ShowsOnlyThoseAndKeepsTheOthersChosen()
    {
        var (_, link) = await _scenarios.OpenAsync("cohort-selection", RequestPageScenarios.For("en"));

        var page = Pages.Parse(await GetAsync(link + "?department=Finance&sort=region"));

        Assert.Equal(["Nathalie Renard"], page.QuerySelectorAll("#candidates tbody td.name").Select(td => td.TextContent));
        var hidden = page.QuerySelectorAll("#decision-form input[type=hidden][name='data.selectedEmployeeIds[]']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["", "E007", "E020"], hidden);
    }

    [Fact]
    public async Task Get_SelectionOfAnApplicantWithAMotivation_ShowsTheirOwnWords()
    {
        var (approval, link) = await _scenarios.OpenAsync("cohort-selection", RequestPageScenarios.For("en"));
        var now = app.Clock.GetUtcNow();
        await app.Approvals.CreateAsync(new Workflows.Ports.PendingApproval($"{approval.InstanceId}:apply:E007", approval.InstanceId, Workflows.Cohorts.CohortEvents.Application, "application", "E007", "emma.thompson@contoso.example", ["apply"], now, now.AddDays(14)));
        await app.Approvals.TryDecideAsync(new Workflows.Ports.ApprovalDecision($"{approval.InstanceId}:apply:E007", "apply", "emma.thompson@contoso.example", now, "I cycle 20 km a day & <love> it"));

        var page = Pages.Parse(await GetAsync(link));

        Assert.Equal("I cycle 20 km a day & <love> it", page.QuerySelector("#candidates tr[data-employee=E007] td.motivation")!.TextContent);
        Assert.Equal(string.Empty, page.QuerySelector("#candidates tr[data-employee=E011] td.motivation")!.TextContent);
    }

    [Fact]
    public async Task Post_CheckInRefusedWithMarkupTyped_EchoesItEncoded()
    {
        var (_, link) = await _scenarios.OpenAsync("monthly-check-in", RequestPageScenarios.For("en"));

        using var response = await app.AnswerAsync(link, "submit", new Dictionary<string, string> { ["data.hoursSpent"] = "\"><script>alert(1)</script>", ["data.asks"] = "</textarea><script>alert(2)</script>" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("</textarea><script>alert(2)</script>", Pages.Parse(html).QuerySelector("textarea#asks")!.TextContent);
    }

    [Fact]
    public async Task Post_SelectionOfTwoThousandCandidates_IsRecordedWithoutAFormSizeFailure()
    {
        var cohortId = await app.CreateCohortAsync([]);
        var ids = Enumerable.Range(0, 2000).Select(i => $"X{i:D5}").ToList();
        var proposal = new Workflows.Cohorts.Activities.SelectionProposal([.. ids.Select(id => new Workflows.Cohorts.Activities.SelectionCandidate(id, false))], Workflows.Cohorts.DiversitySummary.Of([], new DateOnly(2026, 3, 2)));
        var now = app.Clock.GetUtcNow();
        var approval = await app.Approvals.CreateAsync(new Workflows.Ports.PendingApproval($"{cohortId}:big-selection", cohortId, Workflows.Cohorts.CohortEvents.SelectionDecision, "cohort-selection", "E031", "grace.evans@contoso.example", ["approve", "reject"], now, now.AddDays(5))
        {
            DetailsJson = Workflows.Shared.WorkflowJson.Serialize(proposal),
        });
        var link = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Workflows.Ports.IApprovalLinks>(app.Services).CreateLink(approval).AbsoluteUri;

        using var response = await app.SubmitPageFormAsync(link, "approve");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = (await app.Approvals.GetAsync(approval.ApprovalId))!.Decision!.DataJson!;
        Assert.Equal(2000, System.Text.Json.JsonDocument.Parse(recorded).RootElement.GetProperty("selectedEmployeeIds").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public async Task Get_EveryPageKind_ShowsNoIsoTimestampRawFieldNameOrBareEmployeeId(string kind, string language)
    {
        var html = await GetAsync((await _scenarios.OpenAsync(kind, RequestPageScenarios.For(language))).Link);

        var text = Pages.Parse(html).Body!.TextContent;
        Assert.DoesNotMatch(IsoDate(), text);
        Assert.DoesNotContain("data.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(EmployeeId(), text);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.Equal(language, Pages.Parse(html).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public async Task Get_EveryPageKind_CarriesNoTextOfAnotherLanguage(string kind, string language)
    {
        var reader = RequestPageScenarios.For(language);
        var programme = await _scenarios.ProgrammeAsync(reader);
        var page = Pages.Parse(await GetAsync((await _scenarios.OpenAsync(kind, reader)).Link));
        var shown = Shown(page);

        var foreign = new List<string>();
        foreach (var other in RequestPageScenarios.Readers.Select(r => r.Language).Where(l => l != language))
        {
            // A text the other language writes exactly as this one does is no mix.
            foreign.AddRange(FrameTexts(other).Except(FrameTexts(language)));
            foreign.AddRange(ProgrammeTexts(programme, other).Except(ProgrammeTexts(programme, language)));
        }

        Assert.Empty(foreign.Where(shown.Contains).Distinct());
    }

    [Fact]
    public async Task Get_DanishReaderOfAProgrammeWithoutDanish_GetsTheWholePageInTheProgrammesFirstLanguage()
    {
        // E004 reads Danish; this copy of the mobility programme is written in en, nl and fr only.
        var programme = await _scenarios.PublishWithoutAsync("mobility-ambassadors", "da");
        var reader = new Reader("da", programme.Id, "E007", "Emma Thompson", "E004", "E020");

        var html = await GetAsync((await _scenarios.OpenAsync("manager-approval", reader)).Link);

        Assert.Equal("en", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal(programme.Purpose.In("en"), Pages.Text(html, "#purpose"));
        Assert.Equal("Approve", Pages.Text(html, "button[value=approve]"));
        Assert.DoesNotContain(FrameTexts("da").Except(FrameTexts("en")), Shown(Pages.Parse(html)).Contains);
    }

    /// <summary>The text of every element on the page, each as a whole (so "Program" is not found in "Programme").</summary>
    private static HashSet<string> Shown(AngleSharp.Html.Dom.IHtmlDocument page)
        => page.Body!.QuerySelectorAll("*").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every fixed text of the pages' frame in <paramref name="language"/>.</summary>
    private static IEnumerable<string> FrameTexts(string language)
    {
        var request = Components.RequestPageText.For(language);
        var frame = Functions.Approvals.ApprovalPageText.Find(language)!;
        return typeof(Components.RequestPageText).GetProperties().Select(p => p.GetValue(request)).OfType<string>()
            .Concat(typeof(Functions.Approvals.ApprovalPageText).GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public).Select(p => p.GetValue(frame)).OfType<string>())
            .Concat(frame.Options.Values).Concat(frame.Kinds.Values).Concat(request.StepDownHappens).Concat(request.Next.Values)
            .Where(t => t.Length > 3);
    }

    /// <summary>The programme's own texts in <paramref name="language"/>, when it is written in it.</summary>
    private static IEnumerable<string> ProgrammeTexts(Workflows.Programmes.ProgrammeDefinition programme, string language)
        => !programme.Languages.Contains(language) ? [] :
            new[] { programme.Name, programme.Purpose }.Concat(programme.TaskPlan).Concat(programme.Posting.Responsibilities).Concat(programme.Posting.Expectations)
                .Concat(programme.Training.Select(m => m.Title)).Where(t => t.ContainsKey(language)).Select(t => t[language]);

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Post_Answer_ConfirmationSaysWhatHappensNext(string language)
    {
        var (_, link) = await _scenarios.OpenAsync("manager-approval", RequestPageScenarios.For(language));

        using var response = await app.AnswerAsync(link, "approve");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(language, Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(Pages.Text(html, "#next p")));
        Assert.DoesNotMatch(IsoDate(), Pages.Parse(html).Body!.TextContent);
    }

    [Fact]
    public async Task Get_Stylesheet_IsServedWithALongCacheLifetime()
    {
        using var client = app.NewClient();
        var page = Pages.Parse(await GetAsync((await _scenarios.OpenAsync("step-down", RequestPageScenarios.For("en"))).Link));
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("table.stack", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string link)
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync(new Uri(link));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\bE\d{3}\b")]
    private static partial Regex EmployeeId();
}
