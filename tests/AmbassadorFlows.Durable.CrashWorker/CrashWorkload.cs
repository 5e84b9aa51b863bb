using DurableTask.Core;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.CrashWorker;

/// <summary>Input of one workload instance: its number and the instance it exchanges events with.</summary>
public sealed record CrashInput(int N, string Partner);

/// <summary>An activity call: the idempotency key is made by the orchestration (instance + step), so
/// a redelivered activity writes under the same key.</summary>
public sealed record EffectInput(string Key, int N, int Step);

/// <summary>
/// An activity, a timer, an event to and from a partner, an event from outside ("poke"), a fan-out and
/// a sub-orchestration. Output "n|a|hello|poke|fan|sub", all derived from n, so the test knows the answer.
/// </summary>
public sealed class CrashFlow : TaskOrchestration<string, CrashInput>
{
    private readonly TaskCompletionSource<int> _hello = new();
    private readonly TaskCompletionSource<int> _poke = new();

    public override async Task<string> RunTask(OrchestrationContext context, CrashInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var id = context.OrchestrationInstance.InstanceId;
        var a = await context.ScheduleTask<int>(typeof(Effect), new EffectInput($"{id}:1", input.N, 1));
        await context.CreateTimer(context.CurrentUtcDateTime.AddMilliseconds(150), true);
        context.SendEvent(new OrchestrationInstance { InstanceId = input.Partner }, "hello", input.N);
        var hello = await _hello.Task;
        var poke = await _poke.Task;
        var fan = await Task.WhenAll(
            context.ScheduleTask<int>(typeof(Effect), new EffectInput($"{id}:2", input.N, 2)),
            context.ScheduleTask<int>(typeof(Effect), new EffectInput($"{id}:3", input.N, 3)),
            context.ScheduleTask<int>(typeof(Effect), new EffectInput($"{id}:4", input.N, 4)));
        var sub = await context.CreateSubOrchestrationInstance<int>(typeof(CrashChild), id + "-child", input.N);
        return $"{input.N}|{a}|{hello}|{poke}|{fan.Sum()}|{sub}";
    }

    public override void OnEvent(OrchestrationContext context, string name, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        // DTFx hands OnEvent the event data already read as a string ("7").
        var value = int.Parse(input, System.Globalization.CultureInfo.InvariantCulture);
        _ = name switch
        {
            "hello" => _hello.TrySetResult(value),
            "poke" => _poke.TrySetResult(value),
            _ => false,
        };
    }
}

public sealed class CrashChild : TaskOrchestration<int, int>
{
    public override async Task<int> RunTask(OrchestrationContext context, int input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.OrchestrationInstance.InstanceId;
        var first = await context.ScheduleTask<int>(typeof(Effect), new EffectInput($"{id}:5", input, 5));
        await context.CreateTimer(context.CurrentUtcDateTime.AddMilliseconds(50), true);
        var second = await context.ScheduleTask<int>(typeof(Effect), new EffectInput($"{id}:6", input, 6));
        return first + second;
    }
}

/// <summary>A side effect made idempotent by its key: one row per key; the attempt counter shows
/// redeliveries. Returns n*10+step.</summary>
public sealed class Effect(string databasePath) : AsyncTaskActivity<EffectInput, int>
{
    protected override async Task<int> ExecuteAsync(TaskContext context, EffectInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var connection = new SqliteConnection($"Data Source={databasePath};Default Timeout=60;Pooling=False");
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = """
                    PRAGMA busy_timeout = 30000;
                    INSERT INTO side_effects (key, attempts, value) VALUES (@key, 1, @value)
                    ON CONFLICT (key) DO UPDATE SET attempts = attempts + 1;
                    """;
                command.Parameters.AddWithValue("@key", input.Key);
                command.Parameters.AddWithValue("@value", (input.N * 10) + input.Step);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }

        // Tell the parent and hold until it answers "go": the parent kills us instead after some of
        // these lines, so such a kill lands inside the activity every time (not in a race with its
        // end), and the activity runs again, which the key must absorb.
        await Console.Out.WriteLineAsync("effect " + input.Key).ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);
        await Go.WaitAsync().ConfigureAwait(false);
        return (input.N * 10) + input.Step;
    }

    /// <summary>Released once per "go" line the parent writes to stdin; each activity takes one to finish.</summary>
    public static SemaphoreSlim Go { get; } = new(0);
}
