using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Workflows.Tests.Scenarios;

/// <summary>Single journeys started directly; the test plays the cohort (TermEnded) and the people.</summary>
public sealed class JourneyScenarioTests
{
    private const string Hr = "E002";
    private const string Ambassador = "E010"; // nl, Finance; manager E009 (fr)
    private const string Manager = "E009";
    private static readonly string Journey = JourneyIds.For("c2", Ambassador);

    private static async Task<WorkflowHarness> StartAsync()
    {
        var h = await WorkflowHarness.CreateAsync();
        var programme = h.Catalog.Get("mobility-ambassadors");
        await h.StartAsync(nameof(AmbassadorJourney), new JourneyInput("c2", Ambassador, Hr, programme, WorkflowHarness.T0.UtcDateTime.AddDays(30)), Journey);
        return h;
    }

    private static async Task<JourneyResult> ResultAsync(WorkflowHarness h)
    {
        await h.DriveToEndAsync();
        return await h.OutputAsync<JourneyResult>(Journey);
    }

    private static string DoneLink(string moduleId) => $"https://approvals.test/a/{Uri.EscapeDataString(JourneyIds.TrainingModule(Journey, moduleId))}";

    private static async Task OnboardAsync(WorkflowHarness h, bool completeTraining = true)
    {
        await h.AnswerAsync($"{Journey}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{Journey}:agreement", Decisions.Accept);
        if (completeTraining)
        {
            foreach (var module in h.Catalog.Get("mobility-ambassadors").Training)
            {
                await h.RaiseAsync(Journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module.Id, h.Now));
            }
        }
    }

    [Fact]
    public async Task Journey_ManagerRejects_EndsPolitelyInAmbassadorsLanguage()
    {
        await using var h = await StartAsync();
        var request = Assert.Single(h.EmailsTo(Manager, MessageTemplates.ManagerApprovalRequest));
        Assert.Equal("fr", request.Language);
        Assert.Contains("https://approvals.test/a/", request.TextBody, StringComparison.Ordinal);

        await h.AnswerAsync($"{Journey}:manager-approval", Decisions.Reject);

        var result = await ResultAsync(h);
        Assert.Equal(JourneyOutcome.ManagerDeclined, result.Outcome);
        Assert.Equal("nl", Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.ManagerDeclined)).Language);
        Assert.Empty(h.EmailsTo(Ambassador, MessageTemplates.AgreementRequest));
        Assert.Equal(Decisions.Reject, h.Pending($"{Journey}:manager-approval").Decision!.Decision);
    }

    [Fact]
    public async Task Journey_ManagerRejectsWithAReason_TheAmbassadorReadsItAndTheHistoryDoesNot()
    {
        const string reason = "Ons team draait in maart de jaarafsluiting; vraag het in het najaar opnieuw.";
        await using var h = await StartAsync();

        await h.AnswerWithCommentAsync($"{Journey}:manager-approval", Decisions.Reject, reason);

        Assert.Equal(JourneyOutcome.ManagerDeclined, (await ResultAsync(h)).Outcome);
        var declined = Assert.Single(h.EmailsTo(Ambassador));
        Assert.Equal((MessageTemplates.ManagerDeclinedWithReason, "nl"), (declined.Template, declined.Language));
        Assert.Contains($"‘{reason}’", declined.TextBody, StringComparison.Ordinal);
        Assert.Contains("Julie Lambert", declined.TextBody, StringComparison.Ordinal);
        // The comment stays in the approval store, which erasure scrubs; the history only names the approval.
        Assert.DoesNotContain("jaarafsluiting", await h.HistoryTextAsync(Journey), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journey_ManagerRejectsWithABlankReason_GetsTheMessageWithoutOne()
    {
        await using var h = await StartAsync();

        await h.AnswerWithCommentAsync($"{Journey}:manager-approval", Decisions.Reject, "   ");

        await ResultAsync(h);
        Assert.Equal(MessageTemplates.ManagerDeclined, Assert.Single(h.EmailsTo(Ambassador)).Template);
    }

    [Fact]
    public async Task Journey_ManagerSilent_RemindsThenEscalatesToHrThenTimesOut()
    {
        await using var h = await StartAsync();
        await h.DriveDaysAsync(2.9);
        Assert.Empty(h.EmailsTo(Manager, MessageTemplates.Reminder));

        await h.DriveDaysAsync(0.2);
        Assert.Single(h.EmailsTo(Manager, MessageTemplates.Reminder));
        Assert.Empty(h.EmailsTo(Hr, MessageTemplates.ManagerApprovalEscalation));

        await h.DriveDaysAsync(4);
        Assert.Single(h.EmailsTo(Hr, MessageTemplates.ManagerApprovalEscalation));
        Assert.Contains($"hr:{Hr}", (await h.StatusAsync(Journey))!.WaitingOn, StringComparison.Ordinal);

        var result = await ResultAsync(h);
        Assert.Equal(JourneyOutcome.NotApprovedInTime, result.Outcome);
        var notice = Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.NotApprovedInTime));
        Assert.Equal(h.Directory[Manager].Email, Assert.Single(notice.Cc).Address);
        var hrNotice = Assert.Single(h.EmailsTo(Hr, MessageTemplates.NotApprovedInTimeNotice));
        Assert.Contains(h.Directory[Ambassador].DisplayName, hrNotice.TextBody, StringComparison.Ordinal);
        Assert.Contains(h.Directory[Manager].DisplayName, hrNotice.TextBody, StringComparison.Ordinal);
        Assert.NotNull(h.Pending($"{Journey}:manager-approval").ClosedReason);
        Assert.NotNull(h.Pending($"{Journey}:manager-approval-hr").ClosedReason);
        Assert.Equal("ended", (await h.StatusAsync(Journey))!.Step);
    }

    [Fact]
    public async Task Journey_AgreementDeclined_EndsWithThanksAndNoTraining()
    {
        await using var h = await StartAsync();
        await h.AnswerAsync($"{Journey}:manager-approval", Decisions.Approve);
        var agreement = Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.AgreementRequest));
        Assert.Contains("mobility-ambassadors@v2", agreement.TextBody, StringComparison.Ordinal);

        await h.AnswerAsync($"{Journey}:agreement", Decisions.Decline);

        var result = await ResultAsync(h);
        Assert.Equal(JourneyOutcome.AgreementDeclined, result.Outcome);
        Assert.Null(result.AgreementVersion);
        Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.AgreementDeclined));
        Assert.Empty(h.EmailsTo(Ambassador, MessageTemplates.TrainingAssigned));
    }

    [Fact]
    public async Task Journey_TrainingOverdue_RemindsThenEscalatesToHrAndContinues()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h, completeTraining: false);
        await h.RaiseAsync(Journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted("mobility-basics", h.Now));

        await h.DriveDaysAsync(31);

        Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.TrainingReminder));
        var overdue = Assert.Single(h.EmailsTo(Hr, MessageTemplates.TrainingOverdue));
        Assert.Equal("fr", overdue.Language);
        Assert.Contains("Notre politique et budget de mobilité", overdue.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Mobilité durable : les bases", overdue.TextBody, StringComparison.Ordinal);
        var progress = h.Progress.Get("c2", Ambassador)!;
        Assert.True(progress.Training!.Overdue);
        Assert.Equal(AmbassadorStep.Active, progress.Step);
    }

    [Fact]
    public async Task Journey_TrainingDoneThroughItsLinks_MovesToTheActiveTerm()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h, completeTraining: false);
        var modules = h.Catalog.Get("mobility-ambassadors").Training;

        // One email, in the ambassador's language, with the course and a "Done" link per module.
        var assigned = Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.TrainingAssigned));
        Assert.Equal("nl", assigned.Language);
        foreach (var module in modules)
        {
            var link = h.Pending(JourneyIds.TrainingModule(Journey, module.Id));
            Assert.Equal((Ambassador, SendTrainingLinks.Kind, JourneyEvents.TrainingModuleDone), (link.AssigneeId, link.Kind, link.EventName));
            Assert.Equal([Decisions.Done], link.Options);
            Assert.Contains($"{module.Title.In("nl")} (", assigned.TextBody, StringComparison.Ordinal);
            Assert.Contains($"Open de module: {module.Link.AbsoluteUri}", assigned.TextBody, StringComparison.Ordinal);
            Assert.Contains($"Klaar: {DoneLink(module.Id)}", assigned.TextBody, StringComparison.Ordinal);
            Assert.Contains($"href=\"{DoneLink(module.Id)}\"", assigned.HtmlBody, StringComparison.Ordinal);
        }

        foreach (var module in modules)
        {
            Assert.Equal("training", (await h.StatusAsync(Journey))!.Step);
            await h.DriveDaysAsync(2);
            await h.AnswerAsync(JourneyIds.TrainingModule(Journey, module.Id), Decisions.Done);
        }

        Assert.Equal("active-term-1", (await h.StatusAsync(Journey))!.Step);
        var progress = h.Progress.Get("c2", Ambassador)!;
        Assert.Equal(AmbassadorStep.Active, progress.Step);
        Assert.Equal(modules.Select(m => m.Id), progress.Training!.CompletedModuleIds);
        Assert.False(progress.Training.Overdue);
        Assert.Empty(h.EmailsTo(Ambassador, MessageTemplates.TrainingReminder));
        Assert.DoesNotContain(await h.Approvals.ListPendingAsync(Journey + ":"), a => a.Kind == SendTrainingLinks.Kind);
    }

    [Fact]
    public async Task Journey_TrainingByPlatformAndLinksAfterTheDeadline_StillCountsAndClosesUnusedLinks()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h, completeTraining: false);
        var modules = h.Catalog.Get("mobility-ambassadors").Training;
        await h.RaiseAsync(Journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(modules[0].Id, h.Now));
        await h.AnswerAsync(JourneyIds.TrainingModule(Journey, modules[1].Id), Decisions.Done);

        await h.DriveDaysAsync(26);

        // The reminder links the open module only, with the same link as the assignment.
        var reminder = Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.TrainingReminder));
        Assert.Contains($"Klaar: {DoneLink(modules[2].Id)}", reminder.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(DoneLink(modules[0].Id), reminder.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(DoneLink(modules[1].Id), reminder.TextBody, StringComparison.Ordinal);
        await h.DriveDaysAsync(5);
        Assert.Single(h.EmailsTo(Hr, MessageTemplates.TrainingOverdue));
        Assert.True(h.Progress.Get("c2", Ambassador)!.Training!.Overdue);

        // A late "Done" in the active term still completes the training.
        await h.AnswerAsync(JourneyIds.TrainingModule(Journey, modules[2].Id), Decisions.Done);

        var training = h.Progress.Get("c2", Ambassador)!.Training!;
        Assert.Equal(3, training.CompletedModuleIds.Count);
        Assert.False(training.Overdue);
        Assert.NotNull(h.Pending(JourneyIds.TrainingModule(Journey, modules[0].Id)).ClosedReason); // reported by the platform, never clicked
        Assert.Equal("active-term-1", (await h.StatusAsync(Journey))!.Step);
    }

    [Fact]
    public async Task Journey_StepsDownInMonthFive_EndsWithThanksToAmbassadorAndManager()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h);
        Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.Welcome));
        await h.DriveDaysAsync(150);

        await h.AnswerAsync($"{Journey}:step-down", Decisions.StepDown);

        var result = await ResultAsync(h);
        Assert.Equal(JourneyOutcome.SteppedDown, result.Outcome);
        var thanks = Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.SteppedDownThanks));
        Assert.Equal(h.Directory[Manager].Email, Assert.Single(thanks.Cc).Address);
        Assert.Equal(nameof(JourneyOutcome.SteppedDown), h.Progress.Get("c2", Ambassador)!.Outcome);

        // The manager and HR each get a note of their own, in their own language, naming the ambassador.
        foreach (var person in new[] { Manager, Hr })
        {
            var notice = Assert.Single(h.EmailsTo(person, MessageTemplates.SteppedDownNotice));
            Assert.Equal(h.Directory[person].PreferredLanguage, notice.Language);
            Assert.Contains(h.Directory[Ambassador].DisplayName, notice.Subject, StringComparison.Ordinal);
            Assert.Contains("a mis fin à son engagement", notice.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Journey_LeftCompanyDuringTraining_EndsAndTellsHr()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h, completeTraining: false);
        await h.DriveDaysAsync(5);

        await h.RaiseAsync(Journey, JourneyEvents.LeftCompany, new LeftCompany("resigned"));

        var result = await ResultAsync(h);
        Assert.Equal(JourneyOutcome.LeftCompany, result.Outcome);
        Assert.Single(h.EmailsTo(Hr, MessageTemplates.LeftCompanyNotice));
        Assert.Empty(h.EmailsTo(Ambassador, MessageTemplates.TrainingReminder));
        Assert.Empty(await h.Approvals.ListPendingAsync(Journey + ":"));
        Assert.NotNull(h.Progress.Get("c2", Ambassador)!.EraseAfter);
    }

    [Fact]
    public async Task Journey_RenewalApproved_ServesSecondTermThenWithdraws()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h);
        await h.DriveDaysAsync(365);
        await h.RaiseAsync(Journey, JourneyEvents.TermEnded, new TermEnded(1, h.Now.UtcDateTime));

        await h.AnswerAsync($"{Journey}:renewal-wish", Decisions.Renew);
        await h.AnswerAsync($"{Journey}:renewal-hr", Decisions.Approve);
        Assert.Empty(h.EmailsTo(Ambassador, MessageTemplates.RenewalConfirmed));
        await h.AnswerAsync($"{Journey}:renewal-manager", Decisions.Approve);
        Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.RenewalConfirmed));
        Assert.Equal(2, h.Progress.Get("c2", Ambassador)!.Term);

        await h.DriveDaysAsync(365);
        await h.RaiseAsync(Journey, JourneyEvents.TermEnded, new TermEnded(2, h.Now.UtcDateTime));
        Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.RenewalWishRequest)); // max terms reached: no second ask

        var result = await ResultAsync(h);
        Assert.Equal(JourneyOutcome.Withdrawn, result.Outcome);
        Assert.Equal(2, result.TermsServed);
        Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.WithdrawalThanks));
    }

    [Fact]
    public async Task Journey_RenewalRefusedByHr_WithdrawsAfterOneTerm()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h);
        await h.DriveDaysAsync(365);
        await h.RaiseAsync(Journey, JourneyEvents.TermEnded, new TermEnded(1, h.Now.UtcDateTime));
        await h.AnswerAsync($"{Journey}:renewal-wish", Decisions.Renew);

        await h.AnswerAsync($"{Journey}:renewal-hr", Decisions.Reject);

        var result = await ResultAsync(h);
        Assert.Equal(JourneyOutcome.Withdrawn, result.Outcome);
        Assert.Equal(1, result.TermsServed);
        Assert.Empty(h.EmailsTo(Ambassador, MessageTemplates.RenewalConfirmed));
        Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.WithdrawalThanks));
        Assert.NotNull(h.Pending($"{Journey}:renewal-manager").ClosedReason);
        Assert.Equal(nameof(JourneyOutcome.Withdrawn), h.Progress.Get("c2", Ambassador)!.Outcome);
    }

    [Fact]
    public async Task Journey_LeftCompanyInTheSameTurnAsTheManagersApproval_SendsNoAgreementRequestAndEndsLeftCompany()
    {
        await using var h = await StartAsync();

        // Both events land in one turn: the approval starts the agreement step (its first activity is
        // in flight) when the departure cancels the steps.
        await h.InOneTurnAsync(Journey, async () =>
        {
            await h.DecideAsync($"{Journey}:manager-approval", Decisions.Approve);
            await h.Client.RaiseEventAsync(Journey, JourneyEvents.LeftCompany, new LeftCompany("resigned"));
        });

        var result = await ResultAsync(h);
        Assert.Equal(JourneyOutcome.LeftCompany, result.Outcome);
        Assert.Contains(h.Approvals.Audit, a => a.InstanceId == Journey && a.Action == $"step {AmbassadorStep.Agreement}"); // the step had begun
        Assert.Empty(h.EmailsTo(Ambassador, MessageTemplates.AgreementRequest));
        Assert.DoesNotContain(h.Approvals.All, a => a.ApprovalId == $"{Journey}:agreement");
        Assert.Single(h.EmailsTo(Hr, MessageTemplates.LeftCompanyNotice));
        Assert.Equal(nameof(JourneyOutcome.LeftCompany), h.Progress.Get("c2", Ambassador)!.Outcome);
        Assert.Equal("ended", (await h.StatusAsync(Journey))!.Step);
    }

    [Fact]
    public async Task Journey_AnswerToAnotherApprovalOnTheSameEvent_IsIgnoredAndTheStepKeepsWaiting()
    {
        await using var h = await StartAsync();

        // An approval of another journey's manager step, raised on this journey (by hand, or a stale delivery).
        var stray = new HumanResponse($"{JourneyIds.For("c2", "E005")}:manager-approval", "E004", Decisions.Approve, h.Now);
        await h.RaiseAsync(Journey, JourneyEvents.ManagerDecision, stray);

        Assert.Empty(h.EmailsTo(Ambassador, MessageTemplates.AgreementRequest));
        Assert.Equal(("manager-approval", $"manager:{Manager}"), ((await h.StatusAsync(Journey))!.Step, (await h.StatusAsync(Journey))!.WaitingOn));
        Assert.Null(h.Pending($"{Journey}:manager-approval").ClosedReason);

        await h.AnswerAsync($"{Journey}:manager-approval", Decisions.Reject);

        var result = await ResultAsync(h);
        Assert.Equal(JourneyOutcome.ManagerDeclined, result.Outcome);
    }

    [Fact]
    public async Task Journey_CheckInWithUnreadableHours_IsRecordedAsInvalidAndTheTermGoesOn()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h);
        await h.DriveDaysAsync(40);
        var checkIn = JourneyIds.CheckIn(Journey, 1);
        await h.Approvals.CreateAsync(new PendingApproval(checkIn, Journey, JourneyEvents.MonthlyCheckIn, "monthly-check-in", Ambassador, h.Directory[Ambassador].Email,
            [Decisions.Submit], h.Now, h.Now.AddDays(28))
        {
            DetailsJson = WorkflowJson.Serialize(new CheckInDetails(1, h.Now.UtcDateTime)),
        });

        await h.AnswerAsync(checkIn, Decisions.Submit, new { attendedMeeting = true, hoursSpent = "a few", successes = "Bike week" });

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await h.GetAsync(Journey)).RuntimeStatus);
        var recorded = Assert.Single(h.Progress.Get("c2", Ambassador)!.CheckIns);
        Assert.Equal((1, true, 0d, "Bike week"), (recorded.Month, recorded.AttendedMeeting, recorded.HoursSpent, recorded.Successes));
        Assert.True(recorded.HoursInvalid);
        Assert.Contains(h.Approvals.Audit, a => a.InstanceId == Journey && a.Action == "check-in with invalid fields" && a.Details!.Contains("hoursSpent", StringComparison.Ordinal));

        await h.RaiseAsync(Journey, JourneyEvents.TermEnded, new TermEnded(1, h.Now.UtcDateTime));
        Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.RenewalWishRequest));
    }

    [Fact]
    public async Task Journey_CheckInAnsweredAfterTheTermEnded_IsRecordedWhenTheRenewedTermStarts()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h);
        await h.DriveDaysAsync(365);
        await h.RaiseAsync(Journey, JourneyEvents.TermEnded, new TermEnded(1, h.Now.UtcDateTime));

        // The last month's link outlives the term by a week: answered while the renewal is open, it
        // counts once the next term starts (the journey's check-in wait spans the terms).
        var checkIn = JourneyIds.CheckIn(Journey, 12);
        await h.Approvals.CreateAsync(new PendingApproval(checkIn, Journey, JourneyEvents.MonthlyCheckIn, "monthly-check-in", Ambassador, h.Directory[Ambassador].Email,
            [Decisions.Submit], h.Now, h.Now.AddDays(7))
        {
            DetailsJson = WorkflowJson.Serialize(new CheckInDetails(12, h.Now.UtcDateTime)),
        });
        await h.AnswerAsync(checkIn, Decisions.Submit, new CheckInForm(true, 3, "Late but there"));
        Assert.Empty(h.Progress.Get("c2", Ambassador)!.CheckIns);

        await h.AnswerAsync($"{Journey}:renewal-wish", Decisions.Renew);
        await h.AnswerAsync($"{Journey}:renewal-hr", Decisions.Approve);
        await h.AnswerAsync($"{Journey}:renewal-manager", Decisions.Approve);

        var recorded = Assert.Single(h.Progress.Get("c2", Ambassador)!.CheckIns);
        Assert.Equal((12, "Late but there"), (recorded.Month, recorded.Successes));
        Assert.Equal("active-term-2", (await h.StatusAsync(Journey))!.Step);
    }

    [Fact]
    public async Task Journey_CheckInGivenWhileStillInTraining_IsRecordedAtOnce()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h, completeTraining: false);
        Assert.Equal("training", (await h.StatusAsync(Journey))!.Step);

        // Month 1's meeting came before the modules were done: the check-in counts for that month now.
        var checkIn = JourneyIds.CheckIn(Journey, 1);
        await h.Approvals.CreateAsync(new PendingApproval(checkIn, Journey, JourneyEvents.MonthlyCheckIn, "monthly-check-in", Ambassador, h.Directory[Ambassador].Email,
            [Decisions.Submit], h.Now, h.Now.AddDays(21))
        {
            DetailsJson = WorkflowJson.Serialize(new CheckInDetails(1, h.Now.UtcDateTime)),
        });
        await h.AnswerAsync(checkIn, Decisions.Submit, new CheckInForm(true, 2, "First meeting"));

        var progress = h.Progress.Get("c2", Ambassador)!;
        Assert.Equal(AmbassadorStep.Training, progress.Step);
        var recorded = Assert.Single(progress.CheckIns);
        Assert.Equal((1, true, 2.0), (recorded.Month, recorded.AttendedMeeting, recorded.HoursSpent));

        // Training goes on as before, and the check-in is not recorded a second time in the term.
        foreach (var module in h.Catalog.Get("mobility-ambassadors").Training)
        {
            await h.RaiseAsync(Journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module.Id, h.Now));
        }

        Assert.Equal("active-term-1", (await h.StatusAsync(Journey))!.Step);
        Assert.Single(h.Progress.Get("c2", Ambassador)!.CheckIns);
    }

    [Fact]
    public async Task Journey_AgreementAccepted_WelcomeCarriesTheWholeAgreementInTheAmbassadorsLanguage()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h);

        var welcome = Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.Welcome));
        var programme = h.Catalog.Get("mobility-ambassadors");
        Assert.Contains($"Jouw afspraken ({programme.AgreementVersion}), om te bewaren", welcome.TextBody, StringComparison.Ordinal);
        foreach (var task in programme.TaskPlan)
        {
            Assert.Contains("- " + task.In("nl"), welcome.TextBody, StringComparison.Ordinal);
        }

        Assert.Contains($"- Tijd: {programme.TimeBudgetHoursPerMonth} uur per maand", welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains($"nog {programme.RetentionDaysAfterWithdrawal} dagen", welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains("je kunt op elk moment stoppen, zonder reden", welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains(programme.Training[0].Title.In("nl"), welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains("<li>", welcome.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("nl", welcome.Language);
    }

    [Fact]
    public async Task Journey_TermEndedByTheCohort_RenewalQuestionNamesTheDayItEnded()
    {
        await using var h = await StartAsync();
        await OnboardAsync(h);
        var welcome = Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.Welcome));
        var nl = MessageRenderer.CultureFor("nl");
        var termStart = WorkflowHarness.T0.UtcDateTime.AddDays(30);
        Assert.Contains(termStart.AddMonths(12).AddDays(-1).ToString("D", nl), welcome.TextBody, StringComparison.Ordinal); // the last day, inclusive

        // The cohort ends the term after its last meeting's check-ins, before the planned date.
        await h.DriveDaysAsync(350);
        var endedAt = h.Now.UtcDateTime;
        await h.RaiseAsync(Journey, JourneyEvents.TermEnded, new TermEnded(1, endedAt));

        var wish = Assert.Single(h.EmailsTo(Ambassador, MessageTemplates.RenewalWishRequest));
        Assert.Contains(endedAt.ToString("D", nl), wish.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(termStart.AddMonths(12).AddDays(-1).ToString("D", nl), wish.TextBody, StringComparison.Ordinal);
    }
}
