using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The cohort page over HTTP says its audit trail in HR's language (the stored action id kept in
/// data-action) and its times in the programme's zone, said once under the heading.</summary>
public sealed class CohortPageLanguageAndZoneTests(AppHost app) : IClassFixture<AppHost>
{
    private static readonly DateTimeOffset WinterMorning = new(2026, 1, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CohortPage_InDanish_AuditRowsSayActionsInDanishAndKeepTheIds()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        await AppHost.EventuallyAsync(async () => (await app.Approvals.GetAuditAsync(cohortId)).FirstOrDefault(e => e.Action == AuditActions.CohortPlanned), "the cohort's first audit entry");
        await app.Approvals.AppendAuditAsync(new AuditEntry(cohortId, WinterMorning, "system", "requested cohort-selection", "A-1 from E002"));
        await app.Approvals.AppendAuditAsync(new AuditEntry(cohortId, WinterMorning, "system", "decided application: apply", "A-1 from E007"));
        await app.Approvals.AppendAuditAsync(new AuditEntry(cohortId, WinterMorning, "E002", AuditActions.HandedOver, "A-1 from E007 to E014"));
        using var client = app.NewClient();

        var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?lang=da", UriKind.Relative)));
        var rows = page.QuerySelectorAll("table.audit td[data-label='" + DashboardText.Danish.What + "']").ToList();

        Assert.Contains(rows, td => td.GetAttribute("data-action") == "cohort planned" && td.TextContent == "Hold planlagt");
        Assert.Contains(rows, td => td.GetAttribute("data-action") == "decided application: apply" && td.TextContent == "Ansøgning besvaret: Søg");
        Assert.Contains(rows, td => td.GetAttribute("data-action") == "request handed over" && td.TextContent == "Anmodning overdraget");
        Assert.Contains(rows, td => td.GetAttribute("data-action") == "requested cohort-selection" && td.TextContent == "Anmodning sendt: Udvælgelse til holdet");
        Assert.All(rows, td =>
        {
            var id = td.GetAttribute("data-action")!;
            Assert.Equal(WorkflowLabels.Action(id, "da"), td.TextContent);
            Assert.NotEqual(WorkflowLabels.Action(id, "en"), td.TextContent);
            Assert.DoesNotContain(id, td.TextContent, StringComparison.Ordinal);
        });
        Assert.Contains(page.QuerySelectorAll("table.audit td"), td => td.TextContent == "Systemet");
    }

    [Theory]
    [InlineData("da", "15. januar 2026 kl. 09.00", "Alle tidspunkter er angivet i tidszonen for Bruxelles.")]
    [InlineData("en", "15 January 2026, 09:00", "All times are Brussels time.")]
    public async Task CohortPage_ProgrammeInBrussels_SaysTimesInBrusselsTimeOnce(string language, string nine, string note)
    {
        var cohortId = await app.CreateCohortAsync(["E007"], programmeId: "mobility-ambassadors");
        await app.Approvals.AppendAuditAsync(new AuditEntry(cohortId, WinterMorning, "system", AuditActions.CohortPlanned, null));
        using var client = app.NewClient();

        var html = await client.GetStringAsync(new Uri($"/cohorts/{cohortId}?lang={language}", UriKind.Relative));
        var page = Pages.Parse(html);

        Assert.Contains(page.QuerySelectorAll("table.audit time[datetime='2026-01-15T08:00:00Z']"), t => t.TextContent == nine);
        Assert.Equal(note, page.QuerySelector("#time-zone")?.TextContent);
        Assert.Equal("Europe/Brussels", page.QuerySelector("#time-zone")?.GetAttribute("data-zone"));
        Assert.DoesNotContain("UTC", page.QuerySelector("main")?.TextContent ?? html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_MixesProgrammes_SaysUtcOnceInTheReadersLanguage()
    {
        using var client = app.NewClient();

        var page = Pages.Parse(await client.GetStringAsync(new Uri("/?lang=da", UriKind.Relative)));

        Assert.Equal(DashboardText.Danish.TimesInUtc, page.QuerySelector("#time-zone")?.TextContent);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page.QuerySelector("main")?.TextContent ?? string.Empty, "UTC"));
    }
}
