using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Tests.Scenarios;
using AmbassadorFlows.Workflows.Versioning;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Workflows.Tests.Versioning;

/// <summary>
/// Instances started on version 1 (before versioning: no version) run to their end on the current
/// code the way version 1 did, while new instances take version 2's path; a worker never runs an
/// instance newer than itself. On our SQLite backend with a fake clock.
/// </summary>
public sealed class CrossVersionTests
{
    private const string Hr = "E002";
    private static readonly TaskVersion Version1 = new(OrchestrationVersions.V1);
    private static readonly TaskVersion Version2 = new(OrchestrationVersions.V2);

    [Fact]
    public async Task Journey_RenewalRefusedByTheLastApprover_Version1RenewsAsBeforeVersion2Withdraws()
    {
        var journey = JourneyIds.For("fr", "E010");
        await using var old = await WorkflowHarness.CreateAsync();
        await RecordingScenario.PlayRenewalRefusedLastAsync(old, journey, Hr, Version1);
        await using var current = await WorkflowHarness.CreateAsync();
        await RecordingScenario.PlayRenewalRefusedLastAsync(current, journey, Hr);

        var before = await old.OutputAsync<JourneyResult>(journey);
        var after = await current.OutputAsync<JourneyResult>(journey);
        Assert.Equal((JourneyOutcome.Withdrawn, 2), (before.Outcome, before.TermsServed));
        Assert.Equal((JourneyOutcome.Withdrawn, 1), (after.Outcome, after.TermsServed));
        Assert.Equal(OrchestrationVersions.V1, await VersionOfAsync(old, journey));
        Assert.Equal(OrchestrationVersions.Current, await VersionOfAsync(current, journey));
    }

    [Fact]
    public async Task Cohort_LastJourneyEndsMidTerm_Version1WaitsForTheNextInviteVersions2And3CompleteAtOnce()
    {
        await using var old = await WorkflowHarness.CreateAsync();
        var oldEnded = await StepDownOnlyAmbassadorAsync(old, Version1);
        foreach (var version in new[] { Version2, (TaskVersion?)null })
        {
            // Versions 2 and 3 (current): complete in the turn the journey's end arrives, well before
            // the next meeting's invite time, with journeys on the cohort's version.
            await using var current = await WorkflowHarness.CreateAsync();
            var currentEnded = await StepDownOnlyAmbassadorAsync(current, version);
            var completed = await current.GetAsync("c");
            Assert.Equal(OrchestrationRuntimeStatus.Completed, completed.RuntimeStatus);
            Assert.Equal(currentEnded, completed.LastUpdatedAt);
            Assert.Equal(currentEnded, current.Now);
            Assert.Equal(version?.Version ?? OrchestrationVersions.Current, await VersionOfAsync(current, JourneyIds.For("c", "E005")));
            Assert.Equal(CohortOutcome.Completed, (await current.OutputAsync<CohortResult>("c")).Outcome);
        }

        // Version 1: still running until the next meeting's invite time, then complete as before.
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await old.GetAsync("c")).RuntimeStatus);
        Assert.Equal(OrchestrationVersions.V1, await VersionOfAsync(old, JourneyIds.For("c", "E005")));
        await old.DriveToEndAsync();
        var oldCompleted = await old.GetAsync("c");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, oldCompleted.RuntimeStatus);
        Assert.True(oldCompleted.LastUpdatedAt > oldEnded.AddDays(1), $"completed {oldCompleted.LastUpdatedAt:u}, journey ended {oldEnded:u}");
        Assert.Equal(CohortOutcome.Completed, (await old.OutputAsync<CohortResult>("c")).Outcome);
    }

    [Fact]
    public async Task Cohort_MonthlySummary_Versions2And3AWeekAfterTheMeetingVersion1WithTheNextInvites()
    {
        await using var old = await WorkflowHarness.CreateAsync();
        await using var second = await WorkflowHarness.CreateAsync();
        await using var current = await WorkflowHarness.CreateAsync();
        foreach (var (h, version) in new[] { (old, (TaskVersion?)Version1), (second, Version2), (current, null) })
        {
            await OnboardOnlyAmbassadorAsync(h, version);

            // The first meeting (Thursday 5 February, 12:30 in Brussels) ends at 12:30 UTC; its check-ins follow.
            var meetingEnd = new DateTimeOffset(2026, 2, 5, 12, 30, 0, TimeSpan.Zero);
            await h.DriveUntilAsync(meetingEnd.AddDays(7).AddMinutes(-1));
            Assert.Equal(meetingEnd, h.Pending(JourneyIds.CheckIn(JourneyIds.For("c", "E005"), 1)).CreatedAt);
            Assert.Empty(h.EmailsTo(Hr, MessageTemplates.HrMonthlySummary));
            await h.DriveUntilAsync(meetingEnd.AddDays(7));
        }

        Assert.Single(current.EmailsTo(Hr, MessageTemplates.HrMonthlySummary));
        Assert.Single(second.EmailsTo(Hr, MessageTemplates.HrMonthlySummary));
        Assert.Empty(old.EmailsTo(Hr, MessageTemplates.HrMonthlySummary));
        await old.DriveUntilAsync(new DateTimeOffset(2026, 2, 26, 11, 30, 0, TimeSpan.Zero)); // a week before the 5 March meeting
        Assert.Single(old.EmailsTo(Hr, MessageTemplates.HrMonthlySummary));
    }

    [Fact]
    public async Task Cohort_PostingClosedByHr_Version2RunsToItsDeadlineVersion3SelectsAtOnce()
    {
        await using var second = await WorkflowHarness.CreateAsync();
        await using var current = await WorkflowHarness.CreateAsync();
        foreach (var (h, version) in new[] { (second, (TaskVersion?)Version2), (current, null) })
        {
            await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CohortOrchestrator),
                new CohortRequest("c", "mobility-ambassadors", Hr, "IT", []), new StartOrchestrationOptions("c") { Version = version });
            await h.Runtime.RunUntilIdleAsync();
            await h.AnswerAsync("c:apply:E005", Decisions.Apply);
            await h.RaiseAsync("c", CohortEvents.ClosePosting, new ClosePosting(Hr));
        }

        Assert.Equal("selection", (await current.StatusAsync("c"))!.Step);
        Assert.Equal(WorkflowHarness.T0, current.Pending("c:selection").CreatedAt);

        // Version 2 never waits for the event: its posting runs to the deadline, apply links open.
        Assert.Equal("posting", (await second.StatusAsync("c"))!.Step);
        Assert.DoesNotContain(second.Approvals.All, a => a.ApprovalId == "c:selection" || a.ClosedReason is not null);
        await second.DriveDaysAsync(14);
        Assert.Equal(WorkflowHarness.T0.AddDays(14), second.Pending("c:selection").CreatedAt);
    }

    [Fact]
    public async Task Journey_TermAnnounced_Version2NamesTheStartPlusTwelveMonthsVersion3TheDayTheCohortEndsIt()
    {
        var welcomes = new List<string>();
        foreach (var version in new[] { Version2, (TaskVersion?)null })
        {
            await using var h = await WorkflowHarness.CreateAsync();
            await OnboardOnlyAmbassadorAsync(h, version);
            welcomes.Add(Assert.Single(h.EmailsTo("E005", MessageTemplates.Welcome)).TextBody);
        }

        // The first meeting is Thursday 5 February 2026; the twelfth is on 7 January 2027, and the
        // cohort ends the term three weeks later (before the next invites), on 28 January.
        var da = MessageRenderer.CultureFor("da");
        var planned = new DateTime(2027, 2, 4).ToString("D", da);
        var kept = new DateTime(2027, 1, 28).ToString("D", da);
        Assert.Contains(planned, welcomes[0], StringComparison.Ordinal);
        Assert.DoesNotContain(kept, welcomes[0], StringComparison.Ordinal);
        Assert.Contains(kept, welcomes[1], StringComparison.Ordinal);
        Assert.DoesNotContain(planned, welcomes[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journey_ManagerRejectsWithAReason_Version1SendsTheMessageWithoutItVersion2PassesItOn()
    {
        var templates = new List<string?>();
        foreach (var version in new[] { Version1, new TaskVersion(OrchestrationVersions.Current) })
        {
            await using var h = await WorkflowHarness.CreateAsync();
            var journey = JourneyIds.For("c", "E010");
            await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(AmbassadorJourney),
                new JourneyInput("c", "E010", Hr, h.Catalog.Get("mobility-ambassadors"), WorkflowHarness.T0.UtcDateTime.AddDays(30)), new StartOrchestrationOptions(journey) { Version = version });
            await h.Runtime.RunUntilIdleAsync();

            await h.AnswerWithCommentAsync($"{journey}:manager-approval", Decisions.Reject, "Not during the year-end close.");

            templates.Add(Assert.Single(h.EmailsTo("E010")).Template);
        }

        Assert.Equal([MessageTemplates.ManagerDeclined, MessageTemplates.ManagerDeclinedWithReason], templates);
    }

    [Fact]
    public async Task Worker_InstanceNewerThanItself_LeavesItUntouchedForANewerWorker()
    {
        await using var h = await WorkflowHarness.CreateAsync();

        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CohortOrchestrator),
            new CohortRequest("next", "mobility-ambassadors", Hr, "IT", []), new StartOrchestrationOptions("next") { Version = new TaskVersion("99.0") });
        // Each try is abandoned and its message retried a second later; the fake clock stays put.
        await h.Runtime.RunUntilIdleAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await h.GetAsync("next")).RuntimeStatus);
        Assert.DoesNotContain(await h.Client.GetOrchestrationHistoryAsync("next"), e => e is TaskScheduledEvent or OrchestratorStartedEvent);
        Assert.Empty(h.Email.Sent);
    }

    /// <summary>A cohort "c" with one ambassador, E005, who has accepted the agreement.</summary>
    private static async Task OnboardOnlyAmbassadorAsync(WorkflowHarness h, TaskVersion? version)
    {
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CohortOrchestrator),
            new CohortRequest("c", "mobility-ambassadors", Hr, "IT", []), new StartOrchestrationOptions("c") { Version = version });
        await h.Runtime.RunUntilIdleAsync();
        await h.AnswerAsync("c:apply:E005", Decisions.Apply);
        await h.DriveDaysAsync(14);
        await h.AnswerAsync("c:selection", Decisions.Approve);
        var journey = JourneyIds.For("c", "E005");
        await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);
    }

    /// <summary>A cohort with one ambassador (E005) who steps down in the second month: the moment
    /// the journey ended, on the harness's clock.</summary>
    private static async Task<DateTimeOffset> StepDownOnlyAmbassadorAsync(WorkflowHarness h, TaskVersion? version)
    {
        await OnboardOnlyAmbassadorAsync(h, version);
        var journey = JourneyIds.For("c", "E005");
        await h.DriveDaysAsync(40);
        var endedAt = h.Now;
        await h.AnswerAsync($"{journey}:step-down", Decisions.StepDown);
        Assert.Equal(JourneyOutcome.SteppedDown, (await h.OutputAsync<JourneyResult>(journey)).Outcome);
        return endedAt;
    }

    internal static async Task<string> VersionOfAsync(WorkflowHarness h, string instanceId)
        => (await h.Client.GetOrchestrationHistoryAsync(instanceId)).OfType<ExecutionStartedEvent>().Single().Version;
}
