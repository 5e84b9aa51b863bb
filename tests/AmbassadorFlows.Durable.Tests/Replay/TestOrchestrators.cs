namespace AmbassadorFlows.Durable.Tests.Replay;

// Small orchestrators, one behaviour each, used by the executor tests.

internal sealed class SequenceOrchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var a = await context.CallActivityAsync<string>("Greet", input);
        var b = await context.CallActivityAsync<string>("Greet", a);
        var c = await context.CallActivityAsync<string>("Shout", b);
        return c;
    }
}

internal sealed class FanOutOrchestrator : TaskOrchestrator<int[], int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int[] input)
    {
        var tasks = input.Select(n => context.CallActivityAsync<int>("Square", n)).ToList();
        var results = await Task.WhenAll(tasks);
        return results.Sum();
    }
}

/// <summary>Waits 45 days and reports when it woke up.</summary>
internal sealed class LongTimerOrchestrator : TaskOrchestrator<object?, DateTime>
{
    public override async Task<DateTime> RunAsync(TaskOrchestrationContext context, object? input)
    {
        await context.CreateTimer(TimeSpan.FromDays(45), CancellationToken.None);
        return context.CurrentUtcDateTime;
    }
}

/// <summary>Calls an activity, then waits for an approval.</summary>
internal sealed class ApprovalOrchestrator : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        await context.CallActivityAsync("Notify");
        var decision = await context.WaitForExternalEvent<string>("Approval");
        return $"decided:{decision}";
    }
}

/// <summary>Waits one day for an answer, then (after a timeout) waits again without a limit.</summary>
internal sealed class TimeoutThenWaitOrchestrator : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        try
        {
            var first = await context.WaitForExternalEvent<string>("Answer", TimeSpan.FromDays(1));
            return $"in-time:{first}";
        }
        catch (TaskCanceledException)
        {
            context.SetCustomStatus("timed-out");
        }

        var late = await context.WaitForExternalEvent<string>("Answer");
        return $"late:{late}";
    }
}

/// <summary>Races an approval against a 2-day timer; the losing timer is cancelled.</summary>
internal sealed class RaceOrchestrator : TaskOrchestrator<bool, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, bool callAfter)
    {
        using var cts = new CancellationTokenSource();
        var deadline = context.CreateTimer(TimeSpan.FromDays(2), cts.Token);
        var approval = context.WaitForExternalEvent<string>("Approval", cts.Token);
        var winner = await Task.WhenAny(approval, deadline);
        cts.Cancel(); // synchronous: CancelAsync would run callbacks on the thread pool
        if (winner != approval)
        {
            return "expired";
        }

        if (callAfter)
        {
            await context.CallActivityAsync("Record", approval.Result);
        }

        return $"approved:{approval.Result}";
    }
}

internal sealed class RetryOrchestrator : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var policy = new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(10), backoffCoefficient: 2);
        return await context.CallActivityAsync<string>("Flaky", "x", TaskOptions.FromRetryPolicy(policy));
    }
}

internal sealed class ParentOrchestrator : TaskOrchestrator<bool, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, bool catchFailure)
    {
        try
        {
            return await context.CallSubOrchestratorAsync<string>("Child", "payload");
        }
        catch (TaskFailedException ex) when (catchFailure)
        {
            return $"child failed: {ex.FailureDetails.ErrorMessage}";
        }
    }
}

/// <summary>Counts "Tick" events across executions with ContinueAsNew.</summary>
internal sealed class CounterOrchestrator : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int count)
    {
        var tick = await context.WaitForExternalEvent<string>("Tick");
        context.SetCustomStatus(new { last = tick });
        if (count + 1 < 3)
        {
            context.ContinueAsNew(count + 1);
        }

        return count + 1;
    }
}

internal sealed class ThrowingOrchestrator : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        await context.CallActivityAsync("Step");
        throw new InvalidOperationException("The programme has no training modules.");
    }
}

/// <summary>Schedules a different first step depending on its "deployment": a stand-in for changed code.</summary>
internal sealed class ChangingOrchestrator(string firstActivity) : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        if (firstActivity == "Timer")
        {
            await context.CreateTimer(TimeSpan.FromHours(1), CancellationToken.None);
        }
        else
        {
            await context.CallActivityAsync(firstActivity);
        }

        await context.CallActivityAsync("B");
        return "done";
    }
}

internal sealed class GuidOrchestrator : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var first = context.NewGuid();
        await context.CallActivityAsync("Step", first);
        var second = context.NewGuid();
        return $"{first}|{second}";
    }
}

internal sealed class DelayOrchestrator : TaskOrchestrator<object?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, object? input)
    {
        await Task.Delay(TimeSpan.FromMinutes(1));
        return "never";
    }
}

internal sealed class SendEventOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string target)
    {
        context.SendEvent(target, "Nudge", new { from = context.InstanceId });
        return Task.FromResult("sent");
    }
}

internal sealed record Application(string EmployeeId, string Department);

internal sealed class TypedInputOrchestrator : TaskOrchestrator<Application, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, Application input)
        => Task.FromResult($"{input.EmployeeId}@{input.Department}");
}
