using System.Diagnostics;
using AmbassadorFlows.Durable.Sqlite;
using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using DurableTask.Core.Serializing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace AmbassadorFlows.Durable.Tests.Sqlite;

/// <summary>
/// Runs the CrashWorker workload (DTFx's TaskHubWorker on this backend) in a child process and SIGKILLs
/// it at random moments, over and over, while this process schedules instances and raises events into
/// the same file. Afterwards every instance must have the right output and a whole history, and every
/// side effect must exist exactly once per idempotency key.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Kills = 200;
    private const int WaveSize = 10;
    private const int KillsPerWave = 12;

    /// <summary>The worker's orchestration (not referenced as an assembly: it runs in the child).</summary>
    private const string CrashFlowName = "AmbassadorFlows.Durable.CrashWorker.CrashFlow";

    [Fact]
    public async Task CrashWorker_KilledTwoHundredTimesMidWorkload_EveryOrchestrationCompletesOnceAndCorrectly()
    {
        var worker = LocateWorker();
        var directory = Path.Combine(Path.GetTempPath(), "af-sqlite-tests", "crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var databasePath = Path.Combine(directory, "crash.db");
        var random = new Random(20261202);
        var waves = new List<List<(string Id, int N)>>();
        var poked = 0;
        try
        {
            using var service = new SqliteOrchestrationService(new SqliteOrchestrationServiceOptions { DatabasePath = databasePath });
            // Plain JSON for inputs: the worker reads them as its own CrashInput record.
            var client = new TaskHubClient(service, new JsonDataConverter(new Newtonsoft.Json.JsonSerializerSettings()), null);
            var stopwatch = Stopwatch.StartNew();
            for (var kill = 0; kill < Kills; kill++)
            {
                if (kill % KillsPerWave == 0)
                {
                    waves.Add(await ScheduleWaveAsync(client, waves.Count));
                }

                // Poke each wave a few runs after it started, so the poke races with its work.
                if (poked < waves.Count && kill % KillsPerWave == 4)
                {
                    await PokeAsync(client, waves[poked++]);
                }

                using var child = await StartWorkerAsync(worker, databasePath);
                // Right after a wave is scheduled its first activities are sure to come: that run
                // waits for one however slow the machine is, so some kills always land inside an
                // activity; the others kill after a few, or after a short while when idle.
                var waveJustScheduled = kill % KillsPerWave == 0;
                await KillSoonAsync(
                    child,
                    effectsBeforeKill: waveJustScheduled ? 1 : random.Next(1, 6),
                    maximum: waveJustScheduled ? TimeSpan.FromSeconds(60) : TimeSpan.FromMilliseconds(random.Next(50, 400)),
                    random);
            }

            while (poked < waves.Count)
            {
                await PokeAsync(client, waves[poked++]);
            }

            output.WriteLine($"{Kills} kills in {stopwatch.Elapsed}; {waves.Count * WaveSize} instances; draining");
            using (var final = await StartWorkerAsync(worker, databasePath))
            {
                // Let each of its activities finish, and keep reading, so a full pipe never blocks it.
                var drain = Task.Run(async () =>
                {
                    while (await final.StandardOutput.ReadLineAsync() is { } line)
                    {
                        try
                        {
                            if (line.StartsWith("effect ", StringComparison.Ordinal))
                            {
                                await GoAsync(final);
                            }
                        }
                        catch (Exception e) when (e is IOException or ObjectDisposedException)
                        {
                            // Stdin closed once every instance finished: nothing is left to let go.
                        }
                    }
                });
                foreach (var (id, _) in waves.SelectMany(w => w))
                {
                    var state = await service.WaitForOrchestrationAsync(id, null, TimeSpan.FromMinutes(1), CancellationToken.None);
                    Assert.True(state is not null, $"{id} did not finish after the kills");
                }

                final.StandardInput.Close();
                if (!final.WaitForExit(10_000))
                {
                    final.Kill(entireProcessTree: true);
                }

                await drain;
            }

            output.WriteLine($"drained after {stopwatch.Elapsed}");
            await VerifyAsync(service, databasePath, waves);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task VerifyAsync(SqliteOrchestrationService service, string databasePath, List<List<(string Id, int N)>> waves)
    {
        var effects = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, attempts FROM side_effects";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                effects[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var instances = new List<OrchestrationState>();
        string? token = null;
        do
        {
            var page = await service.GetOrchestrationWithQueryAsync(new OrchestrationQuery { PageSize = 100, ContinuationToken = token, FetchInputsAndOutputs = true }, CancellationToken.None);
            instances.AddRange(page.OrchestrationState);
            token = page.ContinuationToken;
        }
        while (token is not null);

        var expectedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            var id = instance.OrchestrationInstance.InstanceId;
            Assert.True(instance.OrchestrationStatus == OrchestrationStatus.Completed, $"{id} is {instance.OrchestrationStatus}: {instance.Output}");
            var history = JsonDataConverter.Default.Deserialize<List<HistoryEvent>>(await service.GetOrchestrationHistoryAsync(id, null));
            AssertWholeHistory(id, history);
            var steps = id.EndsWith("-child", StringComparison.Ordinal) ? new[] { 5, 6 } : [1, 2, 3, 4];
            foreach (var step in steps)
            {
                expectedKeys.Add($"{id}:{step}");
            }
        }

        foreach (var (id, n) in waves.SelectMany(w => w))
        {
            var state = instances.Single(s => s.OrchestrationInstance.InstanceId == id);
            var expected = $"{n}|{(n * 10) + 1}|{n ^ 1}|{n * 7}|{(30 * n) + 9}|{(20 * n) + 11}";
            Assert.Equal(JsonDataConverter.Default.Serialize(expected), state.Output);
        }

        // Every instance and its sub-orchestration; one side-effect row per key, no more, no fewer.
        Assert.Equal(waves.Count * WaveSize * 2, instances.Count);
        Assert.Equal(expectedKeys.OrderBy(k => k, StringComparer.Ordinal), effects.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var redelivered = effects.Values.Count(a => a > 1);
        output.WriteLine($"{instances.Count} instances, {effects.Count} side effects, {redelivered} redelivered at least once (max attempts {effects.Values.Max()})");

        // Proof that kills landed mid-activity: otherwise the final drain alone could pass this test.
        Assert.True(redelivered > 0, "No activity was ever redelivered: the kills never interrupted work in flight.");
    }

    /// <summary>One start, one completion at the end, every task and timer and sub-orchestration
    /// answered exactly once, turns properly bracketed.</summary>
    private static void AssertWholeHistory(string id, List<HistoryEvent> history)
    {
        Assert.True(history.Count > 0, $"{id}: empty history");
        Assert.Single(history.OfType<ExecutionStartedEvent>());
        Assert.IsType<ExecutionStartedEvent>(history.First(e => e is not OrchestratorStartedEvent));
        var completed = Assert.Single(history.OfType<ExecutionCompletedEvent>());
        Assert.Equal(OrchestrationStatus.Completed, completed.OrchestrationStatus);
        Assert.Equal(history.OfType<OrchestratorStartedEvent>().Count(), history.OfType<OrchestratorCompletedEvent>().Count());
        var scheduled = history.OfType<TaskScheduledEvent>().Select(e => e.EventId).ToList();
        Assert.Equal(scheduled.Distinct().Count(), scheduled.Count);
        Assert.Equal(scheduled.Order(), history.OfType<TaskCompletedEvent>().Select(e => e.TaskScheduledId).Order());
        Assert.Equal(history.OfType<TimerCreatedEvent>().Select(e => e.EventId).Order(), history.OfType<TimerFiredEvent>().Select(e => e.TimerId).Order());
        Assert.Equal(
            history.OfType<SubOrchestrationInstanceCreatedEvent>().Select(e => e.EventId).Order(),
            history.OfType<SubOrchestrationInstanceCompletedEvent>().Select(e => e.TaskScheduledId).Order());
    }

    private static async Task<List<(string Id, int N)>> ScheduleWaveAsync(TaskHubClient client, int wave)
    {
        var members = new List<(string, int)>();
        for (var k = 0; k < WaveSize; k++)
        {
            var n = (wave * WaveSize) + k;
            var id = InstanceId(n);
            await client.CreateOrchestrationInstanceAsync(
                CrashFlowName, string.Empty, id, new { N = n, Partner = InstanceId(n ^ 1) });
            members.Add((id, n));
        }

        return members;
    }

    private static async Task PokeAsync(TaskHubClient client, List<(string Id, int N)> wave)
    {
        foreach (var (id, n) in wave)
        {
            await client.RaiseEventAsync(new OrchestrationInstance { InstanceId = id, ExecutionId = string.Empty }, "poke", n * 7);
        }
    }

    private static string InstanceId(int n) => $"crash-{n:D4}";

    /// <summary>SIGKILLs the worker a few milliseconds after its n-th side effect, whose activity is
    /// still holding for its "go" (so that kill lands inside an activity, and others inside turns), or
    /// after <paramref name="maximum"/> when it has nothing to do (waiting for timers or pokes). The
    /// activities before the n-th are let go.</summary>
    private static async Task KillSoonAsync(Process child, int effectsBeforeKill, TimeSpan maximum, Random random)
    {
        using var deadline = new CancellationTokenSource(maximum);
        try
        {
            for (var seen = 0; seen < effectsBeforeKill;)
            {
                var line = await child.StandardOutput.ReadLineAsync(deadline.Token);
                if (line is null)
                {
                    break;
                }

                if (line.StartsWith("effect ", StringComparison.Ordinal) && ++seen < effectsBeforeKill)
                {
                    await GoAsync(child);
                }
            }

            await Task.Delay(random.Next(0, 15));
        }
        catch (OperationCanceledException)
        {
            // Idle for a while: kill it anyway.
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
    }

    /// <summary>Lets one held activity of the worker finish.</summary>
    private static async Task GoAsync(Process child)
    {
        await child.StandardInput.WriteLineAsync("go");
        await child.StandardInput.FlushAsync();
    }

    private static async Task<Process> StartWorkerAsync(string worker, string databasePath)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(worker);
        info.ArgumentList.Add(databasePath);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the crash worker");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.Equal("ready", line);
        return process;
    }

    private static string LocateWorker()
    {
        // Artifacts layout: bin/<project>/<configuration>/; the worker is built as a project reference.
        var testDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(testDirectory.Parent!.Parent!.FullName, "AmbassadorFlows.Durable.CrashWorker", testDirectory.Name, "AmbassadorFlows.Durable.CrashWorker.dll");
        Assert.True(File.Exists(path), $"crash worker not built at {path}");
        return path;
    }
}
