using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Tests.Scenarios;

public sealed class LargeCohortScenarioTests
{
    private const string Hr = "E002";
    private static readonly string[] Ambassadors = ["E005", "E010", "E016", "E017", "E022", "E028", "E031", "E034", "E039", "E042"];

    [Fact]
    public async Task Cohort_TenAmbassadorsWithMeetings_SendsInvitesSummariesAndFlagsAtRisk()
    {
        var catalog = ProgrammeCatalog.LoadEmbedded();
        await using var h = await WorkflowHarness.CreateAsync(catalog);
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("c10", "work-community-ambassadors", Hr, "all-staff", []), "c10");
        Assert.Equal(h.Directory.All.Count, h.Email.WithTemplate(MessageTemplates.PostingAnnouncement).Count);

        // A newer version is published while the cohort runs; the cohort stays on v2, the latest when it started.
        catalog.Add(catalog.Get("work-community-ambassadors", 2) with { Version = 3, TimeBudgetHoursPerMonth = 5 });

        foreach (var id in Ambassadors)
        {
            await h.AnswerAsync($"c10:apply:{id}", Decisions.Apply);
        }

        await h.DriveDaysAsync(10);
        Assert.Contains("Signaux : -", h.EmailsTo(Hr, MessageTemplates.SelectionRequest).Single().TextBody, StringComparison.Ordinal);
        await h.AnswerAsync("c10:selection", Decisions.Approve);
        foreach (var id in Ambassadors)
        {
            var journey = JourneyIds.For("c10", id);
            await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
            await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);
            foreach (var module in new[] { "ambassador-role", "constructive-dialogue" })
            {
                await h.RaiseAsync(journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module, h.Now));
            }
        }

        Assert.All(Ambassadors, id => Assert.Contains("work-community-ambassadors@v2", h.EmailsTo(id, MessageTemplates.AgreementRequest).Single().TextBody, StringComparison.Ordinal));

        // E042 never checks in: missed meetings. E005 logs 9 hours: over budget.
        var checkIns = await CohortScenarioTests.LiveThroughTermAsync(h, new CheckInForm(true, 3, "Good dialogue in the team", "Resistance to change", "More time for meetings"),
            open => open.AssigneeId == "E042" ? null : open.AssigneeId == "E005" ? new CheckInForm(true, 9, null, "Too much work", null) : new CheckInForm(true, 3, "Good dialogue", "Resistance to change", "More time"),
            maxWeeks: 90);
        Assert.Equal(9 * 6, checkIns);

        foreach (var id in Ambassadors)
        {
            await h.AnswerAsync($"{JourneyIds.For("c10", id)}:renewal-wish", Decisions.StepBack);
        }

        await h.DriveToEndAsync();
        var result = await h.OutputAsync<CohortResult>("c10");
        Assert.Equal("work-community-ambassadors@v2", result.ProgrammeVersion);
        Assert.Equal(10, result.Journeys.Count);
        Assert.All(result.Journeys, j => Assert.Equal("work-community-ambassadors@v2", j.AgreementVersion));
        Assert.Equal(6, result.MeetingsHeld);
        Assert.Equal(6, h.EmailsTo("E042", MessageTemplates.MeetingInvite).Count);
        var summaries = h.EmailsTo(Hr, MessageTemplates.HrMonthlySummary);
        Assert.Equal(6, summaries.Count);
        // HR reads French: counts as the health page has them, reasons in words, hours against the budget.
        Assert.Contains("Mois 1 — présence à la réunion : 9 sur 10 ; points mensuels reçus : 9 sur 10 ; heures déclarées : 33.", summaries[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("- Mette Kristensen : 9 h au mois 1, bien au-delà du budget de 3 h", summaries[0].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Louise Girard", summaries[0].TextBody, StringComparison.Ordinal); // one silent month is not yet a pattern
        Assert.Contains("- Louise Girard : pas de point mensuel depuis 2 mois", summaries[1].TextBody, StringComparison.Ordinal);

        // Themes per prompt, in HR's language (fr): E005's one-off answer is not a theme.
        Assert.Contains("- Réussites : dialogue (8), good (8)\n", summaries[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("- Difficultés : change (8), resistance (8)\n", summaries[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("- Demandes : time (8)\n", summaries[1].TextBody, StringComparison.Ordinal);
    }
}
