using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask.Client;
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
        await using var h = await WorkflowHarness.CreateAsync();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("c1", "mobility-ambassadors", Hr, "IT", ["E017"]), "c1");

        // The posting reaches the audience (IT) and the nominee, each in their own language.
        Assert.Equal(5, h.Email.WithTemplate(MessageTemplates.PostingAnnouncement).Count);
        var invitation = Assert.Single(h.EmailsTo("E017", MessageTemplates.PostingInvitation));
        Assert.Equal("fr", invitation.Language);
        Assert.Equal("da", h.EmailsTo("E005", MessageTemplates.PostingAnnouncement).Single().Language);

        await h.AnswerAsync("c1:apply:E005", Decisions.Apply);
        var sentBefore = h.Email.Sent.Count;
        await h.AnswerAsync("c1:apply:E005", Decisions.Apply); // a second click: the page answers "already decided"
        await h.RaiseAnswerAgainAsync("c1:apply:E005"); // and the event once more, as a redelivery: the cohort's own guard
        Assert.Equal(sentBefore, h.Email.Sent.Count);
        Assert.Equal("posting", (await h.StatusAsync("c1"))!.Step);
        await h.DriveDaysAsync(14);
        var selection = h.Pending("c1:selection");
        Assert.Equal(Hr, selection.AssigneeId);
        Assert.Contains(h.Directory["E005"].DisplayName, Assert.Single(h.EmailsTo(Hr, MessageTemplates.SelectionRequest)).TextBody, StringComparison.Ordinal);
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
        Assert.Equal(1, result.Candidates); // the repeated application did not count twice
        var ended = Assert.Single(result.Journeys);
        Assert.Equal(JourneyOutcome.Withdrawn, ended.Outcome);
        Assert.Equal("mobility-ambassadors@v2", ended.AgreementVersion);
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

        // The meetings went into the calendar once, with the ambassador serving at the first meeting;
        // month 13 (renewal pending, nobody serving) came out, then the rest once the journey ended.
        var series = Assert.Single(h.Calendar.Series.Values);
        Assert.Equal("c1:meetings", series.SeriesId);
        Assert.Equal(h.Directory[Hr].Email, series.Organizer.Address);
        Assert.Equal(h.Directory["E005"].Email, Assert.Single(series.Attendees).Address);
        Assert.Equal((DayOfWeek.Thursday, 1, 24), (series.DayOfWeek, series.WeekOfMonth, series.Occurrences));
        Assert.Equal(["schedule c1:meetings", "cancel c1:meetings 2027-02-04", "cancel c1:meetings"], h.Calendar.Calls);

        // The cohort outlives each ambassador's retention (only the journey is purged at erasure), so
        // its history names nobody: ids only, with names looked up when an email is composed.
        var cohortHistory = await h.HistoryTextAsync("c1");
        Assert.Contains("E005", cohortHistory, StringComparison.Ordinal);
        foreach (var person in new[] { "E005", "E004", "E017" })
        {
            Assert.DoesNotContain(h.Directory[person].DisplayName, cohortHistory, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(h.Directory[person].Email, cohortHistory, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Bike week went well", cohortHistory, StringComparison.Ordinal);
        Assert.Contains("Bike week went well", await h.HistoryTextAsync(journey), StringComparison.Ordinal); // the probe can see text

        var actions = await h.CountActionsAsync(journey);
        _output.WriteLine($"Durable actions of a 12-month happy-path journey: {actions}; of its cohort: {await h.CountActionsAsync("c1")}"
            + $" (timers, chained every {new LocalRuntimeOptions().MaximumTimerInterval.TotalDays} days at most: {await h.CountTimersAsync(journey)} and {await h.CountTimersAsync("c1")})");
        Assert.InRange(actions, 20, 150);
    }

    [Fact]
    public async Task Cohort_PostingDeadlineFromHr_ClosesApplicationsAtTheEndOfThatDay()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        // 30 days, where the programme's own window is 14.
        var lastDay = DateOnly.FromDateTime(h.Now.UtcDateTime).AddDays(30);
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("c3", "mobility-ambassadors", Hr, "IT", ["E017"], PostingDeadline: lastDay), "c3");
        var closesAt = new DateTimeOffset(2026, 2, 4, 23, 0, 0, TimeSpan.Zero); // midnight after 4 February in Brussels (UTC+1)
        Assert.Equal(closesAt, h.Pending("c3:apply:E017").ExpiresAt);
        Assert.Contains("4 février 2026", h.EmailsTo("E017", MessageTemplates.PostingInvitation).Single().TextBody, StringComparison.Ordinal);

        await h.AnswerAsync("c3:apply:E005", Decisions.Apply);
        await h.DriveUntilAsync(closesAt.AddMinutes(-1));
        Assert.DoesNotContain(h.Approvals.All, a => a.ApprovalId == "c3:selection");
        Assert.Equal("posting", (await h.StatusAsync("c3"))!.Step);
        await h.AnswerAsync("c3:apply:E017", Decisions.Apply); // the last evening still counts

        await h.DriveUntilAsync(closesAt);

        var selection = h.Pending("c3:selection");
        Assert.Equal(closesAt, selection.CreatedAt);
        Assert.Contains("\"E005\"", selection.DetailsJson, StringComparison.Ordinal);
        Assert.Contains("\"E017\"", selection.DetailsJson, StringComparison.Ordinal);
        Assert.Equal("selection", (await h.StatusAsync("c3"))!.Step);
    }

    [Fact]
    public async Task Cohort_CalendarDown_RetriesThenHoldsTheMeetingsWithIcsInvitesAlone()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        h.Calendar.Down = true;
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("c4", "mobility-ambassadors", Hr, "IT", []), "c4");
        await h.AnswerAsync("c4:apply:E005", Decisions.Apply);
        await h.DriveDaysAsync(14);
        await h.AnswerAsync("c4:selection", Decisions.Approve);
        var journey = JourneyIds.For("c4", "E005");
        await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);

        await h.DriveDaysAsync(75);

        Assert.Equal(3, h.Calendar.Calls.Count); // the retry policy's three attempts, once
        Assert.Empty(h.Calendar.Series);
        Assert.All(h.EmailsTo("E005", MessageTemplates.MeetingInvite), m => Assert.Single(m.Attachments));
        Assert.True(h.EmailsTo("E005", MessageTemplates.MeetingInvite).Count >= 2);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync("c4")).RuntimeStatus);
    }

    [Fact]
    public async Task Cohort_SelectionApprovedTwelveDaysAfterTheDeadline_HoldsMeetingsEndsTheTermAndCompletes()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("c5", "mobility-ambassadors", Hr, "IT", []), "c5");
        await h.AnswerAsync("c5:apply:E005", Decisions.Apply);
        await h.DriveDaysAsync(14);
        Assert.Equal("selection", (await h.StatusAsync("c5"))!.Step);

        // Within the 14-day selection timeout, but after the first invites were due (29 January,
        // a week before the 5 February meeting): they go out in the very turn the journey starts.
        await h.DriveDaysAsync(12);
        Assert.True(h.Now > new DateTimeOffset(2026, 1, 29, 11, 30, 0, TimeSpan.Zero));
        await h.AnswerAsync("c5:selection", Decisions.Approve);

        var journey = JourneyIds.For("c5", "E005");
        await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);
        foreach (var module in new[] { "mobility-basics", "our-mobility-policy", "talking-to-colleagues" })
        {
            await h.RaiseAsync(journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module, h.Now));
        }

        var checkIns = await LiveThroughTermAsync(h, new CheckInForm(true, 3, "Bike week"));
        await h.AnswerAsync($"{journey}:renewal-wish", Decisions.StepBack);
        await h.AnswerAsync($"{journey}:offboarding-feedback", Decisions.Submit);
        await h.DriveToEndAsync();

        var result = await h.OutputAsync<CohortResult>("c5");
        Assert.Equal(CohortOutcome.Completed, result.Outcome);
        Assert.Equal(JourneyOutcome.Withdrawn, Assert.Single(result.Journeys).Outcome);
        Assert.Equal(11, checkIns);
        Assert.Equal(11, result.MeetingsHeld); // nobody served yet when the first invites went out
        Assert.Equal(11, h.EmailsTo("E005", MessageTemplates.MeetingInvite).Count);
        Assert.Single(h.EmailsTo(Hr, MessageTemplates.CohortClosed));
    }

    [Fact]
    public async Task Cohort_AmbassadorRemovedFromTheDirectoryMidTerm_StillGetsTermEndedAndTheCohortCompletes()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("c6", "mobility-ambassadors", Hr, "IT", ["E017"]), "c6");
        await h.AnswerAsync("c6:apply:E005", Decisions.Apply);
        await h.AnswerAsync("c6:apply:E017", Decisions.Apply);
        await h.DriveDaysAsync(14);
        await h.AnswerAsync("c6:selection", Decisions.Approve);
        foreach (var id in new[] { "E005", "E017" })
        {
            var journey = JourneyIds.For("c6", id);
            await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
            await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);
            foreach (var module in new[] { "mobility-basics", "our-mobility-policy", "talking-to-colleagues" })
            {
                await h.RaiseAsync(journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module, h.Now));
            }
        }

        await h.DriveDaysAsync(150);
        var removed = h.Directory["E017"].Email;
        var invitesBefore = h.Email.To(removed).Count(m => m.Template == MessageTemplates.MeetingInvite);
        h.Directory.Remove("E017"); // no more invites or check-in requests for E017; the journey still serves

        await LiveThroughTermAsync(h, new CheckInForm(true, 3));
        await h.AnswerAsync($"{JourneyIds.For("c6", "E005")}:renewal-wish", Decisions.StepBack);
        await h.DriveToEndAsync();

        Assert.Equal(invitesBefore, h.Email.To(removed).Count(m => m.Template == MessageTemplates.MeetingInvite));
        Assert.Single(h.Email.To(removed), m => m.Template == MessageTemplates.RenewalWishRequest); // the term did end for E017
        var result = await h.OutputAsync<CohortResult>("c6");
        Assert.Equal(CohortOutcome.Completed, result.Outcome);
        Assert.Equal(2, result.Journeys.Count);
        Assert.All(result.Journeys, j => Assert.Equal((JourneyOutcome.Withdrawn, 1), (j.Outcome, j.TermsServed)));
    }

    [Fact]
    public async Task Cohort_SelectionApprovedWithNobodyTicked_StartsNoJourneyAndTellsHrTheCohortDidNotStart()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("c8", "mobility-ambassadors", Hr, "IT", ["E017"]), "c8");
        await h.AnswerAsync("c8:apply:E005", Decisions.Apply);
        await h.AnswerAsync("c8:apply:E017", Decisions.Apply);
        await h.DriveDaysAsync(14);

        // What the selection page records when HR unticks every candidate and approves.
        await h.AnswerWithDataAsync("c8:selection", Decisions.Approve, "{\"selectedEmployeeIds\": []}");

        var result = await h.OutputAsync<CohortResult>("c8");
        Assert.Equal(CohortOutcome.NoAmbassadorsSelected, result.Outcome);
        Assert.Equal(2, result.Candidates);
        Assert.Empty(result.Journeys);
        Assert.Empty(h.Email.WithTemplate(MessageTemplates.ApplicationSelected));
        Assert.DoesNotContain(h.Approvals.All, a => a.InstanceId.StartsWith(JourneyIds.For("c8", string.Empty), StringComparison.Ordinal));
        Assert.Single(h.EmailsTo("E005", MessageTemplates.ApplicationNotSelected));
        Assert.Single(h.EmailsTo("E017", MessageTemplates.ApplicationNotSelected));
        var notice = Assert.Single(h.EmailsTo(Hr, MessageTemplates.CohortCancelled));
        Assert.Contains("no ambassadors selected", notice.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cohort_SelectionAnswerWithUnreadableData_AuditsItAndAsksHrAgain()
    {
        await using var h = await WorkflowHarness.CreateAsync();
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("c7", "mobility-ambassadors", Hr, "IT", ["E017"]), "c7");
        await h.AnswerAsync("c7:apply:E005", Decisions.Apply);
        await h.AnswerAsync("c7:apply:E017", Decisions.Apply);
        await h.DriveDaysAsync(14);

        await h.AnswerWithDataAsync("c7:selection", Decisions.Approve, "{\"selectedEmployeeIds\": \"E017\"}");

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync("c7")).RuntimeStatus);
        var audit = Assert.Single(h.Approvals.Audit, a => a.InstanceId == "c7" && a.Action == "unreadable answer");
        Assert.Contains("c7:selection by E002", audit.Details, StringComparison.Ordinal);
        Assert.Empty(h.Email.WithTemplate(MessageTemplates.ApplicationSelected)); // nobody guessed in
        Assert.Equal(2, h.EmailsTo(Hr, MessageTemplates.SelectionRequest).Count);
        Assert.Equal(("selection", $"hr:{Hr}"), ((await h.StatusAsync("c7"))!.Step, (await h.StatusAsync("c7"))!.WaitingOn));

        await h.AnswerAsync("c7:selection:2", Decisions.Approve, new SelectionForm(["E017"]));

        Assert.Single(h.EmailsTo("E017", MessageTemplates.ApplicationSelected));
        Assert.Empty(h.EmailsTo("E005", MessageTemplates.ApplicationSelected));
        Assert.Equal(JourneyIds.For("c7", "E017"), h.Pending($"{JourneyIds.For("c7", "E017")}:manager-approval").InstanceId);
        Assert.DoesNotContain(h.Approvals.All, a => a.InstanceId == JourneyIds.For("c7", "E005"));
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
