using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Benchmarks;

/// <summary>Five activities in a row: the throughput workload.</summary>
internal sealed class FiveSteps : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var value = input;
        for (var i = 0; i < 5; i++)
        {
            value = await context.CallActivityAsync<int>(nameof(Step), value);
        }

        return value;
    }
}

/// <summary>Waits for "go", then calls <see cref="Mark"/>: the latency workload.</summary>
internal sealed class WaitThenStep : TaskOrchestrator<object?, bool>
{
    public override async Task<bool> RunAsync(TaskOrchestrationContext context, object? input)
    {
        context.SetCustomStatus("waiting");
        await context.WaitForExternalEvent<object?>("go");
        return await context.CallActivityAsync<bool>(nameof(Mark));
    }
}

/// <summary>Sleeps 30 days: the idle-memory workload.</summary>
internal sealed class IdleOnTimer : TaskOrchestrator<object?, bool>
{
    public override async Task<bool> RunAsync(TaskOrchestrationContext context, object? input)
    {
        await context.CreateTimer(TimeSpan.FromDays(30), CancellationToken.None);
        return true;
    }
}

internal sealed class Step : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input + 1);
}

/// <summary>Records when it starts, for the latency measure.</summary>
internal sealed class Mark : TaskActivity<object?, bool>
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<long>> Waiting = new(StringComparer.Ordinal);

    public static Task<long> Expect(string instanceId)
        => Waiting.GetOrAdd(instanceId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public override Task<bool> RunAsync(TaskActivityContext context, object? input)
    {
        var now = Stopwatch.GetTimestamp();
        if (Waiting.TryRemove(context.InstanceId, out var waiter))
        {
            waiter.TrySetResult(now);
        }

        return Task.FromResult(true);
    }
}
