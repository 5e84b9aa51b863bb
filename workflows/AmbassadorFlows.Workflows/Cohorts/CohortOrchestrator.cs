using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Shared.Activities;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>
/// One cohort of a programme: plan → posting → applications and nominations until the deadline →
/// HR approves the selection (with a diversity summary) → a journey per ambassador → monthly
/// meetings with invites, check-ins and an HR summary → term end. The cohort holds the calendar:
/// it tells each journey when its term is over, so journeys need no months-long timers.
/// </summary>
public sealed class CohortOrchestrator : TaskOrchestrator<CohortRequest, CohortResult>
{
    /// <summary>How often HR is asked for the selection when the answer cannot be read.</summary>
    private const int SelectionAsks = 3;

    private static readonly TaskOptions CalendarRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromMinutes(5), backoffCoefficient: 2));

    public override async Task<CohortResult> RunAsync(TaskOrchestrationContext context, CohortRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        context.SetCustomStatus(new WorkflowStatus("plan", null, context.CurrentUtcDateTime));

        // Loaded by an activity so the programme is in history: a newer version never changes this cohort.
        var programme = await context.CallActivityAsync<ProgrammeDefinition>(nameof(LoadProgramme), new ProgrammeRef(input.ProgrammeId, input.ProgrammeVersion));
        var plan = await context.CallActivityAsync<CohortPlan>(nameof(PlanCohort), new PlanCohortInput(input, programme, context.CurrentUtcDateTime));

        // Version 4: HR may change the owner and move or cancel a month's meeting from now on.
        var changes = context.IsAtLeast(OrchestrationVersions.V4) ? new CohortChanges(context, plan) : null;
        var status = new StatusWriter(context, changes, programme);
        status.Set("posting", "applicants");
        await context.CallActivityAsync(nameof(AnnouncePosting), new PostingInput(input.CohortId, programme, plan, input.AudienceGroupId, input.NominatedEmployeeIds)
        {
            IdempotencyKey = IdempotencyKeys.For(context.InstanceId, "posting"),
        });
        var candidates = await CollectApplicationsAsync(context, input, programme, plan, changes, status);
        if (candidates.Count == 0)
        {
            await context.CallActivityAsync(nameof(SendMessage), new OutgoingMessage(changes?.Hr ?? plan.Hr, MessageTemplates.CohortCancelled, Model(programme, input).With("reason", "no applications"))
            {
                IdempotencyKey = IdempotencyKeys.For(context.InstanceId, "cancelled"),
            });
            return new CohortResult(input.CohortId, programme.AgreementVersion, CohortOutcome.NoApplicants, 0, [], 0);
        }

        var (approved, selected) = await ApproveSelectionAsync(context, input, programme, plan, candidates, changes);
        await context.CallActivityAsync(nameof(NotifyApplicants), new ApplicantsOutcome(input.CohortId, programme, selected, [.. candidates.Except(selected)])
        {
            IdempotencyKey = IdempotencyKeys.For(context.InstanceId, "applicants"),
        });
        if (selected.Count == 0)
        {
            // Approved with nobody ticked is HR's choice of no ambassadors, not a failed approval: same polite end, its own reason.
            await context.CallActivityAsync(nameof(SendMessage), new OutgoingMessage(changes?.Hr ?? plan.Hr, MessageTemplates.CohortCancelled, Model(programme, input)
                .With("reason", approved ? "no ambassadors selected" : "selection not approved"))
            {
                IdempotencyKey = IdempotencyKeys.For(context.InstanceId, "cancelled"),
            });
            return new CohortResult(input.CohortId, programme.AgreementVersion, approved ? CohortOutcome.NoAmbassadorsSelected : CohortOutcome.SelectionNotApproved, candidates.Count, [], 0);
        }

        var journeys = selected
            .Select(employeeId => new Journey(employeeId, context.CallSubOrchestratorAsync<JourneyResult>(
                nameof(AmbassadorJourney),
                // Version 3 hands the journey the calendar's terms, so it announces the dates the cohort keeps.
                new JourneyInput(input.CohortId, employeeId, changes?.Hr.EmployeeId ?? input.HrOwnerId, programme, plan.TermStart, context.IsAtLeast(OrchestrationVersions.V3) ? plan.Terms(programme) : null),
                // The journey runs its cohort's version (the SDK would give it the worker's default).
                new SubOrchestrationOptions(instanceId: JourneyIds.For(input.CohortId, employeeId)) { Version = new TaskVersion(context.Version) })))
            .ToList();

        var meetingsHeld = await HoldMeetingsAsync(context, input, programme, plan, journeys, changes, status);
        status.Set("closing", "journeys");
        var results = await Task.WhenAll(journeys.Select(j => j.Result));
        await context.CallActivityAsync(nameof(SendMessage), new OutgoingMessage(changes?.Hr ?? plan.Hr, MessageTemplates.CohortClosed, Model(programme, input)
            .With("ambassadors", results.Length)
            .With("meetings", meetingsHeld)
            .With("outcomes", string.Join("\n", results.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"- {g.Key}: {g.Count()}"))))
        {
            IdempotencyKey = IdempotencyKeys.For(context.InstanceId, "closed"),
        });
        status.Set("completed", null);
        return new CohortResult(input.CohortId, programme.AgreementVersion, CohortOutcome.Completed, candidates.Count, results, meetingsHeld);
    }

    /// <summary>Applications (one per employee; repeats ignored) and nominations until the deadline,
    /// or (version 3) until HR closes the posting: then the open apply links are closed and the
    /// selection follows at once; the meeting calendar stays as planned.</summary>
    private static async Task<List<string>> CollectApplicationsAsync(TaskOrchestrationContext context, CohortRequest input, ProgrammeDefinition programme, CohortPlan plan, CohortChanges? changes, StatusWriter status)
    {
        var candidates = new List<string>();
        var invited = new HashSet<string>(input.NominatedEmployeeIds, StringComparer.OrdinalIgnoreCase);
        using var waitsCts = new CancellationTokenSource();
        var deadline = context.CreateTimer(plan.ApplicationDeadline, waitsCts.Token);
        var closed = context.IsAtLeast(OrchestrationVersions.V3)
            ? context.WaitForExternalEvent<ClosePosting>(CohortEvents.ClosePosting, waitsCts.Token)
            : null;
        Task<HumanResponse>? application = null;
        Task<Nomination>? nomination = null;
        Task? winner = null;
        while (winner != deadline && (closed is null || winner != closed))
        {
            application ??= context.WaitForExternalEvent<HumanResponse>(CohortEvents.Application, waitsCts.Token);
            nomination ??= context.WaitForExternalEvent<Nomination>(CohortEvents.Nomination, waitsCts.Token);
            winner = closed is null
                ? await Task.WhenAny(application, nomination, deadline)
                : changes is null
                    ? await Task.WhenAny(application, nomination, deadline, closed)
                    : await Task.WhenAny(application, nomination, deadline, closed, changes.HrChange, changes.MeetingChange);
            if (changes is not null && (winner == changes.HrChange || winner == changes.MeetingChange))
            {
                await TakeChangesAsync(context, input, programme, changes, [], status);
            }
            else if (winner == application)
            {
                var applied = await application;
                application = null;
                if (applied.Is(Decisions.Apply) && !candidates.Contains(applied.AssigneeId, StringComparer.OrdinalIgnoreCase))
                {
                    candidates.Add(applied.AssigneeId);
                }
            }
            else if (winner == nomination)
            {
                var nominated = await nomination;
                nomination = null;
                if (invited.Add(nominated.EmployeeId))
                {
                    await context.CallActivityAsync(nameof(AnnouncePosting), new PostingInput(input.CohortId, programme, plan, null, [nominated.EmployeeId])
                    {
                        IdempotencyKey = IdempotencyKeys.For(context.InstanceId, $"nomination:{nominated.EmployeeId}"),
                    });
                }
            }
        }

        waitsCts.Cancel(); // synchronous: CancelAsync runs callbacks on the thread pool, outside the replay
        if (closed is not null && winner == closed)
        {
            await context.CallActivityAsync(nameof(ClosePostingLinks), new ClosePostingLinksInput((await closed).ClosedBy));
        }

        return candidates;
    }

    /// <summary>HR sees every candidate with the diversity summary and picks the ambassadors. An
    /// approval whose selection cannot be read is not guessed at (all candidates could be people HR
    /// left out): it is audited and HR is asked again with a new link, a few times at most.
    /// Approved is false when HR rejected or never answered; an approval may still select nobody.</summary>
    private static async Task<(bool Approved, IReadOnlyList<string> Selected)> ApproveSelectionAsync(TaskOrchestrationContext context, CohortRequest input, ProgrammeDefinition programme, CohortPlan plan, List<string> candidates, CohortChanges? changes)
    {
        var proposal = await context.CallActivityAsync<SelectionProposal>(nameof(PrepareSelection), new SelectionInput(candidates, input.NominatedEmployeeIds, DateOnly.FromDateTime(context.CurrentUtcDateTime)));
        var model = Model(programme, input)
            .WithPeople("candidates", proposal.Candidates.Select(c => c.EmployeeId))
            .With("diversity", proposal.Summary.Describe())
            .With("flags", proposal.Summary.Flags.Count == 0 ? "-" : string.Join(", ", proposal.Summary.Flags));
        for (var ask = 1; ask <= SelectionAsks; ask++)
        {
            var request = new ResponseRequest(SelectionApprovalId(context.InstanceId, ask), CohortEvents.SelectionDecision, "cohort-selection", changes?.Hr ?? plan.Hr,
                [Decisions.Approve, Decisions.Reject], default, MessageTemplates.SelectionRequest, model)
            {
                DetailsJson = WorkflowJson.Serialize(proposal),
            };
            var answer = await context.AskAsync(request, AskPolicy.From("selection", "hr", programme.Selection), CancellationToken.None);
            if (answer is null || !answer.Is(Decisions.Approve))
            {
                return (false, []);
            }

            if (answer.TryReadData<SelectionForm>(out var form, out var problem))
            {
                // A list, even an empty one, is exactly who HR ticked: the page sends it always (every
                // candidate starts ticked; unticking them all sends an empty list, and the app refuses a
                // page approval without it), so an empty list means no ambassadors, never everyone.
                // Only an answer with no list at all (no form behind it: the dashboard's dry run, an
                // event raised by hand) takes every candidate offered, as documented on SelectionForm.
                var chosen = form?.SelectedEmployeeIds;
                return (true, chosen is null ? candidates : [.. candidates.Where(c => chosen.Contains(c, StringComparer.OrdinalIgnoreCase))]);
            }

            var next = ask < SelectionAsks ? "asking again" : "selection not approved";
            context.CreateReplaySafeLogger<CohortOrchestrator>().UnreadableAnswer(context.InstanceId, answer.ApprovalId, problem);
            await context.CallActivityAsync(nameof(RecordAudit), new AuditNote("unreadable answer", $"{answer.ApprovalId} by {answer.AssigneeId}: {problem}; {next}"));
        }

        return (false, []);
    }

    /// <summary>The first ask keeps the plain id (links already sent, the app's pages); asks after an
    /// unreadable answer get their own.</summary>
    public static string SelectionApprovalId(string cohortInstanceId, int ask) => ask == 1 ? $"{cohortInstanceId}:selection" : $"{cohortInstanceId}:selection:{ask}";

    /// <summary>One meeting a month: invite with agenda a week before, check-in requests after, an HR
    /// summary of the month (version 2: the programme's days after the meeting; version 1: before the
    /// next invite), and at each term's end a TermEnded to every
    /// journey still open. Stops early when no journey is open any more. Which journeys are open is
    /// the orchestrator's own knowledge (the selection, and the journeys it has seen complete), never
    /// the read model's: journeys write that asynchronously, so it can lag (just after a late
    /// selection it is still empty) and it follows the directory (someone missing there gets no
    /// invite, yet their journey still waits for its term to end). The first meeting with
    /// ambassadors also puts the series in the calendar (those serving by then are the attendees;
    /// the monthly .ics invites follow who serves each month); meetings without participants, and
    /// the rest of the series after an early stop, are taken out again.</summary>
    private static async Task<int> HoldMeetingsAsync(TaskOrchestrationContext context, CohortRequest input, ProgrammeDefinition programme, CohortPlan plan, IReadOnlyList<Journey> journeys, CohortChanges? changes, StatusWriter status)
    {
        var held = 0;
        int? toSummarize = null;
        var seriesAsked = false;
        string? seriesId = null;
        var stoppedEarly = false;
        var duration = TimeSpan.FromMinutes(programme.Meetings.DurationMinutes);
        var waits = new CohortWaits(context, [.. journeys.Select(j => j.Result)], changes, () => TakeChangesAsync(context, input, programme, changes!, journeys, status));
        for (var month = 1; month <= plan.MeetingsUtc.Count; month++)
        {
            // Version 4: HR may move or cancel this month's meeting until it begins, so its time is
            // read again after every wait; earlier versions keep the plan's.
            var m = month;
            DateTime? StartOf() => changes is null ? plan.MeetingsUtc[m - 1] : changes.StartOf(m);
            if (changes is not null)
            {
                changes.Month = month;
            }

            status.Set($"meeting-{month}", null);
            await waits.UntilAsync(() => (StartOf() ?? plan.MeetingsUtc[m - 1]).AddDays(-programme.Meetings.InviteDaysBefore));
            if (toSummarize is { } previous)
            {
                toSummarize = null;
                await context.CallActivityAsync(nameof(SendHrMonthlySummary), Summary(context, input, programme, changes?.Hr ?? plan.Hr, previous));
            }

            if (!journeys.Any(j => j.IsOpen))
            {
                stoppedEarly = true;
                break;
            }

            if (StartOf() is { } start)
            {
                var round = await context.CallActivityAsync<MeetingRound>(nameof(SendMeetingInvites), new MeetingRoundInput(input.CohortId, programme, month, start, changes?.Hr ?? plan.Hr)
                {
                    IdempotencyKey = IdempotencyKeys.For(context.InstanceId, $"meeting:{month}"),
                });
                changes?.Invited(month, round.Participants);
                if (round.Participants.Count == 0)
                {
                    if (seriesId is not null)
                    {
                        await CancelMeetingsAsync(context, new CancelMeetingsInput(seriesId, DateOnly.FromDateTime(plan.MeetingsUtc[month - 1]), "no ambassador serving this month"));
                    }
                }
                else
                {
                    if (!seriesAsked)
                    {
                        seriesAsked = true;
                        // The series follows the plan's rule; a meeting HR moved is then moved in it too.
                        seriesId = await ScheduleSeriesAsync(context, new MeetingSeriesInput(input.CohortId, programme, changes?.Hr ?? plan.Hr, plan.MeetingsUtc[month - 1], plan.MeetingsUtc.Count - month + 1, round.Participants));
                        if (changes is not null && seriesId is not null)
                        {
                            changes.SeriesId = seriesId;
                            await FollowChangesInSeriesAsync(context, changes, month, plan.MeetingsUtc.Count);
                        }
                    }

                    held++;
                    toSummarize = month;
                    if (!await waits.UntilAsync(() => StartOf() + duration))
                    {
                        stoppedEarly = true;
                        break;
                    }

                    if (StartOf() is not { } heldAt)
                    {
                        // Version 4: HR cancelled it after the invites went out (they have the cancellation).
                        held--;
                        toSummarize = null;
                    }
                    else
                    {
                        await context.CallActivityAsync(nameof(RequestCheckIns), new CheckInRoundInput(input.CohortId, programme, month, heldAt, round.Participants)
                        {
                            IdempotencyKey = IdempotencyKeys.For(context.InstanceId, $"check-ins:{month}"),
                        });
                        if (context.IsAtLeast(OrchestrationVersions.V2))
                        {
                            // Version 2: HR hears about the month a set number of days after its meeting
                            // (version 1 waited for the next month's invites, three weeks and more).
                            if (!await waits.UntilAsync(() => heldAt + duration + TimeSpan.FromDays(programme.Meetings.SummaryDaysAfter)))
                            {
                                stoppedEarly = true;
                                break;
                            }

                            toSummarize = null;
                            await context.CallActivityAsync(nameof(SendHrMonthlySummary), Summary(context, input, programme, changes?.Hr ?? plan.Hr, month));
                        }
                    }
                }
            }

            if (month % programme.TermMonths == 0)
            {
                // Leave time for the last check-ins before the term is declared over.
                await waits.UntilAsync(() => plan.TermEndsAt(m / programme.TermMonths, programme));
                if (toSummarize is { } last)
                {
                    toSummarize = null;
                    await context.CallActivityAsync(nameof(SendHrMonthlySummary), Summary(context, input, programme, changes?.Hr ?? plan.Hr, last));
                }

                // Every open journey, invited or not: one still waiting in its term would otherwise wait forever.
                foreach (var journey in journeys.Where(j => j.IsOpen))
                {
                    context.SendEvent(JourneyIds.For(input.CohortId, journey.EmployeeId), JourneyEvents.TermEnded, new TermEnded(month / programme.TermMonths, context.CurrentUtcDateTime));
                }
            }
        }

        if (toSummarize is { } unsent && context.IsAtLeast(OrchestrationVersions.V2))
        {
            // Version 2 stops as soon as the last journey ends, possibly before this month's summary.
            await context.CallActivityAsync(nameof(SendHrMonthlySummary), Summary(context, input, programme, changes?.Hr ?? plan.Hr, unsent));
        }

        if (stoppedEarly && seriesId is not null)
        {
            await CancelMeetingsAsync(context, new CancelMeetingsInput(seriesId, null, "no ambassador serving any more"));
        }

        return held;
    }

    /// <summary>Version 4: takes every change that has come (more may wait behind the first). A new
    /// owner is audited, told, and passed to the open journeys; a meeting change is checked
    /// (<see cref="MeetingChangeRules"/>; a refusal is audited), recorded, sent to whoever was invited,
    /// and followed in the calendar series.</summary>
    private static async Task TakeChangesAsync(TaskOrchestrationContext context, CohortRequest input, ProgrammeDefinition programme, CohortChanges changes, IReadOnlyList<Journey> journeys, StatusWriter status)
    {
        while (changes.Pending)
        {
            if (changes.HrChange.IsCompleted)
            {
                var previous = changes.Hr;
                var change = await changes.TakeHrChangeAsync();
                await context.CallActivityAsync(nameof(RecordAudit), new AuditNote("HR owner changed", $"{previous.EmployeeId} to {change.NewHr.EmployeeId} by {change.ChangedBy}"));
                await context.CallActivityAsync(nameof(SendMessage), new OutgoingMessage(change.NewHr, MessageTemplates.HrOwnerChanged, Model(programme, input)
                    .With("changedBy", change.ChangedByName)
                    .With("previousName", previous.Name))
                {
                    IdempotencyKey = IdempotencyKeys.For(context.InstanceId, $"hr-owner:{change.NewHr.EmployeeId}:{context.CurrentUtcDateTime.Ticks}"),
                });
                foreach (var journey in journeys.Where(j => j.IsOpen))
                {
                    context.SendEvent(JourneyIds.For(input.CohortId, journey.EmployeeId), JourneyEvents.HrOwnerChanged, change);
                }

                continue;
            }

            var meeting = await changes.TakeMeetingChangeAsync();
            var slot = changes.Slot(meeting.Month);
            if (MeetingChangeRules.Check(slot, meeting.NewStartUtc, context.CurrentUtcDateTime) is { } problem)
            {
                await context.CallActivityAsync(nameof(RecordAudit), new AuditNote("meeting change refused", $"month {meeting.Month} by {meeting.ChangedBy}: {problem}"));
                continue;
            }

            var changed = changes.Apply(meeting.Month, meeting.NewStartUtc);

            // The status is written with the turn that sends the change, so the cohort page shows it
            // no later than the emails go (the custom status is not part of the history).
            status.Refresh();
            await context.CallActivityAsync(nameof(SendMeetingChange), new MeetingChangeInput(input.CohortId, programme, meeting.Month, slot!.StartUtc!.Value, meeting.NewStartUtc, changes.InvitedTo(meeting.Month), changed.Sequence, changes.Hr, meeting.ChangedBy)
            {
                IdempotencyKey = IdempotencyKeys.For(context.InstanceId, $"meeting:{meeting.Month}:change:{changed.Sequence}"),
            });
            if (changes.SeriesId is { } seriesId)
            {
                await FollowInSeriesAsync(context, seriesId, changed);
            }
        }

        status.Refresh();
    }

    /// <summary>Version 4: the series was made from the plan; meetings HR changed before it existed are changed in it now.</summary>
    private static async Task FollowChangesInSeriesAsync(TaskOrchestrationContext context, CohortChanges changes, int fromMonth, int months)
    {
        for (var month = fromMonth; month <= months; month++)
        {
            if (changes.Slot(month) is { Sequence: > 0 } changed)
            {
                await FollowInSeriesAsync(context, changes.SeriesId!, changed);
            }
        }
    }

    private static Task FollowInSeriesAsync(TaskOrchestrationContext context, string seriesId, MeetingSlot slot)
        => slot.StartUtc is { } start
            ? MoveMeetingAsync(context, new MoveMeetingInput(seriesId, DateOnly.FromDateTime(slot.PlannedUtc), start))
            : CancelMeetingsAsync(context, new CancelMeetingsInput(seriesId, DateOnly.FromDateTime(slot.PlannedUtc), "cancelled by HR"));

    /// <summary>The calendar is a convenience next to the monthly .ics invites: after a few retries
    /// the cohort goes on without a series (null).</summary>
    private static async Task<string?> ScheduleSeriesAsync(TaskOrchestrationContext context, MeetingSeriesInput series)
    {
        try
        {
            return await context.CallActivityAsync<bool>(nameof(ScheduleMeetingSeries), series, CalendarRetry) ? ScheduleMeetingSeries.SeriesIdFor(series.CohortId) : null;
        }
        catch (TaskFailedException)
        {
            return null;
        }
    }

    private static async Task MoveMeetingAsync(TaskOrchestrationContext context, MoveMeetingInput move)
    {
        try
        {
            await context.CallActivityAsync(nameof(MoveMeeting), move, CalendarRetry);
        }
        catch (TaskFailedException)
        {
            // The monthly invite and its update carry the new time; the series is a convenience.
        }
    }

    private static async Task CancelMeetingsAsync(TaskOrchestrationContext context, CancelMeetingsInput cancel)
    {
        try
        {
            await context.CallActivityAsync(nameof(CancelMeetings), cancel, CalendarRetry);
        }
        catch (TaskFailedException)
        {
            // A meeting left in the calendar is a nuisance, not a reason to stop the cohort.
        }
    }

    /// <summary>A selected ambassador's journey. Open until the sub-orchestration completes; whether
    /// it has is replayed from history, so reading it is deterministic.</summary>
    private sealed record Journey(string EmployeeId, Task<JourneyResult> Result)
    {
        public bool IsOpen => !Result.IsCompleted;
    }

    private static SummaryInput Summary(TaskOrchestrationContext context, CohortRequest input, ProgrammeDefinition programme, Person hr, int month)
        => new(input.CohortId, programme, month, hr) { IdempotencyKey = IdempotencyKeys.For(context.InstanceId, $"summary:{month}") };

    private static MessageModel Model(ProgrammeDefinition programme, CohortRequest input)
        => new MessageModel().With("programme", programme.Name).With("cohortId", input.CohortId);

    /// <summary>Sets the custom status; version 4 adds the owner and the term's meetings, and
    /// refreshes them after each change HR makes.</summary>
    private sealed class StatusWriter(TaskOrchestrationContext context, CohortChanges? changes, ProgrammeDefinition programme)
    {
        private WorkflowStatus? _last;

        public void Set(string step, string? waitingOn)
        {
            _last = new WorkflowStatus(step, waitingOn, context.CurrentUtcDateTime) { Cohort = changes?.Status(programme.TermMonths) };
            context.SetCustomStatus(_last);
        }

        public void Refresh()
        {
            if (_last is not null && changes is not null)
            {
                _last = _last with { Cohort = changes.Status(programme.TermMonths) };
                context.SetCustomStatus(_last);
            }
        }
    }
}
