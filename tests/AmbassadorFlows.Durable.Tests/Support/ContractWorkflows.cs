using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Durable.Tests.Support;

/// <summary>Small SDK-style orchestrators and activities, one per semantic the backends must share.</summary>
internal static class ContractWorkflows
{
    public static void Register(DurableTaskRegistry registry) => registry
        .AddOrchestrator<Sequence>()
        .AddOrchestrator<FanOutFanIn>()
        .AddOrchestrator<Sleeper>()
        .AddOrchestrator<Approval>()
        .AddOrchestrator<ApprovalOrTimeout>()
        .AddOrchestrator<RetryingCall>()
        .AddOrchestrator<Parent>()
        .AddOrchestrator<Child>()
        .AddOrchestrator<Counter>()
        .AddOrchestrator<Waiter>()
        .AddOrchestrator<WithStatus>()
        .AddOrchestrator<CallsMissingActivity>()
        .AddOrchestrator<ScopeProbe>()
        .AddOrchestrator<ClockReader>()
        .AddOrchestrator<Collector>()
        .AddOrchestrator<Notifier>()
        .AddOrchestrator<CallsMissingChild>()
        .AddActivity<Append>()
        .AddActivity<Flaky>()
        .AddActivity<ScopedIdActivity>();

    /// <summary>Services the DI-scope test needs.</summary>
    public static void AddServices(IServiceCollection services) => services.AddScoped<ScopedThing>();
}

internal sealed record AppendInput(string Value, string Suffix);

internal sealed class Append : TaskActivity<AppendInput, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, AppendInput input) => Task.FromResult(input.Value + input.Suffix);
}

/// <summary>Three activities in a row: "a" → "a123".</summary>
internal sealed class Sequence : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var value = input;
        for (var i = 1; i <= 3; i++)
        {
            value = await context.CallActivityAsync<string>(nameof(Append), new AppendInput(value, i.ToString(CultureInfo.InvariantCulture)));
        }

        return value;
    }
}

/// <summary>Runs <c>input</c> activities at once and joins their results in order.</summary>
internal sealed class FanOutFanIn : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        var tasks = Enumerable.Range(0, input)
            .Select(i => context.CallActivityAsync<string>(nameof(Append), new AppendInput("x", i.ToString(CultureInfo.InvariantCulture))))
            .ToList();
        var results = await Task.WhenAll(tasks);
        return string.Join(",", results);
    }
}

/// <summary>Sleeps for the given time and returns the orchestration's clock before and after.</summary>
internal sealed class Sleeper : TaskOrchestrator<TimeSpan, SleepResult>
{
    public override async Task<SleepResult> RunAsync(TaskOrchestrationContext context, TimeSpan input)
    {
        var before = context.CurrentUtcDateTime;
        await context.CreateTimer(input, CancellationToken.None);
        return new SleepResult(before, context.CurrentUtcDateTime);
    }
}

internal sealed record SleepResult(DateTime Before, DateTime After);

/// <summary>Returns its clock (proves OrchestratorStarted carries the TimeProvider's time).</summary>
internal sealed class ClockReader : TaskOrchestrator<string?, DateTime>
{
    public override Task<DateTime> RunAsync(TaskOrchestrationContext context, string? input) => Task.FromResult(context.CurrentUtcDateTime);
}

/// <summary>Calls an activity first (so an early event arrives before the wait), then waits for "approve".</summary>
internal sealed class Approval : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var prepared = await context.CallActivityAsync<string>(nameof(Append), new AppendInput(input, "-asked"));
        context.SetCustomStatus("waiting");
        var decision = await context.WaitForExternalEvent<string>("approve");
        return prepared + ":" + decision;
    }
}

/// <summary>Races "approve" against a timer and cancels the loser with Cancel(), so nothing is left running.</summary>
internal sealed class ApprovalOrTimeout : TaskOrchestrator<TimeSpan, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, TimeSpan input)
    {
        using var cts = new CancellationTokenSource();
        var timer = context.CreateTimer(input, cts.Token);
        var approval = context.WaitForExternalEvent<string>("approve", cts.Token);
        context.SetCustomStatus("waiting");
        var winner = await Task.WhenAny(timer, approval);
        cts.Cancel();
        return winner == approval ? "approved:" + await approval : "timed-out";
    }
}

/// <summary>Calls <see cref="Flaky"/>, which fails until its third call, with a retry policy.</summary>
internal sealed class RetryingCall : TaskOrchestrator<FlakyInput, int>
{
    public override Task<int> RunAsync(TaskOrchestrationContext context, FlakyInput input)
        => context.CallActivityAsync<int>(nameof(Flaky), input,
            TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: input.MaxAttempts, firstRetryInterval: TimeSpan.FromMilliseconds(200))));
}

internal sealed record FlakyInput(string Key, int SucceedOnCall, int MaxAttempts);

internal sealed class Flaky : TaskActivity<FlakyInput, int>
{
    public static readonly ConcurrentDictionary<string, int> Calls = new();

    public override Task<int> RunAsync(TaskActivityContext context, FlakyInput input)
    {
        var call = Calls.AddOrUpdate(input.Key, 1, (_, n) => n + 1);
        return call < input.SucceedOnCall
            ? throw new InvalidOperationException($"flaky call {call}")
            : Task.FromResult(call);
    }
}

/// <summary>Starts two children and sums their results; a child can be told to fail.</summary>
internal sealed class Parent : TaskOrchestrator<ParentInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, ParentInput input)
    {
        var first = context.CallSubOrchestratorAsync<string>(nameof(Child), new ChildInput("a", false),
            new SubOrchestrationOptions { InstanceId = context.InstanceId + "-child-a" });
        var second = context.CallSubOrchestratorAsync<string>(nameof(Child), new ChildInput("b", input.FailChild),
            new SubOrchestrationOptions { InstanceId = context.InstanceId + "-child-b" });
        try
        {
            return string.Join("+", await Task.WhenAll(first, second));
        }
        catch (TaskFailedException ex)
        {
            return "child failed: " + ex.FailureDetails.ErrorMessage;
        }
    }
}

internal sealed record ParentInput(bool FailChild);

internal sealed record ChildInput(string Name, bool Fail);

/// <summary>Returns its name and its parent's instance id (the shim's Parent).</summary>
internal sealed class Child : TaskOrchestrator<ChildInput, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, ChildInput input)
        => input.Fail
            ? throw new InvalidOperationException("child " + input.Name + " broke")
            : Task.FromResult(input.Name + "<" + context.Parent?.InstanceId);
}

/// <summary>Counts "add" events across ContinueAsNew generations; events raised before a
/// ContinueAsNew carry over to the next generation.</summary>
internal sealed class Counter : TaskOrchestrator<CounterState, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, CounterState input)
    {
        if (input.Generation >= input.Generations)
        {
            return input.Total;
        }

        var add = await context.WaitForExternalEvent<int>("add");
        context.ContinueAsNew(new CounterState(input.Total + add, input.Generation + 1, input.Generations), preserveUnprocessedEvents: true);
        return 0;
    }
}

internal sealed record CounterState(int Total, int Generation, int Generations);

/// <summary>Waits for "go" forever (terminate, suspend and purge act on it).</summary>
internal sealed class Waiter : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        context.SetCustomStatus("waiting");
        return await context.WaitForExternalEvent<string>("go");
    }
}

/// <summary>Sets its input as custom status and finishes.</summary>
internal sealed class WithStatus : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        context.SetCustomStatus(input);
        return Task.FromResult(input);
    }
}

/// <summary>Calls an activity nobody registered; reports what the orchestration sees.</summary>
internal sealed class CallsMissingActivity : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        try
        {
            await context.CallActivityAsync<string>("NoSuchActivity", "x");
            return "called";
        }
        catch (TaskFailedException ex)
        {
            return ex.Message;
        }
    }
}

/// <summary>Calls <see cref="ScopedIdActivity"/> twice; each call has its own DI scope.</summary>
internal sealed class ScopeProbe : TaskOrchestrator<string?, string[]>
{
    public override async Task<string[]> RunAsync(TaskOrchestrationContext context, string? input)
    {
        var first = await context.CallActivityAsync<string>(nameof(ScopedIdActivity), 1);
        var second = await context.CallActivityAsync<string>(nameof(ScopedIdActivity), 2);
        return [first, second];
    }
}

/// <summary>A scoped service: same instance within a scope, disposed with it.</summary>
internal sealed class ScopedThing : IDisposable
{
    public static readonly ConcurrentDictionary<string, bool> Disposed = new();

    public string Id { get; } = Guid.NewGuid().ToString("N");

    public void Dispose() => Disposed[Id] = true;
}

internal sealed class ScopedIdActivity(ScopedThing thing, IServiceProvider services) : TaskActivity<int, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, int input)
    {
        // The activity's own provider is the scope: it hands out the same ScopedThing.
        var same = ReferenceEquals(services.GetRequiredService<ScopedThing>(), thing);
        return Task.FromResult(same ? thing.Id : "not-scoped");
    }
}

/// <summary>Waits for "item" <c>input</c> times and returns the payloads in the order it got them.</summary>
internal sealed class Collector : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        var items = new List<string>();
        context.SetCustomStatus("waiting");
        for (var i = 0; i < input; i++)
        {
            items.Add(await context.WaitForExternalEvent<string>("item"));
        }

        return string.Join(",", items);
    }
}

/// <summary>Sends "go" to the instance named in its input (orchestration to orchestration).</summary>
internal sealed class Notifier : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        context.SendEvent(input, "go", "from " + context.InstanceId);
        return Task.FromResult("sent");
    }
}

/// <summary>Calls a sub-orchestrator nobody registered; reports what it sees.</summary>
internal sealed class CallsMissingChild : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        try
        {
            return await context.CallSubOrchestratorAsync<string>("NoSuchChild");
        }
        catch (TaskFailedException ex)
        {
            return "failed: " + ex.FailureDetails.ErrorMessage;
        }
    }
}
