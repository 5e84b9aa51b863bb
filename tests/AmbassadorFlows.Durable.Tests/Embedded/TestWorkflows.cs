using System.Collections.Concurrent;

namespace AmbassadorFlows.Durable.Tests.Embedded;

/// <summary>Small orchestrators and activities, one per semantic under test.</summary>
internal static class TestWorkflows
{
    public static DurableTaskRegistry Registry() => new DurableTaskRegistry()
        .AddOrchestrator<Sequence>()
        .AddOrchestrator<WaitForApproval>()
        .AddOrchestrator<Parent>()
        .AddOrchestrator<Child>()
        .AddOrchestrator<FailingChild>()
        .AddOrchestrator<Pinger>()
        .AddOrchestrator<Listener>()
        .AddOrchestrator<MonthlyMeetings>()
        .AddOrchestrator<Counter>()
        .AddOrchestrator<CollectEvents>()
        .AddOrchestrator<RetryingCall>()
        .AddOrchestrator<CallFlaky>()
        .AddOrchestrator<LongWait>()
        .AddOrchestrator<SetStatus>()
        .AddOrchestrator<BlockingCall>()
        .AddActivity<Append>()
        .AddActivity<Fail>()
        .AddActivity<Flaky>()
        .AddActivity<Block>();
}

/// <summary>Three activities in a row: "a" → "a1" → "a12" → "a123".</summary>
internal sealed class Sequence : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var value = input;
        for (var i = 1; i <= 3; i++)
        {
            value = await context.CallActivityAsync<string>(nameof(Append), new AppendInput(value, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return value;
    }
}

internal sealed record AppendInput(string Value, string Suffix);

internal sealed class Append : TaskActivity<AppendInput, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, AppendInput input) => Task.FromResult(input.Value + input.Suffix);
}

internal sealed class Fail : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => throw new InvalidOperationException($"boom: {input}");
}

/// <summary>Fails until it has been called <c>input</c> times for the same orchestration.</summary>
internal sealed class Flaky : TaskActivity<int, int>
{
    public static readonly ConcurrentDictionary<string, int> Calls = new();

    public override Task<int> RunAsync(TaskActivityContext context, int input)
    {
        var calls = Calls.AddOrUpdate(context.InstanceId, 1, (_, c) => c + 1);
        return calls < input ? throw new TimeoutException($"attempt {calls} failed") : Task.FromResult(calls);
    }
}

/// <summary>Blocks until cancelled the first time it runs for an instance (a worker that dies mid-activity).</summary>
internal sealed class Block : TaskActivity<string, string>
{
    public static readonly ConcurrentDictionary<string, int> Runs = new();

    public override async Task<string> RunAsync(TaskActivityContext context, string input)
    {
        if (Runs.AddOrUpdate(context.IdempotencyKey, 1, (_, c) => c + 1) == 1)
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }

        return input + " done";
    }
}

internal sealed class BlockingCall : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) => context.CallActivityAsync<string>(nameof(Block), input);
}

internal sealed class RetryingCall : TaskOrchestrator<int, int>
{
    public override Task<int> RunAsync(TaskOrchestrationContext context, int input)
        => context.CallActivityAsync<int>(nameof(Flaky), input, TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(10))));
}

internal sealed class CallFlaky : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        try
        {
            return await context.CallActivityAsync<string>(nameof(Fail), input);
        }
        catch (TaskFailedException ex)
        {
            return $"caught {ex.FailureDetails.ErrorType}: {ex.FailureDetails.ErrorMessage}";
        }
    }
}

/// <summary>Waits for "approval" and returns its payload.</summary>
internal sealed class WaitForApproval : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var decision = await context.WaitForExternalEvent<string>("approval");
        return $"{input}:{decision}";
    }
}

/// <summary>Waits 30 days, then returns.</summary>
internal sealed class LongWait : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        await context.CreateTimer(TimeSpan.FromDays(30), CancellationToken.None);
        return input;
    }
}

internal sealed record ParentInput(string ChildId, string ChildOrchestrator, string Value);

/// <summary>Calls a sub-orchestration and reports its result or failure.</summary>
internal sealed class Parent : TaskOrchestrator<ParentInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, ParentInput input)
    {
        try
        {
            var result = await context.CallSubOrchestratorAsync<string>(input.ChildOrchestrator, input.Value, new SubOrchestrationOptions(instanceId: input.ChildId));
            return $"child said {result}";
        }
        catch (TaskFailedException ex)
        {
            return $"child failed: {ex.FailureDetails.ErrorMessage}";
        }
    }
}

/// <summary>Waits for "go", then runs one activity.</summary>
internal sealed class Child : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var go = await context.WaitForExternalEvent<string>("go");
        return await context.CallActivityAsync<string>(nameof(Append), new AppendInput(input, go));
    }
}

internal sealed class FailingChild : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) => throw new InvalidOperationException($"child broke on {input}");
}

/// <summary>Sends "ping" with its input to the instance named by the input, then waits for "pong".</summary>
internal sealed class Pinger : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        context.SendEvent(input, "ping", context.InstanceId);
        return await context.WaitForExternalEvent<string>("pong");
    }
}

/// <summary>Answers one "ping" with "pong" to the sender.</summary>
internal sealed class Listener : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var sender = await context.WaitForExternalEvent<string>("ping");
        context.SendEvent(sender, "pong", $"pong from {context.InstanceId}");
        return sender;
    }
}

/// <summary>A year of monthly meetings: one timer and one activity per month.</summary>
internal sealed class MonthlyMeetings : TaskOrchestrator<int, List<string>>
{
    public override async Task<List<string>> RunAsync(TaskOrchestrationContext context, int months)
    {
        var held = new List<string>();
        var start = context.CurrentUtcDateTime;
        for (var m = 1; m <= months; m++)
        {
            await context.CreateTimer(start.AddMonths(m), CancellationToken.None);
            context.SetCustomStatus(new { month = m });
            held.Add(await context.CallActivityAsync<string>(nameof(Append), new AppendInput(context.CurrentUtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"#{m}")));
        }

        return held;
    }
}

/// <summary>Eternal counter: adds every "add" event, continues as new after each, stops at 3.</summary>
internal sealed class Counter : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int total)
    {
        if (total >= 3)
        {
            return total;
        }

        var add = await context.WaitForExternalEvent<int>("add");
        context.ContinueAsNew(total + add);
        return total;
    }
}

/// <summary>Waits for <c>count</c> "e" events and returns their payloads in arrival order.</summary>
internal sealed class CollectEvents : TaskOrchestrator<int, List<int>>
{
    public override async Task<List<int>> RunAsync(TaskOrchestrationContext context, int count)
    {
        var received = new List<int>();
        for (var i = 0; i < count; i++)
        {
            received.Add(await context.WaitForExternalEvent<int>("e"));
        }

        return received;
    }
}

/// <summary>Sets its custom status to the input and waits for "done".</summary>
internal sealed class SetStatus : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        context.SetCustomStatus(new { state = input });
        return await context.WaitForExternalEvent<string>("done");
    }
}
