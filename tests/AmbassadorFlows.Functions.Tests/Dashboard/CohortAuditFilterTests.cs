using System.Net;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The cohort page's audit filter (who, what, days) and its CSV, which holds what the page shows.</summary>
public sealed class CohortAuditFilterTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task CohortPage_FilteredByAction_ShowsThoseEntriesAndTheCsvHoldsTheSame()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        await AppHost.EventuallyAsync(async () => (await app.Approvals.GetAuditAsync(cohortId)).FirstOrDefault(e => e.Action == "cohort planned"), "the cohort's first audit entry");
        using var client = app.NewClient();

        var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?action=cohort%20planned&lang=en", UriKind.Relative)));
        var actions = page.QuerySelectorAll("table.audit td[data-label='What']").Select(td => td.GetAttribute("data-action")).ToList();
        var csvLink = page.QuerySelector("a#audit-csv")!.GetAttribute("href")!;
        var csv = await client.GetStringAsync(new Uri(csvLink, UriKind.Relative));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal("cohort planned", a));
        Assert.All(page.QuerySelectorAll("table.audit td[data-label='What']"), td => Assert.Equal("Cohort planned", td.TextContent));
        Assert.Equal($"/cohorts/{cohortId}/audit.csv?action=cohort%20planned&lang=en", csvLink);
        Assert.Equal(AuditCsv.Header, rows[0]);
        Assert.Equal(actions.Count, rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.Contains(",cohort planned,", r, StringComparison.Ordinal));
        Assert.Equal("cohort planned", page.QuerySelector("input#action")?.GetAttribute("value"));
    }

    [Fact]
    public async Task CohortPage_DayThatIsNoDate_NamesTheFieldKeepsTheTextAndTheCsvAnswers400()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        using var client = app.NewClient();

        var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?from=31-03-2026&lang=da", UriKind.Relative)));
        using var csv = await client.GetAsync(new Uri($"/cohorts/{cohortId}/audit.csv?from=31-03-2026", UriKind.Relative));

        Assert.Equal(DashboardText.Danish.NotADate, page.QuerySelector("#from-error")?.TextContent);
        Assert.Equal("31-03-2026", page.QuerySelector("input#from")?.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("input#from")?.GetAttribute("aria-invalid"));
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Equal("application/problem+json", csv.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AuditCsv_Downloaded_IsRecordedAsAPersonalDataRead()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        using var client = app.NewClient();

        using var csv = await client.GetAsync(new Uri($"/cohorts/{cohortId}/audit.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains(await app.Approvals.GetAuditAsync(cohortId), e => e.Action == AuditTrail.PersonalDataRead && e.Details == "dashboard: cohort audit CSV");
    }

    [Fact]
    public async Task RosterCsv_CohortWithAJourney_ListsTheAmbassadorFromTheDirectoryAndIsAudited()
    {
        var cohortId = await app.StartJourneysAsync("E012");
        using var client = app.NewClient();
        // The journey's row shows once the journey has recorded its step; it then waits on the manager.
        var link = await AppHost.EventuallyAsync(
            async () =>
            {
                var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?lang=nl", UriKind.Relative)));
                return page.QuerySelector("tr[data-employee='E012'] td.step[data-step='ManagerApproval']") is null ? null : page.QuerySelector("a#roster-csv")?.GetAttribute("href");
            },
            "the journey on the cohort page");

        var csv = await client.GetStringAsync(new Uri($"{link}?lang=nl", UriKind.Relative));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var oliver = (await app.Services.GetRequiredService<IDirectory>().GetEmployeeAsync("E012"))!;

        Assert.Equal($"/cohorts/{cohortId}/roster.csv", link);
        Assert.Equal(CohortRoster.Header, rows[0]);
        var row = Assert.Single(rows, r => r.StartsWith("E012,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(new[] { oliver.DisplayName, oliver.Department ?? string.Empty, oliver.Level ?? string.Empty, oliver.Region ?? string.Empty }, row[1..5]);
        Assert.Equal(WorkflowLabels.Name("ManagerApproval", "nl"), row[5]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row[7]);
        Assert.Contains(await app.Approvals.GetAuditAsync(cohortId), e => e.Action == AuditTrail.PersonalDataRead && e.Details == "dashboard: cohort roster CSV");
    }

    [Fact]
    public void Apply_ActorDaysAndReads_KeepsWhatPassesEachPart()
    {
        var day = new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero);
        AuditEntry[] entries =
        [
            new("c", day, "claire.dubois@contoso.example", "decided cohort-selection: approve"),
            new("c", day.AddDays(1), "system", "requested cohort-selection"),
            new("c", day.AddDays(2), "claire.dubois@contoso.example", AuditTrail.PersonalDataRead),
        ];

        var claire = Filter(actor: "DUBOIS");
        var tenth = Filter(from: "2026-03-10", until: "2026-03-10");
        var reads = Filter(action: "Data Read");
        var decisions = Filter(action: "decided");

        Assert.Equal([entries[0]], claire.Apply(entries, "en"));
        Assert.Equal([entries[0], entries[2]], claire.Apply(entries, "en", keepReads: true));
        Assert.Equal([entries[0]], tenth.Apply(entries, "en"));
        Assert.Equal([entries[2]], reads.Apply(entries, "en"));
        Assert.Equal([entries[0]], decisions.Apply(entries, "en"));
        Assert.Equal("?actor=DUBOIS", claire.Query());
        Assert.Equal(["from"], Filter(from: "2026-02-30").Invalid);
    }

    [Theory]
    [InlineData("en", "ANSWERED", 0)]
    [InlineData("en", "handed", 1)]
    [InlineData("nl", "overgedr", 1)]
    [InlineData("da", "besvar", 0)]
    [InlineData("fr", "etape", 2)]
    [InlineData("fr", "transférée", 1)]
    public void Apply_WhatAsTheReaderSaysIt_FindsTheActionsWhoseLabelHoldsIt(string language, string typed, int expected)
    {
        var day = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
        AuditEntry[] entries =
        [
            new("c", day, "claire.dubois@contoso.example", "decided cohort-selection: approve"),
            new("c", day, "claire.dubois@contoso.example", AuditActions.HandedOver, "a from E009 to E014"),
            new("c", day, "system", "step Training"),
        ];

        var found = Filter(action: typed).Apply(entries, language);

        Assert.Equal([entries[expected]], found);
    }

    [Fact]
    public void Apply_WhatInAnotherLanguagesWords_FindsNothing()
    {
        AuditEntry[] entries = [new("c", DateTimeOffset.UnixEpoch, "system", AuditActions.HandedOver, "a from E009 to E014")];

        Assert.Empty(Filter(action: "overgedragen").Apply(entries, "da"));
    }

    [Theory]
    [InlineData(AuditActions.HandedOver, "a1 from E009 to E014", "nl", "a1 van E009 naar E014")]
    [InlineData("requested manager-approval", "a1 from E009", "fr", "a1, demandé à E009")]
    [InlineData(AuditActions.LeftCompanyRecorded, "last working day 2026-03-31", "da", "sidste arbejdsdag: 31. marts 2026")]
    [InlineData(AuditActions.PostingClosedEarly, "3 apply links closed", "da", "3 ansøgningslinks lukket")]
    [InlineData(AuditActions.PersonalDataRead, "dashboard: cohort page", "fr", "tableau de bord : page de la cohorte")]
    [InlineData("decided manager-approval: approve", "a1; key k1; nonce n; ua", "da", "a1; key k1; nonce n; ua")]
    public void Say_KnownDetailShapes_InTheReadersLanguageOthersAsStored(string action, string details, string language, string expected)
        => Assert.Equal(expected, AuditDetails.Say(action, details, language));

    private static CohortAuditFilter Filter(string? actor = null, string? action = null, string? from = null, string? until = null)
        => CohortAuditFilter.Of(new QueryCollection(new Dictionary<string, StringValues>
        {
            ["actor"] = actor,
            ["action"] = action,
            ["from"] = from,
            ["until"] = until,
        }));
}
