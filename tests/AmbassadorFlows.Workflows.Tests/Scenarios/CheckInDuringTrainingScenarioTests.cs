using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using DurableTask.Core.History;

namespace AmbassadorFlows.Workflows.Tests.Scenarios;

/// <summary>An ambassador still in training takes part in the month's meeting: the check-in they give
/// then is recorded at once and counted in that month's figures (not held until training is done).</summary>
public sealed class CheckInDuringTrainingScenarioTests
{
    private const string Hr = "E002";

    [Fact]
    public async Task Cohort_CheckInGivenWhileStillInTraining_CountsInThatMonthsSummary()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("ct", "mobility-ambassadors", Hr, "IT", []), "ct");
        await h.AnswerAsync("ct:apply:E005", Decisions.Apply);
        await h.DriveDaysAsync(14);
        await h.AnswerAsync("ct:selection", Decisions.Approve);
        var journey = JourneyIds.For("ct", "E005");
        await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);

        // No module done: the first meeting (5 February) comes and goes with the ambassador in training.
        await h.DriveUntilAsync(new DateTimeOffset(2026, 2, 6, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(AmbassadorStep.Training, h.Progress.Get("ct", "E005")!.Step);
        await h.AnswerAsync(JourneyIds.CheckIn(journey, 1), Decisions.Submit, new CheckInForm(true, 2, "First meeting"));
        Assert.Equal(1, Assert.Single(h.Progress.Get("ct", "E005")!.CheckIns).Month);

        await h.DriveUntilAsync(new DateTimeOffset(2026, 2, 13, 8, 0, 0, TimeSpan.Zero)); // a week after the meeting

        var summary = Assert.Single(await SummariesAsync(h, "ct"));
        Assert.Equal((1, 1, 1, 1), (summary.Month, summary.Participants, summary.Attended, summary.CheckIns));
        Assert.Equal(AmbassadorStep.Training, h.Progress.Get("ct", "E005")!.Step);
    }

    /// <summary>What the cohort's monthly summaries counted, as their activity returned it to the history.</summary>
    private static async Task<List<MonthlySummary>> SummariesAsync(WorkflowHarness h, string cohort)
    {
        var history = await h.Client.GetOrchestrationHistoryAsync(cohort);
        var summaryTasks = history.OfType<TaskScheduledEvent>().Where(e => e.Name == nameof(SendHrMonthlySummary)).Select(e => e.EventId).ToHashSet();
        return [.. history.OfType<TaskCompletedEvent>().Where(e => summaryTasks.Contains(e.TaskScheduledId)).Select(e => WorkflowJson.Deserialize<MonthlySummary>(e.Result)!)];
    }
}
