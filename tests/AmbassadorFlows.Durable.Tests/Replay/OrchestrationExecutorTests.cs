using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;

namespace AmbassadorFlows.Durable.Tests.Replay;

public sealed class OrchestrationExecutorTests
{
    private static readonly DateTime T0 = ReplayHarness.T0;

    [Fact]
    public void Execute_SequenceOfActivities_SchedulesOneAtATimeAndCompletesWithLastResult()
    {
        var h = ReplayHarness.For<SequenceOrchestrator>();

        Assert.Equal("#0 task Greet(\"Ann\")", h.Start(nameof(SequenceOrchestrator), "\"Ann\"").Describe());
        Assert.Equal("#1 task Greet(\"Hello Ann\")", h.Turn(h.Completed(0, "\"Hello Ann\"")).Describe());
        Assert.Equal("#2 task Shout(\"Hello Hello Ann\")", h.Turn(h.Completed(1, "\"Hello Hello Ann\"")).Describe());
        Assert.Equal("#3 complete Completed \"HELLO HELLO ANN\"", h.Turn(h.Completed(2, "\"HELLO HELLO ANN\"")).Describe());
    }

    [Fact]
    public void Execute_ExplicitFullHistory_ReplaysWithoutNewActions()
    {
        // The whole history written out by hand, as a backend would store it.
        var past = new List<HistoryEvent>
        {
            HistoryEvents.OrchestratorStarted(T0),
            HistoryEvents.ExecutionStarted(nameof(SequenceOrchestrator), "i", "\"x\"", T0),
            HistoryEvents.TaskScheduled(0, "Greet", "\"x\"", T0),
            HistoryEvents.OrchestratorCompleted(T0),
            HistoryEvents.OrchestratorStarted(T0.AddMinutes(1)),
            HistoryEvents.TaskCompleted(0, "\"a\"", T0.AddMinutes(1)),
            HistoryEvents.TaskScheduled(1, "Greet", "\"a\"", T0.AddMinutes(1)),
            HistoryEvents.OrchestratorCompleted(T0.AddMinutes(1)),
        };
        var request = new OrchestratorRequest { InstanceId = "i" };
        request.PastEvents.AddRange(past);
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(T0.AddMinutes(2)));
        request.NewEvents.Add(HistoryEvents.TaskCompleted(1, "\"b\"", T0.AddMinutes(2)));

        var response = new OrchestrationExecutor(new DurableTaskRegistry().AddOrchestrator<SequenceOrchestrator>()).Execute(request);

        Assert.Equal("#2 task Shout(\"b\")", response.Describe());
    }

    [Fact]
    public void Execute_FanOutFanIn_SchedulesAllThenCompletesWhenAllResultsArriveInAnyOrder()
    {
        var h = ReplayHarness.For<FanOutOrchestrator>();

        Assert.Equal("#0 task Square(1), #1 task Square(2), #2 task Square(3)", h.Start(nameof(FanOutOrchestrator), "[1,2,3]").Describe());
        Assert.Empty(h.Turn(h.Completed(2, "9")).Actions);
        Assert.Empty(h.Turn(h.Completed(0, "1")).Actions);
        Assert.Equal("#3 complete Completed 14", h.Turn(h.Completed(1, "4")).Describe());
    }

    [Fact]
    public void Execute_FortyFiveDayTimer_IsChainedInChunksOfAtMostThreeDaysAndSeenAsOneTimer()
    {
        var h = ReplayHarness.For<LongTimerOrchestrator>();
        var fireAts = new List<DateTime>();

        var response = h.Start(nameof(LongTimerOrchestrator), null);
        while (true)
        {
            var action = Assert.Single(response.Actions);
            if (action.OrchestratorActionTypeCase == OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration)
            {
                Assert.Equal(OrchestrationStatus.Completed, action.CompleteOrchestration.OrchestrationStatus);
                Assert.Equal($"\"{T0.AddDays(45):yyyy-MM-ddTHH:mm:ss}Z\"", action.CompleteOrchestration.Result);
                break;
            }

            var fireAt = action.CreateTimer.FireAt.ToDateTime();
            Assert.True(fireAt - h.Now <= TimeSpan.FromDays(3), $"timer #{action.Id} fires {fireAt - h.Now} ahead");
            fireAts.Add(fireAt);
            h.Now = fireAt;
            response = h.Turn(h.Fired(action.Id, fireAt));
        }

        Assert.Equal(15, fireAts.Count);
        Assert.Equal(T0.AddDays(45), fireAts[^1]);
    }

    [Fact]
    public void Execute_TimerMaximumIsConfigurable_UsesTheConfiguredChunk()
    {
        var h = ReplayHarness.For<LongTimerOrchestrator>(new OrchestrationExecutorOptions { MaximumTimerInterval = TimeSpan.FromDays(10) });

        var action = h.Start(nameof(LongTimerOrchestrator), null).Single(OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer);

        Assert.Equal(T0.AddDays(10), action.CreateTimer.FireAt.ToDateTime());
    }

    [Fact]
    public void Execute_EventArrivesBeforeTheWait_IsBufferedAndConsumedWhenTheWaitStarts()
    {
        var h = ReplayHarness.For<ApprovalOrchestrator>();
        h.Start(nameof(ApprovalOrchestrator), null);

        // The approval is raised while the orchestrator still waits for the activity; the name's case differs.
        var response = h.Turn(h.Raised("APPROVAL", "\"yes\""), h.Completed(0, null));

        Assert.Equal("#1 complete Completed \"decided:yes\"", response.Describe());
    }

    [Fact]
    public void Execute_EventsWithTheSameName_AreConsumedFirstInFirstOut()
    {
        var h = ReplayHarness.For<ApprovalOrchestrator>();
        h.Start(nameof(ApprovalOrchestrator), null);

        var response = h.Turn(h.Raised("Approval", "\"first\""), h.Raised("Approval", "\"second\""), h.Completed(0, null));

        Assert.Equal("#1 complete Completed \"decided:first\"", response.Describe());
    }

    [Fact]
    public void Execute_EventAfterTimeout_IsNotSwallowedByTheTimedOutWait()
    {
        var h = ReplayHarness.For<TimeoutThenWaitOrchestrator>();
        var timer = h.Start(nameof(TimeoutThenWaitOrchestrator), null).Single(OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer);
        Assert.Equal(T0.AddDays(1), timer.CreateTimer.FireAt.ToDateTime());

        h.Now = T0.AddDays(1);
        var afterTimeout = h.Turn(h.Fired(timer.Id, T0.AddDays(1)));
        Assert.Empty(afterTimeout.Actions);
        Assert.Equal("\"timed-out\"", afterTimeout.CustomStatus);

        h.Now = T0.AddDays(3);
        Assert.Equal("#1 complete Completed \"late:sorry\"", h.Turn(h.Raised("Answer", "\"sorry\"")).Describe());
    }

    [Fact]
    public void Execute_TimeoutAndEventInTheSameTurn_TheEventGoesToTheNextWait()
    {
        var h = ReplayHarness.For<TimeoutThenWaitOrchestrator>();
        var timer = h.Start(nameof(TimeoutThenWaitOrchestrator), null).Single(OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer);

        h.Now = T0.AddDays(1);
        var response = h.Turn(h.Fired(timer.Id, T0.AddDays(1)), h.Raised("Answer", "\"just late\""));

        Assert.Equal("#1 complete Completed \"late:just late\"", response.Describe());
    }

    [Fact]
    public void Execute_EventWinsTheRace_CompletesWithoutWaitingForTheTimer()
    {
        var h = ReplayHarness.For<RaceOrchestrator>();
        Assert.Equal($"#0 timer {T0.AddDays(2):yyyy-MM-ddTHH:mm}", h.Start(nameof(RaceOrchestrator), "false").Describe());

        Assert.Equal("#1 complete Completed \"approved:ok\"", h.Turn(h.Raised("Approval", "\"ok\"")).Describe());
    }

    [Fact]
    public void Execute_EventAlreadyBufferedWhenTheRaceStarts_TheLosingTimerIsNeverScheduled()
    {
        var h = ReplayHarness.For<RaceOrchestrator>();

        var response = h.Start(nameof(RaceOrchestrator), "true", h.Raised("Approval", "\"early\""));

        // Timer #0 was created and cancelled inside this turn: it is dropped, only the activity goes out.
        Assert.Equal("#1 task Record(\"early\")", response.Describe());
        Assert.Equal("#2 complete Completed \"approved:early\"", h.Turn(h.Completed(1, null)).Describe());
    }

    [Fact]
    public void Execute_LosingTimerFiresLater_IsIgnored()
    {
        var h = ReplayHarness.For<RaceOrchestrator>();
        h.Start(nameof(RaceOrchestrator), "true");
        Assert.Equal("#1 task Record(\"ok\")", h.Turn(h.Raised("Approval", "\"ok\"")).Describe());

        h.Now = T0.AddDays(2);
        Assert.Empty(h.Turn(h.Fired(0, T0.AddDays(2))).Actions);
        Assert.Equal("#2 complete Completed \"approved:ok\"", h.Turn(h.Completed(1, null)).Describe());
    }

    [Fact]
    public void Execute_TimerWinsTheRace_ReportsExpiry()
    {
        var h = ReplayHarness.For<RaceOrchestrator>();
        h.Start(nameof(RaceOrchestrator), "false");

        h.Now = T0.AddDays(2);
        Assert.Equal("#1 complete Completed \"expired\"", h.Turn(h.Fired(0, T0.AddDays(2))).Describe());
    }

    [Fact]
    public void Execute_ActivityFailsTwiceThenSucceeds_RetriesWithBackoffOnDurableTimers()
    {
        var h = ReplayHarness.For<RetryOrchestrator>();
        Assert.Equal("#0 task Flaky(\"x\")", h.Start(nameof(RetryOrchestrator), null).Describe());

        Assert.Equal($"#1 timer {T0.AddSeconds(10):yyyy-MM-ddTHH:mm}", h.Turn(h.Failed(0, "busy")).Describe());
        h.Now = T0.AddSeconds(10);
        Assert.Equal("#2 task Flaky(\"x\")", h.Turn(h.Fired(1, h.Now)).Describe());
        var secondDelay = h.Turn(h.Failed(2, "busy")).Single(OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer);
        Assert.Equal(T0.AddSeconds(30), secondDelay.CreateTimer.FireAt.ToDateTime()); // 10 s, then 20 s (backoff 2)
        h.Now = T0.AddSeconds(30);
        Assert.Equal("#4 task Flaky(\"x\")", h.Turn(h.Fired(3, h.Now)).Describe());
        Assert.Equal("#5 complete Completed \"fine\"", h.Turn(h.Completed(4, "\"fine\"")).Describe());
    }

    [Fact]
    public void Execute_ActivityFailsOnEveryAttempt_FailsTheOrchestrationWithTheLastFailure()
    {
        var h = ReplayHarness.For<RetryOrchestrator>();
        h.Start(nameof(RetryOrchestrator), null);
        h.Turn(h.Failed(0, "busy 1"));
        h.Turn(h.Fired(1, h.Now));
        h.Turn(h.Failed(2, "busy 2"));
        h.Turn(h.Fired(3, h.Now));

        var completion = h.Turn(h.Failed(4, "busy 3")).Completion();

        Assert.Equal(OrchestrationStatus.Failed, completion.OrchestrationStatus);
        Assert.Equal(typeof(TaskFailedException).FullName, completion.FailureDetails.ErrorType);
        Assert.Contains("busy 3", completion.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_RetryPolicyDeclinesTheFailure_DoesNotRetry()
    {
        var registry = new DurableTaskRegistry().AddOrchestrator("NoRetry", () => new InlineOrchestrator(async ctx =>
        {
            var policy = new RetryPolicy(5, TimeSpan.FromSeconds(1)) { HandleFailure = f => f.ErrorMessage != "fatal" };
            return await ctx.CallActivityAsync<string>("Flaky", null, TaskOptions.FromRetryPolicy(policy));
        }));
        var h = new ReplayHarness(registry);
        h.Start("NoRetry", null);

        Assert.Equal(OrchestrationStatus.Failed, h.Turn(h.Failed(0, "fatal")).Completion().OrchestrationStatus);
    }

    [Fact]
    public void Execute_SubOrchestrationFails_ParentSeesTaskFailedWithTheChildsReason()
    {
        var h = ReplayHarness.For<ParentOrchestrator>();
        var create = h.Start(nameof(ParentOrchestrator), "true").Single(OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration);
        Assert.Equal("Child", create.CreateSubOrchestration.Name);
        Assert.Equal("test-instance:0000", create.CreateSubOrchestration.InstanceId);
        Assert.Equal("\"payload\"", create.CreateSubOrchestration.Input);

        var failure = new Protocol.TaskFailureDetails { ErrorType = "System.ArgumentException", ErrorMessage = "no manager" };
        var response = h.Turn(HistoryEvents.SubOrchestrationFailed(0, failure, h.Now));

        Assert.Equal("#1 complete Completed \"child failed: no manager\"", response.Describe());
    }

    [Fact]
    public void Execute_SubOrchestrationFailureNotHandled_FailsTheParent()
    {
        var h = ReplayHarness.For<ParentOrchestrator>();
        h.Start(nameof(ParentOrchestrator), "false");

        var failure = new Protocol.TaskFailureDetails { ErrorType = "System.ArgumentException", ErrorMessage = "no manager" };
        var completion = h.Turn(HistoryEvents.SubOrchestrationFailed(0, failure, h.Now)).Completion();

        Assert.Equal(OrchestrationStatus.Failed, completion.OrchestrationStatus);
        Assert.Contains("no manager", completion.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_SubOrchestrationCompletes_ParentGetsItsResult()
    {
        var h = ReplayHarness.For<ParentOrchestrator>();
        h.Start(nameof(ParentOrchestrator), "false");

        Assert.Equal("#1 complete Completed \"child says hi\"", h.Turn(HistoryEvents.SubOrchestrationCompleted(0, "\"child says hi\"", h.Now)).Describe());
    }

    [Fact]
    public void Execute_ContinueAsNew_CarriesUnconsumedEventsOver()
    {
        var h = ReplayHarness.For<CounterOrchestrator>();

        var response = h.Start(nameof(CounterOrchestrator), "0", h.Raised("Tick", "\"a\""), h.Raised("Tick", "\"b\""), h.Raised("Other", "1"));

        var completion = response.Completion();
        Assert.Equal(OrchestrationStatus.ContinuedAsNew, completion.OrchestrationStatus);
        Assert.Equal("1", completion.Result);
        Assert.Equal(["Tick:\"b\"", "Other:1"], completion.CarryoverEvents.Select(e => $"{e.EventRaised.Name}:{e.EventRaised.Input}"));
        Assert.Equal("{\"last\":\"a\"}", response.CustomStatus);
    }

    [Fact]
    public void Execute_ContinueAsNewWithoutPreserving_DropsUnconsumedEvents()
    {
        var registry = new DurableTaskRegistry().AddOrchestrator("Forgetful", () => new InlineOrchestrator(async ctx =>
        {
            await ctx.WaitForExternalEvent<int>("Tick");
            ctx.ContinueAsNew(null, preserveUnprocessedEvents: false);
            return "restarting";
        }));
        var h = new ReplayHarness(registry);

        var completion = h.Start("Forgetful", null, h.Raised("Tick", "1"), h.Raised("Tick", "2")).Completion();

        Assert.Equal(OrchestrationStatus.ContinuedAsNew, completion.OrchestrationStatus);
        Assert.Empty(completion.CarryoverEvents);
    }

    [Fact]
    public void Execute_CodeSchedulesADifferentActivityThanHistory_FailsNamingBothSides()
    {
        var deployed = "A";
        var h = new ReplayHarness(new DurableTaskRegistry().AddOrchestrator("Changing", () => new ChangingOrchestrator(deployed)));
        h.Start("Changing", null);

        deployed = "SendReminder"; // a new deployment under a running instance
        var completion = h.Turn(h.Completed(0, null)).Completion();

        Assert.Equal(OrchestrationStatus.Failed, completion.OrchestrationStatus);
        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, completion.FailureDetails.ErrorType);
        Assert.Contains("TaskScheduled 'A'", completion.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("ScheduleTask 'SendReminder'", completion.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.True(completion.FailureDetails.IsNonRetriable);
    }

    [Fact]
    public void Execute_CodeCreatesATimerWhereHistoryHasAnActivity_FailsAsNonDeterministic()
    {
        var deployed = "A";
        var h = new ReplayHarness(new DurableTaskRegistry().AddOrchestrator("Changing", () => new ChangingOrchestrator(deployed)));
        h.Start("Changing", null);

        deployed = "Timer";
        var completion = h.Turn(h.Completed(0, null)).Completion();

        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, completion.FailureDetails.ErrorType);
        Assert.Contains("CreateTimer", completion.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_WaitWithAnAlreadyCancelledToken_LeavesTheBufferedEventForTheNextWait()
    {
        var registry = new DurableTaskRegistry().AddOrchestrator("Cancelled", () => new InlineOrchestrator(async ctx =>
        {
            await ctx.CallActivityAsync("Step");
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            var cancelled = ctx.WaitForExternalEvent<string>("Answer", cts.Token);
            var next = await ctx.WaitForExternalEvent<string>("Answer");
            return $"{cancelled.IsCanceled}:{next}";
        }));
        var h = new ReplayHarness(registry);
        h.Start("Cancelled", null);

        Assert.Equal("#1 complete Completed \"True:kept\"", h.Turn(h.Raised("Answer", "\"kept\""), h.Completed(0, null)).Describe());
    }

    [Fact]
    public void Execute_OrchestratorThrows_FailsWithTypeMessageAndStack()
    {
        var h = ReplayHarness.For<ThrowingOrchestrator>();
        h.Start(nameof(ThrowingOrchestrator), null);

        var completion = h.Turn(h.Completed(0, null)).Completion();

        Assert.Equal(OrchestrationStatus.Failed, completion.OrchestrationStatus);
        Assert.Equal("System.InvalidOperationException", completion.FailureDetails.ErrorType);
        Assert.Equal("The programme has no training modules.", completion.FailureDetails.ErrorMessage);
        Assert.Contains(nameof(ThrowingOrchestrator), completion.FailureDetails.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_NewGuid_IsTheSameOnEveryReplay()
    {
        var first = ReplayHarness.For<GuidOrchestrator>();
        var scheduled = first.Start(nameof(GuidOrchestrator), null).Single(OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask);
        var result1 = first.Turn(first.Completed(0, null)).Completion().Result;

        var second = ReplayHarness.For<GuidOrchestrator>();
        second.Start(nameof(GuidOrchestrator), null);
        var result2 = second.Turn(second.Completed(0, null)).Completion().Result;

        Assert.Equal(result1, result2);
        var parts = result1.Trim('"').Split('|');
        Assert.NotEqual(parts[0], parts[1]);
        Assert.Equal($"\"{parts[0]}\"", scheduled.ScheduleTask.Input);
    }

    [Fact]
    public void Execute_OrchestratorAwaitsTaskDelay_FailsVisiblyInsteadOfHanging()
    {
        var h = ReplayHarness.For<DelayOrchestrator>();

        var completion = h.Start(nameof(DelayOrchestrator), null).Completion();

        Assert.Equal(OrchestrationStatus.Failed, completion.OrchestrationStatus);
        Assert.Contains("not durable", completion.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_SendEvent_EmitsSendEventBeforeCompletion()
    {
        var h = ReplayHarness.For<SendEventOrchestrator>();

        var response = h.Start(nameof(SendEventOrchestrator), "\"cohort-1\"");

        Assert.Equal("#0 send Nudge to cohort-1, #1 complete Completed \"sent\"", response.Describe());
        Assert.Equal("{\"from\":\"test-instance\"}", response.Actions[0].SendEvent.Data);
    }

    [Fact]
    public void Execute_UnknownOrchestrator_FailsWithAClearReason()
    {
        var h = new ReplayHarness(new DurableTaskRegistry());

        var completion = h.Start("Nope", null).Completion();

        Assert.Equal(OrchestrationStatus.Failed, completion.OrchestrationStatus);
        Assert.Equal("No orchestrator named 'Nope' is registered.", completion.FailureDetails.ErrorMessage);
    }

    [Fact]
    public void Execute_InputIsNotValidJsonForTheInputType_FailsNamingTheType()
    {
        var h = ReplayHarness.For<TypedInputOrchestrator>();

        var completion = h.Start(nameof(TypedInputOrchestrator), "{\"employeeId\": 42,").Completion();

        Assert.Equal(OrchestrationStatus.Failed, completion.OrchestrationStatus);
        Assert.Equal("OrchestrationInputException", completion.FailureDetails.ErrorType);
        Assert.Contains(nameof(Application), completion.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_TypedInput_IsDeserializedWithWebDefaults()
    {
        var h = ReplayHarness.For<TypedInputOrchestrator>();

        Assert.Equal("#0 complete Completed \"e42@Sales\"", h.Start(nameof(TypedInputOrchestrator), "{\"employeeId\":\"e42\",\"department\":\"Sales\"}").Describe());
    }

    [Fact]
    public void Execute_Terminated_CompletesAsTerminatedWithTheReasonAndNoOtherActions()
    {
        var h = ReplayHarness.For<ApprovalOrchestrator>();
        h.Start(nameof(ApprovalOrchestrator), null);

        var response = h.Turn(HistoryEvents.ExecutionTerminated("\"cohort cancelled\"", h.Now), h.Completed(0, null));

        Assert.Equal("#1 complete Terminated \"cohort cancelled\"", response.Describe());
    }

    [Fact]
    public void Execute_Suspended_EventsWaitUntilResumed()
    {
        var h = ReplayHarness.For<ApprovalOrchestrator>();
        h.Start(nameof(ApprovalOrchestrator), null);

        Assert.Empty(h.Turn(HistoryEvents.ExecutionSuspended("\"ops\"", h.Now), h.Completed(0, null), h.Raised("Approval", "\"yes\"")).Actions);
        Assert.Equal("#1 complete Completed \"decided:yes\"", h.Turn(HistoryEvents.ExecutionResumed(null, h.Now)).Describe());
    }

    [Fact]
    public void Execute_ReplaySafeLogger_WritesOnlyForNewEvents()
    {
        var logged = new List<string>();
        var registry = new DurableTaskRegistry().AddOrchestrator("Logging", () => new InlineOrchestrator(async ctx =>
        {
            var log = ctx.CreateReplaySafeLogger("test");
            log.Log(Microsoft.Extensions.Logging.LogLevel.Information, default, "start", null, (s, _) => s);
            await ctx.CallActivityAsync("Step");
            log.Log(Microsoft.Extensions.Logging.LogLevel.Information, default, "after step", null, (s, _) => s);
            return "ok";
        }));
        var factory = new ListLoggerFactory(logged);
        var h = new ReplayHarness(registry, new OrchestrationExecutorOptions { LoggerFactory = factory });

        h.Start("Logging", null);
        h.Turn(h.Completed(0, null));

        Assert.Equal(["start", "after step"], logged);
    }

    [Fact]
    public void Execute_HistoryWithoutExecutionStarted_FailsWithAClearReason()
    {
        var request = new OrchestratorRequest { InstanceId = "orphan" };
        request.NewEvents.Add(HistoryEvents.OrchestratorStarted(T0));

        var response = new OrchestrationExecutor(new DurableTaskRegistry()).Execute(request);

        var completion = response.Completion();
        Assert.Equal(OrchestrationStatus.Failed, completion.OrchestrationStatus);
        Assert.Contains("no ExecutionStarted", completion.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }
}
