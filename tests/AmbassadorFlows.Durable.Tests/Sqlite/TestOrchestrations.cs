using DurableTask.Core;

namespace AmbassadorFlows.Durable.Tests.Sqlite;

internal static class TestOrchestrations
{
    public static readonly Type[] All =
    [
        typeof(SequenceOrchestration), typeof(FanOutOrchestration), typeof(TimerOrchestration), typeof(EventOrchestration),
        typeof(CountingOrchestration), typeof(ParentOrchestration), typeof(FailingOrchestration),
    ];
}

/// <summary>Five activities one after the other: input + 50.</summary>
internal sealed class SequenceOrchestration : TaskOrchestration<int, int>
{
    public override async Task<int> RunTask(OrchestrationContext context, int input)
    {
        var value = input;
        for (var i = 0; i < 5; i++)
        {
            value = await context.ScheduleTask<int>(typeof(AddTen), value);
        }

        return value;
    }
}

/// <summary>n activities at once: sum of (i + 10) for i below n.</summary>
internal sealed class FanOutOrchestration : TaskOrchestration<int, int>
{
    public override async Task<int> RunTask(OrchestrationContext context, int input)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.ScheduleTask<int>(typeof(AddTen), i)));
        return results.Sum();
    }
}

/// <summary>Waits the given number of days on a durable timer.</summary>
internal sealed class TimerOrchestration : TaskOrchestration<string, double>
{
    public override async Task<string> RunTask(OrchestrationContext context, double input)
    {
        var fireAt = context.CurrentUtcDateTime.AddDays(input);
        return await context.CreateTimer(fireAt, "fired");
    }
}

/// <summary>Runs an activity, then waits for the event "go": "activity|event data". An event raised
/// before the wait is kept until the orchestration waits.</summary>
internal sealed class EventOrchestration : TaskOrchestration<string, int>
{
    private readonly TaskCompletionSource<string> _go = new();

    public override async Task<string> RunTask(OrchestrationContext context, int input)
    {
        var first = await context.ScheduleTask<int>(typeof(AddTen), input);
        var data = await _go.Task;
        return $"{first}|{data}";
    }

    public override void OnEvent(OrchestrationContext context, string name, string input)
    {
        if (name == "go")
        {
            _go.TrySetResult(input);
        }
    }
}

/// <summary>ContinueAsNew until the input reaches 3, each execution running one activity.</summary>
internal sealed class CountingOrchestration : TaskOrchestration<int, int>
{
    public override async Task<int> RunTask(OrchestrationContext context, int input)
    {
        if (input >= 3)
        {
            return input;
        }

        await context.ScheduleTask<int>(typeof(AddTen), input);
        context.ContinueAsNew(input + 1);
        return input;
    }
}

/// <summary>Runs SequenceOrchestration as a sub-orchestration with a known id.</summary>
internal sealed class ParentOrchestration : TaskOrchestration<int, int>
{
    public override async Task<int> RunTask(OrchestrationContext context, int input)
    {
        var child = await context.CreateSubOrchestrationInstance<int>(typeof(SequenceOrchestration), context.OrchestrationInstance.InstanceId + "-child", input);
        return child + 1;
    }
}

internal sealed class FailingOrchestration : TaskOrchestration<int, string>
{
    public override async Task<int> RunTask(OrchestrationContext context, string input)
        => await context.ScheduleTask<int>(typeof(Fail), input);
}
