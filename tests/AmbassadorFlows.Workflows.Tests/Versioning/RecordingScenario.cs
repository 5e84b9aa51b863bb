using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Tests.Scenarios;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Tests.Versioning;

/// <summary>
/// One cohort of the mobility programme (Operations, E017 nominated) through its whole term, with
/// every kind of step the orchestrators have: repeated application, a nomination during the
/// posting, a selection reminder, an unreadable selection answer asked again, an applicant not
/// selected; manager approvals that are given, reminded, escalated to HR, declined and timed out;
/// agreements accepted, reminded, declined and never answered; training by link, by the learning
/// platform, reminded, overdue and completed late; monthly check-ins, one given still in training; a step-down in month 3 and a
/// departure in month 5; renewal wished and refused by HR, renewal declined; offboarding feedback
/// given and not given; the meeting series cancelled when nobody serves any more.
/// </summary>
internal static class RecordingScenario
{
    public static readonly string[] Outcomes =
    [
        "E014 AgreementNotAnswered", "E015 Withdrawn", "E016 SteppedDown", "E017 NotApprovedInTime",
        "E018 ManagerDeclined", "E019 AgreementDeclined", "E020 LeftCompany", "E045 Withdrawn",
    ];

    private static readonly string[] Modules = ["mobility-basics", "our-mobility-policy", "talking-to-colleagues"];

    /// <param name="snapshot">Called at named moments while the cohort runs (the histories of running instances).</param>
    public static async Task PlayAsync(WorkflowHarness h, string cohort, string hr, Func<string, Task> snapshot, TaskVersion? version = null)
    {
        string J(string employee) => JourneyIds.For(cohort, employee);

        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CohortOrchestrator),
            new CohortRequest(cohort, "mobility-ambassadors", hr, "Operations", ["E017"]),
            new StartOrchestrationOptions(cohort) { Version = version });
        await h.Runtime.RunUntilIdleAsync();

        // Posting: applications (one twice, and its event raised again), a nomination and its application.
        foreach (var applicant in new[] { "E015", "E016", "E017", "E018" })
        {
            await h.AnswerAsync($"{cohort}:apply:{applicant}", Decisions.Apply);
        }

        await h.RaiseAnswerAgainAsync($"{cohort}:apply:E015");
        await h.RaiseAsync(cohort, CohortEvents.Nomination, new Nomination("E005", "E004"));
        await h.DriveDaysAsync(2);
        foreach (var applicant in new[] { "E005", "E019", "E020", "E045", "E014" })
        {
            await h.AnswerAsync($"{cohort}:apply:{applicant}", Decisions.Apply);
        }

        await snapshot("posting");

        // Selection: HR is reminded, answers with an unreadable list, is asked again, leaves E005 out.
        await h.DriveDaysAsync(12.1);
        await h.DriveDaysAsync(3.1);
        await h.AnswerWithDataAsync($"{cohort}:selection", Decisions.Approve, "{\"selectedEmployeeIds\": \"E015\"}");
        await h.AnswerAsync($"{cohort}:selection:2", Decisions.Approve,
            new SelectionForm(["E014", "E015", "E016", "E017", "E018", "E019", "E020", "E045"]));

        // Managers: some at once, one declines; the rest are reminded, then escalated to HR.
        await h.AnswerAsync($"{J("E014")}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{J("E018")}:manager-approval", Decisions.Reject);
        await h.AnswerAsync($"{J("E019")}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{J("E020")}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{J("E045")}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{J("E019")}:agreement", Decisions.Decline);
        await h.AnswerAsync($"{J("E020")}:agreement", Decisions.Accept);
        await h.AnswerAsync($"{J("E045")}:agreement", Decisions.Accept);
        foreach (var module in Modules)
        {
            await h.RaiseAsync(J("E020"), JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module, h.Now));
        }

        await h.DriveDaysAsync(3.1);
        await h.AnswerAsync($"{J("E015")}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{J("E015")}:agreement", Decisions.Accept);
        foreach (var module in Modules)
        {
            await h.AnswerAsync(JourneyIds.TrainingModule(J("E015"), module), Decisions.Done);
        }

        // E045 leaves the last module until after the first meeting (a check-in given in training).
        await h.AnswerAsync(JourneyIds.TrainingModule(J("E045"), Modules[0]), Decisions.Done);
        await h.AnswerAsync(JourneyIds.TrainingModule(J("E045"), Modules[1]), Decisions.Done);

        await h.DriveDaysAsync(4);
        await h.AnswerAsync($"{J("E016")}:manager-approval-hr", Decisions.Approve);
        await snapshot("onboarding");

        // E016 accepts after the reminder and does one module; E017's request times out; E014 never answers.
        await h.DriveDaysAsync(5.1);
        await h.AnswerAsync($"{J("E016")}:agreement", Decisions.Accept);
        await h.AnswerAsync(JourneyIds.TrainingModule(J("E016"), Modules[0]), Decisions.Done);

        // The active term: check-ins answered every few days; E016 finishes training late, then steps
        // down in month 3; E020 leaves the company in month 5.
        var steppedDown = false;
        var left = false;
        var lateModule = false;
        var trained = false;
        var termStart = h.Now;
        for (var week = 0; week < 170 && !(await h.Approvals.ListPendingAsync()).Any(a => a.Kind == "renewal-wish"); week++)
        {
            await h.DriveDaysAsync(3);
            foreach (var open in await h.Approvals.ListPendingAsync())
            {
                if (open.Kind == "monthly-check-in")
                {
                    await h.AnswerAsync(open.ApprovalId, Decisions.Submit, new CheckInForm(true, 3, "Bike week", "Rain", "Showers"));
                }
            }

            var days = (h.Now - termStart).TotalDays;
            if (!trained && days > 6)
            {
                trained = true;
                await h.AnswerAsync(JourneyIds.TrainingModule(J("E045"), Modules[2]), Decisions.Done);
            }

            if (!lateModule && days > 45)
            {
                lateModule = true;
                await h.RaiseAsync(J("E016"), JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(Modules[1], h.Now));
            }

            if (!steppedDown && days > 80)
            {
                steppedDown = true;
                await h.AnswerAsync($"{J("E016")}:step-down", Decisions.StepDown);
                await snapshot("month-3");
            }

            if (!left && days > 140)
            {
                left = true;
                await h.RaiseAsync(J("E020"), JourneyEvents.LeftCompany, new LeftCompany("resigned"));
            }
        }

        await snapshot("term-end");

        // Renewal: E015 wishes another term, both are reminded and HR refuses first (the manager's
        // request is closed); E045 steps back.
        await h.AnswerAsync($"{J("E015")}:renewal-wish", Decisions.Renew);
        await h.AnswerAsync($"{J("E045")}:renewal-wish", Decisions.StepBack);
        await h.DriveDaysAsync(5.1);
        await h.AnswerAsync($"{J("E015")}:renewal-hr", Decisions.Reject);
        await h.AnswerAsync($"{J("E015")}:offboarding-feedback", Decisions.Submit, new { text = "Good programme" });
        await h.DriveToEndAsync();

        var result = await h.OutputAsync<CohortResult>(cohort);
        Assert.Equal(CohortOutcome.Completed, result.Outcome);
        Assert.Equal(Outcomes, result.Journeys.Select(j => $"{j.EmployeeId} {j.Outcome}").Order(StringComparer.Ordinal));
        Assert.Equal(9, result.Candidates);
    }

    /// <summary>A journey started on its own (the test plays the cohort): a renewal the manager grants
    /// and HR then refuses. Version 1 took the last refusal for a grant (every request answered);
    /// version 2 withdraws.</summary>
    public static async Task PlayRenewalRefusedLastAsync(WorkflowHarness h, string journey, string hr, TaskVersion? version = null)
    {
        var programme = h.Catalog.Get("mobility-ambassadors");
        await h.Client.ScheduleNewOrchestrationInstanceAsync(nameof(AmbassadorJourney),
            new JourneyInput("fr", "E010", hr, programme, WorkflowHarness.T0.UtcDateTime.AddDays(30)),
            new StartOrchestrationOptions(journey) { Version = version });
        await h.Runtime.RunUntilIdleAsync();
        await h.AnswerAsync($"{journey}:manager-approval", Decisions.Approve);
        await h.AnswerAsync($"{journey}:agreement", Decisions.Accept);
        foreach (var module in Modules)
        {
            await h.RaiseAsync(journey, JourneyEvents.TrainingModuleCompleted, new TrainingModuleCompleted(module, h.Now));
        }

        await h.DriveDaysAsync(365);
        await h.RaiseAsync(journey, JourneyEvents.TermEnded, new TermEnded(1, h.Now.UtcDateTime));
        await h.AnswerAsync($"{journey}:renewal-wish", Decisions.Renew);
        await h.AnswerAsync($"{journey}:renewal-manager", Decisions.Approve);
        await h.AnswerAsync($"{journey}:renewal-hr", Decisions.Reject);
        if ((await h.StatusAsync(journey))?.Step == "active-term-2")
        {
            await h.DriveDaysAsync(365);
            await h.RaiseAsync(journey, JourneyEvents.TermEnded, new TermEnded(2, h.Now.UtcDateTime));
        }

        await h.AnswerAsync($"{journey}:offboarding-feedback", Decisions.Submit);
        await h.DriveToEndAsync();
    }
}
