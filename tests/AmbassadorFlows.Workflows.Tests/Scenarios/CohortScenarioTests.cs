using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Xunit.Abstractions;

namespace AmbassadorFlows.Workflows.Tests.Scenarios;

public sealed class CohortScenarioTests
{
    private const string Hr = "E002";
    private readonly ITestOutputHelper _output;

    public CohortScenarioTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Cohort_OneAmbassadorTwelveMonthHappyPath_CompletesWithAlumniAndStaysWithinActionBudget()
    {
        await using var h = WorkflowHarness.Create();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("c1", "mobility-ambassadors", Hr, "IT", ["E017"]), "c1");

        // The posting reaches the audience (IT) and the nominee, each in their own language.
        Assert.Equal(5, h.Email.WithTemplate(MessageTemplates.PostingAnnouncement).Count);
        var invitation = Assert.Single(h.EmailsTo("E017", MessageTemplates.PostingInvitation));
        Assert.Equal("fr", invitation.Language);
        Assert.Equal("da", h.EmailsTo("E005", MessageTemplates.PostingAnnouncement).Single().Language);

        await h.AnswerAsync("c1:apply:E005", Decisions.Apply);
        await h.AnswerAsync("c1:apply:E005", Decisions.Apply); // a second click changes nothing
        await h.DriveDaysAsync(14);
        var selection = h.Pending("c1:selection");
        Assert.Equal(Hr, selection.AssigneeId);
        await h.AnswerAsync("c1:selection", Decisions.Approve);

        var journey = JourneyIds.For("c1", "E005");
        Assert.Single(h.EmailsTo("E005", MessageTemplates.ApplicationSelected));
        Assert.Equal("E004", h.Pending($"{journey}:manager-approval").AssigneeId);
        await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);
        foreach (var module in new[] { "mobility-basics", "our-mobility-policy", "talking-to-colleagues" })
        {
            await h.DriveDaysAsync(2);
            await h.RaiseAsync(journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module, h.Now));
        }

        var checkIns = await LiveThroughTermAsync(h, new CheckInForm(true, 3, "Bike week went well", "Rain", "Showers at the office"));
        Assert.Equal(12, checkIns);

        await h.AnswerAsync($"{journey}:renewal-wish", Decisions.StepBack);
        await h.AnswerAsync($"{journey}:offboarding-feedback", Decisions.Submit, new { text = "Good programme" });
        await h.DriveToEndAsync();

        var result = await h.OutputAsync<CohortResult>("c1");
        var ended = Assert.Single(result.Journeys);
        Assert.Equal(JourneyOutcome.Withdrawn, ended.Outcome);
        Assert.Equal("mobility-ambassadors@v1", ended.AgreementVersion);
        Assert.Equal(12, result.MeetingsHeld);
        Assert.Equal(12, h.EmailsTo("E005", MessageTemplates.MeetingInvite).Count);
        Assert.All(h.EmailsTo("E005", MessageTemplates.MeetingInvite), m => Assert.Single(m.Attachments));
        Assert.Single(h.EmailsTo("E005", MessageTemplates.WithdrawalThanks));
        Assert.Equal(12, h.EmailsTo(Hr, MessageTemplates.HrMonthlySummary).Count);
        Assert.Single(h.EmailsTo(Hr, MessageTemplates.CohortClosed));
        var progress = h.Progress.Get("c1", "E005")!;
        Assert.Equal(AmbassadorStep.Ended, progress.Step);
        Assert.Equal(nameof(JourneyOutcome.Withdrawn), progress.Outcome);
        Assert.NotNull(progress.EraseAfter);
        Assert.Equal(0, h.Email.Duplicates);

        var actions = await h.CountActionsAsync(journey);
        _output.WriteLine($"Durable actions of a 12-month happy-path journey: {actions}; of its cohort: {await h.CountActionsAsync("c1")}");
        Assert.InRange(actions, 20, 150);
    }

    /// <summary>Answers every open check-in every week until the term has ended (the renewal question arrives).</summary>
    internal static async Task<int> LiveThroughTermAsync(WorkflowHarness h, CheckInForm form, Func<PendingApproval, CheckInForm?>? formFor = null, int maxWeeks = 170)
    {
        var answered = 0;
        for (var week = 0; week < maxWeeks; week++)
        {
            await h.DriveDaysAsync(3);
            foreach (var open in await h.Approvals.ListPendingAsync())
            {
                var answer = formFor is null ? form : formFor(open);
                if (open.Kind == "monthly-check-in" && answer is not null)
                {
                    await h.AnswerAsync(open.ApprovalId, Decisions.Submit, answer);
                    answered++;
                }
            }

            if ((await h.Approvals.ListPendingAsync()).Any(a => a.Kind == "renewal-wish"))
            {
                return answered;
            }
        }

        return answered;
    }
}
