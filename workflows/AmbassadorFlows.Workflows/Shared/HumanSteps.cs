using AmbassadorFlows.Durable;
using AmbassadorFlows.Workflows.Shared.Activities;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>
/// The human-interaction pattern of Durable Functions, written once: ask by email, race the answer
/// against durable timers for the reminder, the escalation and the timeout, and always cancel the
/// losing timer. The answer is awaited by one wait for the whole step, so no event is lost between
/// phases; on timeout that wait is cancelled and consumes nothing that arrives later.
/// </summary>
public static class HumanSteps
{
    /// <summary>True when <paramref name="task"/> finished before <paramref name="deadline"/>; the
    /// timer is cancelled in that case. Throws when <paramref name="cancellationToken"/> fires.</summary>
    public static async Task<bool> CompletesBefore(this TaskOrchestrationContext context, Task task, DateTime deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var timerCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = context.CreateTimer(deadline, timerCts.Token);
        var winner = await Task.WhenAny(task, timer);
        if (winner == task)
        {
            timerCts.Cancel(); // synchronous: CancelAsync runs callbacks on the thread pool, outside the replay
            return true;
        }

        await timer; // rethrows when the whole step was cancelled
        return false;
    }

    /// <summary>Asks <see cref="ResponseRequest.Assignee"/>; reminds them after
    /// <see cref="AskPolicy.RemindAfter"/>; optionally asks <see cref="AskPolicy.Escalation"/> too
    /// (either answer counts); returns null after <see cref="AskPolicy.TimeoutAfter"/>.</summary>
    public static async Task<HumanResponse?> AskAsync(this TaskOrchestrationContext context, ResponseRequest request, AskPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        var askedAt = context.CurrentUtcDateTime;
        context.SetCustomStatus(new WorkflowStatus(policy.Step, $"{policy.Role}:{request.Assignee.EmployeeId}", askedAt));
        using var answerCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var answer = context.WaitForExternalEvent<HumanResponse>(request.EventName, answerCts.Token);
        await context.CallActivityAsync(nameof(RequestResponse), request with { ExpiresAt = askedAt + policy.TimeoutAfter });
        var asked = new List<string> { request.ApprovalId };

        if (policy.RemindAfter is { } remindAfter)
        {
            if (await context.CompletesBefore(answer, askedAt + remindAfter, cancellationToken))
            {
                return await AnsweredAsync(context, answer, asked);
            }

            await context.CallActivityAsync(nameof(SendMessage), new OutgoingMessage(request.Assignee, request.Template, request.Model)
            {
                LinkApprovalId = request.ApprovalId,
                AsReminder = true,
            });
        }

        if (policy.Escalation is { } escalation)
        {
            if (await context.CompletesBefore(answer, askedAt + policy.EscalateAfter, cancellationToken))
            {
                return await AnsweredAsync(context, answer, asked);
            }

            context.SetCustomStatus(new WorkflowStatus(policy.Step, $"{policy.Role}:{request.Assignee.EmployeeId},hr:{escalation.Assignee.EmployeeId}", context.CurrentUtcDateTime));
            await context.CallActivityAsync(nameof(RequestResponse), escalation with { EventName = request.EventName, ExpiresAt = askedAt + policy.TimeoutAfter });
            asked.Add(escalation.ApprovalId);
        }

        if (await context.CompletesBefore(answer, askedAt + policy.TimeoutAfter, cancellationToken))
        {
            return await AnsweredAsync(context, answer, asked);
        }

        // Stop waiting, so a late answer cannot be taken by a later wait on the same event name.
        answerCts.Cancel(); // synchronous: CancelAsync runs callbacks on the thread pool, outside the replay
        await context.CallActivityAsync(nameof(CloseRequest), new CloseRequestInput(asked, "no answer in time"));
        return null;
    }

    private static async Task<HumanResponse> AnsweredAsync(TaskOrchestrationContext context, Task<HumanResponse> answer, List<string> asked)
    {
        var response = await answer;
        var superseded = asked.Where(id => id != response.ApprovalId).ToList();
        if (superseded.Count > 0)
        {
            await context.CallActivityAsync(nameof(CloseRequest), new CloseRequestInput(superseded, $"answered by {response.DecidedBy}"));
        }

        return response;
    }
}

/// <summary>How long to wait for one answer. <see cref="Step"/> and <see cref="Role"/> go into the
/// custom status ("manager-approval", waiting on "manager:E014").</summary>
public sealed record AskPolicy(string Step, string Role, TimeSpan? RemindAfter, TimeSpan TimeoutAfter)
{
    public ResponseRequest? Escalation { get; init; }

    public TimeSpan EscalateAfter { get; init; }

    public static AskPolicy From(string step, string role, Programmes.ResponsePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(step, role, TimeSpan.FromDays(policy.ReminderAfterDays), TimeSpan.FromDays(policy.TimeoutAfterDays));
    }
}
