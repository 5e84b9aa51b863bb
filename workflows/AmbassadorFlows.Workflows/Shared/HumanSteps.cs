using AmbassadorFlows.Workflows.Shared.Activities;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Shared;

/// <summary>
/// The human-interaction pattern of Durable Functions, written once: ask by email, race the answer
/// against durable timers for the reminder, the escalation and the timeout, and always cancel the
/// losing timer. The answer is awaited by one wait for the whole step, so no event is lost between
/// phases; on timeout that wait is cancelled, so a late answer is left to whatever waits next.
/// No step relies on that: every ask that times out ends the journey, the cohort or the renewal.
/// </summary>
public static class HumanSteps
{
    /// <summary>True when <paramref name="task"/> finished before <paramref name="deadline"/>; the
    /// timer is cancelled in that case. Throws when <paramref name="cancellationToken"/> fires.</summary>
    public static async Task<bool> CompletesBefore(this TaskOrchestrationContext context, Task task, DateTime deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested(); // a cancelled step schedules nothing more, not even a timer
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
    /// (either answer counts); returns null after <see cref="AskPolicy.TimeoutAfter"/>. Only answers
    /// to these approvals count: another approval's answer on the same event name is ignored.
    /// Throws <see cref="OperationCanceledException"/> once <paramref name="cancellationToken"/> has
    /// fired, before scheduling anything more (an early exit must not email anyone).</summary>
    public static async Task<HumanResponse?> AskAsync(this TaskOrchestrationContext context, ResponseRequest request, AskPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        cancellationToken.ThrowIfCancellationRequested();
        var askedAt = context.CurrentUtcDateTime;
        context.SetCustomStatus(new WorkflowStatus(policy.Step, $"{policy.Role}:{request.Assignee.EmployeeId}", askedAt));
        using var answerCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var asked = new List<string> { request.ApprovalId };
        var answer = AnswerToAsync(context, request.EventName, asked, answerCts.Token);
        await context.CallActivityAsync(nameof(RequestResponse), request with { ExpiresAt = askedAt + policy.TimeoutAfter });

        if (policy.RemindAfter is { } remindAfter)
        {
            if (await context.CompletesBefore(answer, askedAt + remindAfter, cancellationToken))
            {
                return await AnsweredAsync(context, answer, asked, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            await context.CallActivityAsync(nameof(SendMessage), new OutgoingMessage(request.Assignee, request.Template, request.Model)
            {
                IdempotencyKey = IdempotencyKeys.Reminder(request.ApprovalId),
                LinkApprovalId = request.ApprovalId,
                AsReminder = true,
            });
        }

        if (policy.Escalation is { } escalation)
        {
            if (await context.CompletesBefore(answer, askedAt + policy.EscalateAfter, cancellationToken))
            {
                return await AnsweredAsync(context, answer, asked, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            context.SetCustomStatus(new WorkflowStatus(policy.Step, $"{policy.Role}:{request.Assignee.EmployeeId},hr:{escalation.Assignee.EmployeeId}", context.CurrentUtcDateTime));
            asked.Add(escalation.ApprovalId);
            await context.CallActivityAsync(nameof(RequestResponse), escalation with { EventName = request.EventName, ExpiresAt = askedAt + policy.TimeoutAfter });
        }

        if (await context.CompletesBefore(answer, askedAt + policy.TimeoutAfter, cancellationToken))
        {
            return await AnsweredAsync(context, answer, asked, cancellationToken);
        }

        // Stop waiting, so a late answer cannot be taken by a later wait on the same event name.
        answerCts.Cancel(); // synchronous: CancelAsync runs callbacks on the thread pool, outside the replay
        cancellationToken.ThrowIfCancellationRequested();
        await context.CallActivityAsync(nameof(CloseRequest), new CloseRequestInput(asked, "no answer in time"));
        return null;
    }

    /// <summary>The first answer to one of <paramref name="asked"/> (read when an answer arrives, so
    /// an escalation added later counts). A buffered or stray answer to another approval on the same
    /// event name — an earlier step's, a hand-raised one — is logged and skipped.</summary>
    private static async Task<HumanResponse> AnswerToAsync(TaskOrchestrationContext context, string eventName, List<string> asked, CancellationToken cancellationToken)
    {
        // Each next wait is made in the same turn the foreign answer arrives, so it is on top of the
        // SDK's stack of waits for this name before any later event is handed out.
        var response = await context.WaitForExternalEvent<HumanResponse>(eventName, cancellationToken);
        while (!asked.Contains(response.ApprovalId, StringComparer.Ordinal))
        {
            context.CreateReplaySafeLogger(typeof(HumanSteps).FullName!).ForeignAnswerIgnored(context.InstanceId, response.ApprovalId, eventName, string.Join(", ", asked));
            response = await context.WaitForExternalEvent<HumanResponse>(eventName, cancellationToken);
        }

        return response;
    }

    private static async Task<HumanResponse> AnsweredAsync(TaskOrchestrationContext context, Task<HumanResponse> answer, List<string> asked, CancellationToken cancellationToken)
    {
        var response = await answer;
        var superseded = asked.Where(id => id != response.ApprovalId).ToList();
        if (superseded.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await context.CallActivityAsync(nameof(CloseRequest), new CloseRequestInput(superseded, $"answered by {response.AssigneeId}"));
        }

        return response;
    }
}
