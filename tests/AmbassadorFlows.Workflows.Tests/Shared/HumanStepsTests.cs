using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Shared.Activities;
using Microsoft.DurableTask;
using NSubstitute;

namespace AmbassadorFlows.Workflows.Tests.Shared;

/// <summary>The human-interaction pattern against a substituted official context: which activities
/// it schedules, with which keys, and which waits and timers it cancels.</summary>
public sealed class HumanStepsTests
{
    private static readonly DateTime AskedAt = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Person Manager = new("E009", "Manager", "manager@contoso.example", "fr");
    private static readonly Person Hr = new("E002", "Hr", "hr@contoso.example", "fr");

    private readonly TaskOrchestrationContext _context = Substitute.For<TaskOrchestrationContext>();

    public HumanStepsTests()
    {
        _context.InstanceId.Returns("j1");
        _context.CurrentUtcDateTime.Returns(AskedAt);
    }

    private static ResponseRequest Request(string approvalId, Person assignee) => new(
        approvalId, "ManagerDecision", "manager-approval", assignee, [Decisions.Approve, Decisions.Reject], default, MessageTemplates.ManagerApprovalRequest, new MessageModel());

    private static AskPolicy Policy() => new("manager-approval", "manager", TimeSpan.FromDays(3), TimeSpan.FromDays(14));

    private static HumanResponse Answer(string approvalId, string by) => new(approvalId, by, Decisions.Approve, AskedAt);

    /// <summary>A task that never completes on its own, only when its token is cancelled, like a durable wait or timer.</summary>
    private static Task<T> Open<T>(CancellationToken token)
    {
        var source = new TaskCompletionSource<T>();
        token.Register(() => source.TrySetCanceled(token));
        return source.Task;
    }

    private List<(string Name, object? Input)> Scheduled()
        => [.. _context.ReceivedCalls()
            .Where(c => c.GetMethodInfo().Name == nameof(TaskOrchestrationContext.CallActivityAsync))
            .Select(c => (((TaskName)c.GetArguments()[0]!).Name, c.GetArguments()[1]))];

    [Fact]
    public async Task AskAsync_AnsweredBeforeTheReminder_ReturnsTheAnswerAndCancelsTheTimer()
    {
        var timerToken = CancellationToken.None;
        _context.WaitForExternalEvent<HumanResponse>("ManagerDecision", Arg.Any<CancellationToken>()).Returns(Answer("j1:manager-approval", "E009"));
        _context.CreateTimer(Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            timerToken = call.Arg<CancellationToken>();
            return Open<object>(timerToken);
        });

        var answer = await _context.AskAsync(Request("j1:manager-approval", Manager), Policy(), CancellationToken.None);

        Assert.Equal("E009", answer!.AssigneeId);
        Assert.Equal([nameof(RequestResponse)], Scheduled().Select(s => s.Name));
        Assert.True(timerToken.IsCancellationRequested);
    }

    [Fact]
    public async Task AskAsync_NoAnswerInTime_RemindsOnceWithTheReminderKeyClosesTheRequestAndStopsWaiting()
    {
        var waitToken = CancellationToken.None;
        _context.WaitForExternalEvent<HumanResponse>("ManagerDecision", Arg.Any<CancellationToken>()).Returns(call =>
        {
            waitToken = call.Arg<CancellationToken>();
            return Open<HumanResponse>(waitToken);
        });
        _context.CreateTimer(Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(Task.CompletedTask);

        var answer = await _context.AskAsync(Request("j1:manager-approval", Manager), Policy(), CancellationToken.None);

        Assert.Null(answer);
        var scheduled = Scheduled();
        Assert.Equal([nameof(RequestResponse), nameof(SendMessage), nameof(CloseRequest)], scheduled.Select(s => s.Name));
        var asked = Assert.IsType<ResponseRequest>(scheduled[0].Input);
        Assert.Equal(AskedAt.AddDays(14), asked.ExpiresAt);
        var reminder = Assert.IsType<OutgoingMessage>(scheduled[1].Input);
        Assert.Equal(("j1:manager-approval:reminder", "j1:manager-approval", true), (reminder.IdempotencyKey, reminder.LinkApprovalId, reminder.AsReminder));
        var closed = Assert.IsType<CloseRequestInput>(scheduled[2].Input);
        Assert.Equal(["j1:manager-approval"], closed.ApprovalIds);
        Assert.Equal("no answer in time", closed.Reason);
        Assert.True(waitToken.IsCancellationRequested);
    }

    [Fact]
    public async Task AskAsync_AnswerToAnotherApprovalFirst_IgnoresItAndWaitsAgainForItsOwn()
    {
        _context.WaitForExternalEvent<HumanResponse>("ManagerDecision", Arg.Any<CancellationToken>())
            .Returns(Answer("j2:manager-approval", "E004"), Answer("j1:manager-approval", "E009"));
        _context.CreateTimer(Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(call => Open<object>(call.Arg<CancellationToken>()));

        var answer = await _context.AskAsync(Request("j1:manager-approval", Manager), Policy(), CancellationToken.None);

        Assert.Equal(("j1:manager-approval", "E009"), (answer!.ApprovalId, answer.AssigneeId));
        _ = _context.Received(2).WaitForExternalEvent<HumanResponse>("ManagerDecision", Arg.Any<CancellationToken>());
        Assert.Equal([nameof(RequestResponse)], Scheduled().Select(s => s.Name));
    }

    [Fact]
    public async Task AskAsync_EscalatedAndHrAnswers_ClosesTheManagersRequestAsSuperseded()
    {
        var answer = new TaskCompletionSource<HumanResponse>();
        _context.WaitForExternalEvent<HumanResponse>("ManagerDecision", Arg.Any<CancellationToken>()).Returns(answer.Task);
        var timers = 0;
        _context.CreateTimer(Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns(call => ++timers <= 2 ? Task.CompletedTask : Open<object>(call.Arg<CancellationToken>()));
        var escalation = Request("j1:manager-approval-hr", Hr) with { EventName = "Other" };
        var policy = Policy() with { Escalation = escalation, EscalateAfter = TimeSpan.FromDays(7) };
        var asking = _context.AskAsync(Request("j1:manager-approval", Manager), policy, CancellationToken.None);

        answer.SetResult(Answer("j1:manager-approval-hr", "E002"));
        var answered = await asking;

        Assert.Equal("E002", answered!.AssigneeId);
        var scheduled = Scheduled();
        Assert.Equal([nameof(RequestResponse), nameof(SendMessage), nameof(RequestResponse), nameof(CloseRequest)], scheduled.Select(s => s.Name));
        var escalated = Assert.IsType<ResponseRequest>(scheduled[2].Input);
        Assert.Equal(("j1:manager-approval-hr", "ManagerDecision"), (escalated.ApprovalId, escalated.EventName)); // HR's answer arrives on the step's event
        var superseded = Assert.IsType<CloseRequestInput>(scheduled[3].Input);
        Assert.Equal(["j1:manager-approval"], superseded.ApprovalIds);
    }

    [Fact]
    public async Task AskAsync_StepAlreadyCancelled_SchedulesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _context.AskAsync(Request("j1:manager-approval", Manager), Policy(), cancelled.Token));

        Assert.Empty(Scheduled());
        _ = _context.DidNotReceive().CreateTimer(Arg.Any<DateTime>(), Arg.Any<CancellationToken>());
    }
}
