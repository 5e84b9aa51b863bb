using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Shared.Activities;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>
/// One ambassador's journey, started by the cohort as a sub-orchestration: manager approval →
/// expectation agreement → training → active term(s) with monthly check-ins → renewal or
/// withdrawal. Stepping down and leaving the company end it at any step. Bounded: at most
/// <see cref="ProgrammeDefinition.MaxTerms"/> terms, no ContinueAsNew.
/// </summary>
public sealed class AmbassadorJourney : TaskOrchestrator<JourneyInput, JourneyResult>
{
    private TaskOrchestrationContext _context = null!;
    private JourneyInput _input = null!;
    private JourneyPeople _people = null!;
    private readonly HashSet<string> _modulesLeft = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _linksNotClicked = [];
    private Dictionary<string, string> _moduleByLinkId = [];
    private DateTime _trainingDueBy;
    private int _term = 1;
    private int _termsServed;
    private readonly Dictionary<int, DateTime> _termEndedAt = [];
    private string? _agreementVersion;
    private CancellationToken _steps;

    // Journey-long waits, cancelled only by an exit: a late check-in (or module) that arrives between
    // terms completes the open wait and is taken in the next term. Not leaving cancelled waits behind
    // keeps that independent of how the SDK treats them, which has changed between versions
    // (durabletask-dotnet #508: cancelled waits in the isolated worker used to consume later events).
    private TrainingCompletions? _completions;
    private Task<HumanResponse>? _checkIn;

    // Version 4: the cohort passes on a new HR owner; a journey-long wait, renewed after each one.
    private Task<HrOwnerChange>? _hrChange;

    private ProgrammeDefinition Programme => _input.Programme;

    /// <summary>HR as the journey knows them now: version 4 takes the new owners the cohort passed on
    /// (whatever they arrived during) before addressing HR.</summary>
    private Person Hr
    {
        get
        {
            while (_hrChange is { IsCompleted: true } arrived)
            {
                _people = _people with { Hr = arrived.Result.NewHr };
                _hrChange = _context.WaitForExternalEvent<HrOwnerChange>(JourneyEvents.HrOwnerChanged);
            }

            return _people.Hr;
        }
    }

    public override async Task<JourneyResult> RunAsync(TaskOrchestrationContext context, JourneyInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        _context = context;
        _input = input;
        _people = await context.CallActivityAsync<JourneyPeople>(nameof(GetJourneyPeople), new JourneyPeopleRequest(input.EmployeeId, input.HrOwnerId));
        if (context.IsAtLeast(OrchestrationVersions.V4))
        {
            _hrChange = context.WaitForExternalEvent<HrOwnerChange>(JourneyEvents.HrOwnerChanged);
        }

        // The two ways out, at any step: stepping down (the role is voluntary) and leaving the company.
        using var stepsCts = new CancellationTokenSource();
        using var exitsCts = new CancellationTokenSource();
        _steps = stepsCts.Token;
        var leftCompany = context.WaitForExternalEvent<LeftCompany>(JourneyEvents.LeftCompany, exitsCts.Token);
        var steppedDown = context.WaitForExternalEvent<HumanResponse>(JourneyEvents.SteppedDown, exitsCts.Token);
        var steps = RunStepsAsync(stepsCts.Token);

        var first = await Task.WhenAny(steps, leftCompany, steppedDown);
        exitsCts.Cancel(); // synchronous: CancelAsync runs callbacks on the thread pool, outside the replay
        if (first == steps)
        {
            return await steps;
        }

        // Cancel every timer and wait the interrupted step still had, then let the step finish: an
        // activity already scheduled still completes, and the steps must schedule nothing after it.
        stepsCts.Cancel(); // synchronous: CancelAsync runs callbacks on the thread pool, outside the replay
        if (await StoppedAsync(steps) is { } ended)
        {
            return ended; // the steps were already ending the journey themselves
        }

        if (first == leftCompany)
        {
            return await EndAsync(JourneyOutcome.LeftCompany, MessageTemplates.LeftCompanyNotice, Hr);
        }

        // Version 2 also tells the manager and HR, each in their own language (version 1 copied the
        // manager on the ambassador's thanks only).
        var notice = _context.IsAtLeast(OrchestrationVersions.V2) ? new Notice(MessageTemplates.SteppedDownNotice, [_people.Manager, Hr]) : null;
        return await EndAsync(JourneyOutcome.SteppedDown, MessageTemplates.SteppedDownThanks, _people.Ambassador, _people.Manager, notice: notice);
    }

    /// <summary>Waits for cancelled steps to stop. Their result when they got as far as ending the
    /// journey; null when they stopped at a cancellation check (or an activity in flight failed:
    /// the exit ends the journey either way).</summary>
    private static async Task<JourneyResult?> StoppedAsync(Task<JourneyResult> steps)
    {
        try
        {
            return await steps;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (TaskFailedException)
        {
            return null;
        }
    }

    private async Task<JourneyResult> RunStepsAsync(CancellationToken cancellationToken)
    {
        var approval = await AskManagerAsync(cancellationToken);
        if (approval is null)
        {
            // Version 2 also tells HR, who had the request escalated to them.
            var notice = _context.IsAtLeast(OrchestrationVersions.V2) ? new Notice(MessageTemplates.NotApprovedInTimeNotice, [Hr]) : null;
            return await EndAsync(JourneyOutcome.NotApprovedInTime, MessageTemplates.NotApprovedInTime, _people.Ambassador, _people.Manager, cancellationToken, notice);
        }

        if (!approval.Is(Decisions.Approve))
        {
            // Version 2 passes on the reason given with the decline (read from the approval store when sending).
            var reasonFrom = _context.IsAtLeast(OrchestrationVersions.V2) ? approval.ApprovalId : null;
            return await EndAsync(JourneyOutcome.ManagerDeclined, MessageTemplates.ManagerDeclined, _people.Ambassador, cancellationToken: cancellationToken, reasonFrom: reasonFrom);
        }

        var agreement = await AskAgreementAsync(cancellationToken);
        if (agreement is null || !agreement.Is(Decisions.Accept))
        {
            var outcome = agreement is null ? JourneyOutcome.AgreementNotAnswered : JourneyOutcome.AgreementDeclined;
            return await EndAsync(outcome, MessageTemplates.AgreementDeclined, _people.Ambassador, cancellationToken: cancellationToken);
        }

        _agreementVersion = Programme.AgreementVersion;
        await RecordStepAsync(AmbassadorStep.Training);
        await WelcomeAsync();
        await TrainAsync(cancellationToken);

        // Ends at the last term the programme allows at the latest (or at the first renewal not granted).
        for (; _term <= Programme.MaxTerms; _term++)
        {
            await ServeTermAsync(cancellationToken);
            _termsServed = _term;
            if (_term == Programme.MaxTerms || !await RenewAsync(cancellationToken))
            {
                break;
            }
        }

        return await WithdrawAsync(cancellationToken);
    }

    /// <summary>Step 1: the manager approves participation and the time budget; HR may answer
    /// instead once the request is escalated; no answer in time ends the journey.</summary>
    private async Task<HumanResponse?> AskManagerAsync(CancellationToken cancellationToken)
    {
        await RecordStepAsync(AmbassadorStep.ManagerApproval);
        var policy = Programme.ManagerApproval;
        var request = new ResponseRequest(
            ApprovalId("manager-approval"), JourneyEvents.ManagerDecision, "manager-approval", _people.Manager,
            [Decisions.Approve, Decisions.Reject], default, MessageTemplates.ManagerApprovalRequest, Model());
        var escalation = request with
        {
            ApprovalId = ApprovalId("manager-approval-hr"),
            Assignee = Hr,
            Template = MessageTemplates.ManagerApprovalEscalation,
        };
        return await _context.AskAsync(request, new AskPolicy("manager-approval", "manager", Days(policy.ReminderAfterDays), Days(policy.TimeoutAfterDays))
        {
            Escalation = escalation,
            EscalateAfter = Days(policy.EscalateToHrAfterDays),
        }, cancellationToken);
    }

    /// <summary>Step 2: the ambassador accepts the agreement rendered from this programme version.</summary>
    private async Task<HumanResponse?> AskAgreementAsync(CancellationToken cancellationToken)
    {
        await RecordStepAsync(AmbassadorStep.Agreement);
        var model = Model()
            .With("tasks", Programme.TaskPlan)
            .With("responsibilities", Programme.Posting.Responsibilities)
            .With("expectations", Programme.Posting.Expectations)
            .With("agreementVersion", Programme.AgreementVersion);
        var details = new AgreementDetails(Programme.AgreementVersion, Programme.Role, Programme.TimeBudgetHoursPerMonth, TermStartOf(_term), TermEndOf(_term));
        var request = new ResponseRequest(
            ApprovalId("agreement"), JourneyEvents.AgreementResponse, "agreement", _people.Ambassador,
            [Decisions.Accept, Decisions.Decline], default, MessageTemplates.AgreementRequest, model)
        {
            DetailsJson = WorkflowJson.Serialize(details),
        };
        return await _context.AskAsync(request, AskPolicy.From("agreement", "ambassador", Programme.Agreement), cancellationToken);
    }

    /// <summary>The welcome email carries a standing "step down" link, valid for every term.</summary>
    private Task WelcomeAsync()
        => StepAsync(nameof(RequestResponse), new ResponseRequest(
            ApprovalId("step-down"), JourneyEvents.SteppedDown, "step-down", _people.Ambassador,
            [Decisions.StepDown], TermEndOf(Programme.MaxTerms), MessageTemplates.Welcome, Model()));

    /// <summary>Step 3: modules with due dates, each with a "Done" link; a reminder before the last
    /// due date; at the deadline HR hears about it and the ambassador starts anyway (late
    /// completions still count).</summary>
    private async Task TrainAsync(CancellationToken cancellationToken)
    {
        if (Programme.Training.Count == 0)
        {
            return;
        }

        var assignedAt = _context.CurrentUtcDateTime;
        _trainingDueBy = assignedAt.AddDays(Programme.Training.Max(m => m.DueWithinDays));
        _modulesLeft.UnionWith(Programme.Training.Select(m => m.Id));
        _moduleByLinkId = Programme.Training.ToDictionary(m => JourneyIds.TrainingModule(_context.InstanceId, m.Id), m => m.Id, StringComparer.Ordinal);
        await SendTrainingLinksAsync(MessageTemplates.TrainingAssigned, assignedAt);
        await RecordTrainingAsync(overdue: false);
        _context.SetCustomStatus(new WorkflowStatus("training", $"ambassador:{_input.EmployeeId}", assignedAt));

        var remindAt = _trainingDueBy.AddDays(-Programme.TrainingPolicy.ReminderDaysBeforeDue);
        var reminded = remindAt <= assignedAt;
        var completions = _completions = new TrainingCompletions(_context, _moduleByLinkId, cancellationToken);
        while (_modulesLeft.Count > 0)
        {
            // Version 2 also records a check-in given while still in training (the ambassador already
            // takes part in the meetings); version 1 kept it until the active term began.
            var checkIn = _context.IsAtLeast(OrchestrationVersions.V2)
                ? _checkIn ??= _context.WaitForExternalEvent<HumanResponse>(JourneyEvents.MonthlyCheckIn, cancellationToken)
                : null;
            var next = completions.Next();
            if (await _context.CompletesBefore(checkIn is null ? next : Task.WhenAny(next, checkIn), reminded ? _trainingDueBy : remindAt, cancellationToken))
            {
                if (checkIn is { IsCompleted: true })
                {
                    _checkIn = null;
                    await RecordCheckInAsync(await checkIn);
                    continue;
                }

                await ModuleCompletedAsync(completions, overdue: false);
                continue;
            }

            if (!reminded)
            {
                reminded = true;
                await SendTrainingLinksAsync(MessageTemplates.TrainingReminder, assignedAt);
                continue;
            }

            await SendAsync("training-overdue", MessageTemplates.TrainingOverdue, Hr, Model().With("modules", ModuleList(assignedAt)).WithDate("dueBy", _trainingDueBy), _people.Manager);
            await RecordTrainingAsync(overdue: true);
            break;
        }

        // The completion waits stay open: modules still open may be completed late, in the active term.
    }

    /// <summary>Records one completion, from either source. Once all modules are done, the "Done"
    /// links of modules completed elsewhere are closed, so none stays pending on the dashboard.</summary>
    private async Task ModuleCompletedAsync(TrainingCompletions completions, bool overdue)
    {
        var (moduleId, byLink) = await completions.TakeAsync();
        if (moduleId is null || !_modulesLeft.Remove(moduleId))
        {
            return;
        }

        if (!byLink)
        {
            _linksNotClicked.Add(JourneyIds.TrainingModule(_context.InstanceId, moduleId));
        }

        await RecordTrainingAsync(overdue: overdue && _modulesLeft.Count > 0);
        if (_modulesLeft.Count == 0 && _linksNotClicked.Count > 0)
        {
            await StepAsync(nameof(CloseRequest), new CloseRequestInput([.. _linksNotClicked], "module completed on the learning platform"));
        }
    }

    /// <summary>Step 4: the active term. Check-ins are recorded as they come; the cohort, which
    /// holds the meeting calendar, says when the term is over.</summary>
    private async Task ServeTermAsync(CancellationToken cancellationToken)
    {
        await RecordStepAsync(AmbassadorStep.Active);
        _context.SetCustomStatus(new WorkflowStatus($"active-term-{_term}", null, _context.CurrentUtcDateTime));
        var termEnded = _context.WaitForExternalEvent<TermEnded>(JourneyEvents.TermEnded, cancellationToken);
        Task? lateModule = null;
        Task? winner = null;
        while (winner != termEnded)
        {
            var checkIn = _checkIn ??= _context.WaitForExternalEvent<HumanResponse>(JourneyEvents.MonthlyCheckIn, cancellationToken);
            if (_completions is not null && _modulesLeft.Count > 0)
            {
                lateModule ??= _completions.Next();
            }

            winner = lateModule is null
                ? await Task.WhenAny(termEnded, checkIn)
                : await Task.WhenAny(termEnded, checkIn, lateModule);
            if (winner == checkIn)
            {
                _checkIn = null;
                await RecordCheckInAsync(await checkIn);
            }
            else if (winner == lateModule && _completions is not null)
            {
                lateModule = null;
                await ModuleCompletedAsync(_completions, overdue: true);
            }
        }

        // The cohort says when a term is over (after its last meeting's check-ins): that is its end.
        _termEndedAt[_term] = (await termEnded).EndedAt;
    }

    /// <summary>A check-in that cannot be stored (the activity failed after its retries) is logged
    /// and lost; it must not end the ambassador's term.</summary>
    private async Task RecordCheckInAsync(HumanResponse submitted)
    {
        try
        {
            await StepAsync(nameof(RecordCheckIn), new CheckInSubmission(_input.CohortId, _input.EmployeeId, submitted));
        }
        catch (TaskFailedException failure)
        {
            _context.CreateReplaySafeLogger<AmbassadorJourney>().CheckInNotRecorded(_context.InstanceId, submitted.ApprovalId, failure.Message);
        }
    }

    /// <summary>Step 5a: the ambassador says whether they want another term; if so, manager and HR
    /// both decide. The first refusal or silence means withdrawal.</summary>
    private async Task<bool> RenewAsync(CancellationToken cancellationToken)
    {
        await RecordStepAsync(AmbassadorStep.Renewal);
        var wish = await _context.AskAsync(
            new ResponseRequest(ApprovalId("renewal-wish", _term), JourneyEvents.RenewalWish, "renewal-wish", _people.Ambassador,
                [Decisions.Renew, Decisions.StepBack], default, MessageTemplates.RenewalWishRequest, Model()),
            AskPolicy.From("renewal", "ambassador", Programme.Renewal),
            cancellationToken);
        if (wish is null || !wish.Is(Decisions.Renew))
        {
            return false;
        }

        // A year is long: ask the manager the ambassador has now.
        // Version 4: the cohort's owner now, who may have changed since the journey began.
        _people = await StepAsync<JourneyPeople>(nameof(GetJourneyPeople), new JourneyPeopleRequest(_input.EmployeeId, _hrChange is null ? _input.HrOwnerId : Hr.EmployeeId));
        var model = Model().WithDate("nextTermStart", TermStartOf(_term + 1)).WithDate("nextTermEnd", LastDayOf(_term + 1));
        var askedAt = _context.CurrentUtcDateTime;
        var expiresAt = askedAt.AddDays(Programme.Renewal.TimeoutAfterDays);
        var pending = new Dictionary<string, ResponseRequest>
        {
            [ApprovalId("renewal-manager", _term)] = new(ApprovalId("renewal-manager", _term), JourneyEvents.RenewalDecision, "renewal", _people.Manager,
                [Decisions.Approve, Decisions.Reject], expiresAt, MessageTemplates.RenewalApprovalRequest, model),
            [ApprovalId("renewal-hr", _term)] = new(ApprovalId("renewal-hr", _term), JourneyEvents.RenewalDecision, "renewal", Hr,
                [Decisions.Approve, Decisions.Reject], expiresAt, MessageTemplates.RenewalApprovalRequest, model),
        };
        foreach (var request in pending.Values)
        {
            await StepAsync(nameof(RequestResponse), request);
        }

        _context.SetCustomStatus(new WorkflowStatus("renewal", $"manager:{_people.Manager.EmployeeId},hr:{Hr.EmployeeId}", askedAt));
        using var answersCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reminded = false;
        var refused = false;
        Task<HumanResponse>? answer = null;
        while (pending.Count > 0)
        {
            answer ??= _context.WaitForExternalEvent<HumanResponse>(JourneyEvents.RenewalDecision, answersCts.Token);
            var deadline = reminded ? expiresAt : askedAt.AddDays(Programme.Renewal.ReminderAfterDays);
            if (await _context.CompletesBefore(answer, deadline, cancellationToken))
            {
                var response = await answer;
                answer = null;
                if (pending.Remove(response.ApprovalId) && !response.Is(Decisions.Approve))
                {
                    refused = true;
                    break;
                }

                continue;
            }

            if (!reminded)
            {
                reminded = true;
                foreach (var request in pending.Values)
                {
                    await StepAsync(nameof(SendMessage), new OutgoingMessage(request.Assignee, request.Template, request.Model)
                    {
                        IdempotencyKey = IdempotencyKeys.Reminder(request.ApprovalId),
                        LinkApprovalId = request.ApprovalId,
                        AsReminder = true,
                    });
                }

                continue;
            }

            break;
        }

        answersCts.Cancel(); // synchronous: CancelAsync runs callbacks on the thread pool, outside the replay
        if (pending.Count > 0)
        {
            await StepAsync(nameof(CloseRequest), new CloseRequestInput([.. pending.Keys], "renewal not granted"));
            return false;
        }

        if (refused && _context.IsAtLeast(OrchestrationVersions.V2))
        {
            // Version 1 took a refusal by the last approver for a grant (nobody left to wait for).
            return false;
        }

        await SendAsync($"renewal-confirmed:t{_term}", MessageTemplates.RenewalConfirmed, _people.Ambassador, model, _people.Manager);
        return true;
    }

    /// <summary>Step 5b: thank-you with the offboarding feedback form; then alumni status and retention.</summary>
    private async Task<JourneyResult> WithdrawAsync(CancellationToken cancellationToken)
    {
        await RecordStepAsync(AmbassadorStep.Offboarding);
        var request = new ResponseRequest(
            ApprovalId("offboarding-feedback"), JourneyEvents.OffboardingFeedback, "offboarding-feedback", _people.Ambassador,
            [Decisions.Submit], default, MessageTemplates.WithdrawalThanks, Model().With("termsServed", _termsServed));

        // Nobody is nagged for feedback: no reminder, the form just closes after the window.
        await _context.AskAsync(request, new AskPolicy("offboarding", "ambassador", null, Days(Programme.Feedback.OffboardingWindowDays)), cancellationToken);
        return await EndAsync(JourneyOutcome.Withdrawn, template: null, to: null, cancellationToken: cancellationToken);
    }

    /// <summary>The end of the journey, from the steps or from an exit. Checked once at the start
    /// (an exit wins over steps that have not begun ending yet); once begun, it runs to the end.</summary>
    private async Task<JourneyResult> EndAsync(JourneyOutcome outcome, string? template, Person? to, Person? cc = null, CancellationToken cancellationToken = default, Notice? notice = null, string? reasonFrom = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var endedAt = _context.CurrentUtcDateTime;
        _context.SetCustomStatus(new WorkflowStatus("ended", null, endedAt));
        if (template is not null && to is not null)
        {
            await _context.CallActivityAsync(nameof(SendMessage), Message("ended", template, to, Model().With("termsServed", _termsServed), cc) with { ReasonFromApprovalId = reasonFrom });
        }

        foreach (var person in notice?.To.DistinctBy(p => p.EmployeeId, StringComparer.OrdinalIgnoreCase) ?? [])
        {
            await _context.CallActivityAsync(nameof(SendMessage), Message($"ended-notice:{person.EmployeeId}", notice!.Template, person, Model(), null));
        }

        await _context.CallActivityAsync(nameof(CloseJourney), new CloseJourneyInput(
            new AmbassadorStepChange(_input.CohortId, _input.EmployeeId, _context.InstanceId, AmbassadorStep.Ended, Utc(endedAt), _term, outcome.ToString(), _agreementVersion),
            Programme.RetentionDaysAfterWithdrawal));
        return new JourneyResult(_input.EmployeeId, outcome, _termsServed, _agreementVersion, endedAt);
    }

    /// <summary>The open modules, each with its course link and "Done" link (valid as long as the journey can last).</summary>
    private Task SendTrainingLinksAsync(string template, DateTime assignedAt)
        => StepAsync(nameof(SendTrainingLinks), new TrainingLinksInput(
            _people.Ambassador,
            template,
            Model().WithDate("dueBy", _trainingDueBy),
            [.. Programme.Training.Where(m => _modulesLeft.Contains(m.Id)).Select(m => new TrainingModuleLink(JourneyIds.TrainingModule(_context.InstanceId, m.Id), m, assignedAt.AddDays(m.DueWithinDays)))],
            TermEndOf(Programme.MaxTerms))
        {
            IdempotencyKey = IdempotencyKeys.For(_context.InstanceId, template), // assigned, then at most one reminder
        });

    /// <summary>Every activity of the steps goes through here (or <see cref="HumanSteps"/>, which
    /// checks the same way): once an exit has cancelled the steps, nothing more is scheduled — an
    /// activity that was in flight when the exit came completes, and the steps stop right after it.</summary>
    private Task StepAsync(string activity, object input)
    {
        _steps.ThrowIfCancellationRequested();
        return _context.CallActivityAsync(activity, input);
    }

    private Task<T> StepAsync<T>(string activity, object input)
    {
        _steps.ThrowIfCancellationRequested();
        return _context.CallActivityAsync<T>(activity, input);
    }

    /// <summary><paramref name="step"/> names the send within the journey, for its idempotency key.</summary>
    private Task SendAsync(string step, string template, Person to, MessageModel model, Person? cc = null)
        => StepAsync(nameof(SendMessage), Message(step, template, to, model, cc));

    private OutgoingMessage Message(string step, string template, Person to, MessageModel model, Person? cc)
        => new(to, template, model) { IdempotencyKey = IdempotencyKeys.For(_context.InstanceId, step), Cc = cc is null ? [] : [cc] };

    private Task RecordStepAsync(AmbassadorStep step)
        => StepAsync(nameof(RecordStep), new AmbassadorStepChange(
            _input.CohortId, _input.EmployeeId, _context.InstanceId, step, Utc(_context.CurrentUtcDateTime), _term, null, _agreementVersion));

    private Task RecordTrainingAsync(bool overdue)
        => StepAsync(nameof(RecordTraining), new TrainingUpdate(_input.CohortId, _input.EmployeeId, new TrainingRecord(
            [.. Programme.Training.Select(m => m.Id)],
            [.. Programme.Training.Select(m => m.Id).Where(id => !_modulesLeft.Contains(id))],
            Utc(_trainingDueBy),
            overdue)));

    private MessageModel Model()
        => JourneyMessageModel.For(Programme, _people.Ambassador.Name, _people.Manager.Name, Hr.Name, _term, TermStartOf(_term), LastDayOf(_term));

    /// <summary>The modules still to do, each with its due date, in every message language (for HR: no "Done" links).</summary>
    private List<LocalizedText> ModuleList(DateTime assignedAt)
        => [.. Programme.Training.Where(m => _modulesLeft.Contains(m.Id)).Select(m => new LocalizedText(MessageTemplates.Languages.ToDictionary(
            language => language,
            language => $"{m.Title.In(language)} ({assignedAt.AddDays(m.DueWithinDays).ToString("d MMMM", MessageRenderer.CultureFor(language))}): {m.Link.AbsoluteUri}")))];

    private string ApprovalId(string kind, int term = 1) => JourneyIds.Approval(_context.InstanceId, kind, term);

    private DateTime TermStartOf(int term) => Scheduled(term) is { } scheduled ? scheduled.Start : _input.TermStart.AddMonths((term - 1) * Programme.TermMonths);

    /// <summary>Where links stay valid until: the term's start plus its months (at or after the day the cohort ends it).</summary>
    private DateTime TermEndOf(int term) => _input.TermStart.AddMonths((term - 1) * Programme.TermMonths).AddMonths(Programme.TermMonths);

    /// <summary>A term's last day as messages name it: the day the cohort ended it, once it has;
    /// before that, version 3: the day the cohort's calendar ends it (so the welcome, the approvals
    /// and the renewal question all name the same day); versions 1 and 2: the day before the term's
    /// start plus its months, which the cohort's calendar ends weeks earlier (people read "to" as inclusive).</summary>
    private DateTime LastDayOf(int term) => _termEndedAt.TryGetValue(term, out var ended)
        ? ended
        : Scheduled(term)?.EndsAt ?? TermEndOf(term).AddDays(-1);

    /// <summary>The term on the cohort's calendar (version 3 cohorts pass it); null otherwise.</summary>
    private TermSchedule? Scheduled(int term)
        => _context.IsAtLeast(OrchestrationVersions.V3) && _input.Terms is { } terms && term >= 1 && term <= terms.Count ? terms[term - 1] : null;

    private static TimeSpan Days(int days) => TimeSpan.FromDays(days);

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    /// <summary>A note about the journey's end to people other than the ambassador, each in their own language.</summary>
    private sealed record Notice(string Template, IReadOnlyList<Person> To);
}
