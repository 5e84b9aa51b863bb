using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.CrashWorker;

/// <summary>Input of one workload instance: its number and the instance it exchanges events with.</summary>
public sealed record CrashInput(int N, string Partner);

public sealed record EffectInput(int N, int Step);

/// <summary>
/// Activities, a timer, an event to and from a partner, an event from outside ("poke"), a fan-out
/// and a sub-orchestration. Output: "n|a|hello|poke|fan|sub", all derived from n, so the test knows
/// the right answer.
/// </summary>
public sealed class CrashFlow : TaskOrchestrator<CrashInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, CrashInput input)
    {
        var a = await context.CallActivityAsync<int>(nameof(Effect), new EffectInput(input.N, 1));
        await context.CreateTimer(TimeSpan.FromMilliseconds(150), CancellationToken.None);
        context.SendEvent(input.Partner, "hello", input.N);
        var hello = await context.WaitForExternalEvent<int>("hello");
        var poke = await context.WaitForExternalEvent<int>("poke");
        var fan = await Task.WhenAll(
            context.CallActivityAsync<int>(nameof(Effect), new EffectInput(input.N, 2)),
            context.CallActivityAsync<int>(nameof(Effect), new EffectInput(input.N, 3)),
            context.CallActivityAsync<int>(nameof(Effect), new EffectInput(input.N, 4)));
        var sub = await context.CallSubOrchestratorAsync<int>(nameof(CrashChild), input.N);
        return $"{input.N}|{a}|{hello}|{poke}|{fan.Sum()}|{sub}";
    }
}

public sealed class CrashChild : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int n)
    {
        var first = await context.CallActivityAsync<int>(nameof(Effect), new EffectInput(n, 5));
        await context.CreateTimer(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        var second = await context.CallActivityAsync<int>(nameof(Effect), new EffectInput(n, 6));
        return first + second;
    }
}

/// <summary>A side effect made idempotent by its key: the row is written at most once per key; the
/// attempt counter shows redeliveries. Returns n*10+step.</summary>
public sealed class Effect(string databasePath) : TaskActivity<EffectInput, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, EffectInput input)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Default Timeout=60");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA busy_timeout = 30000;
            INSERT INTO side_effects (key, attempts, value) VALUES (@key, 1, @value)
            ON CONFLICT (key) DO UPDATE SET attempts = attempts + 1;
            """;
        command.Parameters.AddWithValue("@key", context.IdempotencyKey);
        command.Parameters.AddWithValue("@value", (input.N * 10) + input.Step);
        await command.ExecuteNonQueryAsync();
        return (input.N * 10) + input.Step;
    }
}
