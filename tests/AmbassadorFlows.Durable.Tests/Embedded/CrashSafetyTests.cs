using System.Diagnostics;
using AmbassadorFlows.Durable.Embedded;
using AmbassadorFlows.Durable.Protocol;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace AmbassadorFlows.Durable.Tests.Embedded;

/// <summary>
/// Runs the CrashWorker workload in a child process and SIGKILLs it at random moments, over and
/// over, while this process keeps scheduling instances and raising events into the same file.
/// Afterwards every instance must have the right output, a whole history, and every activity's
/// side effect recorded exactly once per idempotency key.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Kills = 200;
    private const int WaveSize = 10;
    private const int KillsPerWave = 12;

    [Fact]
    public async Task CrashWorker_KilledTwoHundredTimesMidWorkload_EveryOrchestrationCompletesOnceAndCorrectly()
    {
        var worker = LocateWorker();
        var directory = Path.Combine(Path.GetTempPath(), "af-engine-tests", "crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var databasePath = Path.Combine(directory, "crash.db");
        var random = new Random(20260105);
        var waves = new List<List<(string Id, int N)>>();
        var poked = 0;
        try
        {
            await using var client = EmbeddedDurableTaskClient.Open(databasePath);
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
                await Task.Delay(random.Next(20, 250));
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
            }

            while (poked < waves.Count)
            {
                await PokeAsync(client, waves[poked++]);
            }

            output.WriteLine($"{Kills} kills in {stopwatch.Elapsed}; {waves.Count * WaveSize} instances; draining");
            using (var final = await StartWorkerAsync(worker, databasePath))
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
                foreach (var (id, _) in waves.SelectMany(w => w))
                {
                    await client.WaitForInstanceCompletionAsync(id, cancellation: timeout.Token);
                }

                final.StandardInput.Close();
                if (!final.WaitForExit(10_000))
                {
                    final.Kill(entireProcessTree: true);
                }
            }

            output.WriteLine($"drained after {stopwatch.Elapsed}");
            await VerifyAsync(client, databasePath, waves);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task VerifyAsync(EmbeddedDurableTaskClient client, string databasePath, List<List<(string Id, int N)>> waves)
    {
        var effects = new Dictionary<string, (long Attempts, long Value)>(StringComparer.Ordinal);
        await using (var connection = new SqliteConnection($"Data Source={databasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, attempts, value FROM side_effects";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                effects[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }
        }

        var expectedKeys = new HashSet<string>(StringComparer.Ordinal);
        var instances = 0;
        await foreach (var instance in client.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = true }))
        {
            instances++;
            Assert.True(instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{instance.InstanceId} is {instance.RuntimeStatus}: {instance.FailureDetails}");
            var history = await client.GetOrchestrationHistoryAsync(instance.InstanceId);
            HistoryAssert.IsConsistent(history, instance.InstanceId);
            foreach (var scheduled in history.Where(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskScheduled))
            {
                var key = $"{instance.InstanceId}:{scheduled.EventId}";
                expectedKeys.Add(key);
                Assert.True(effects.ContainsKey(key), $"side effect {key} never happened");
            }
        }

        foreach (var (id, n) in waves.SelectMany(w => w))
        {
            var metadata = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
            var partner = n ^ 1;
            var expected = $"{n}|{(n * 10) + 1}|{partner}|{n * 7}|{(30 * n) + 9}|{(20 * n) + 11}";
            Assert.Equal(expected, metadata!.ReadOutputAs<string>());
        }

        // Top-level instances and one sub-orchestration each.
        Assert.Equal(waves.Count * WaveSize * 2, instances);
        Assert.Equal(expectedKeys.Count, effects.Count);
        Assert.Equal(waves.Count * WaveSize * 6, effects.Count);
        var redelivered = effects.Values.Count(e => e.Attempts > 1);
        output.WriteLine($"{instances} instances, {effects.Count} side effects, {redelivered} redelivered at least once (max attempts {effects.Values.Max(e => e.Attempts)})");

        // Proof that kills landed mid-activity: otherwise the final drain alone could pass this test.
        Assert.True(redelivered > 0, "No activity was ever redelivered: the kills never interrupted work in flight.");
    }

    private static async Task<List<(string Id, int N)>> ScheduleWaveAsync(EmbeddedDurableTaskClient client, int wave)
    {
        var members = new List<(string, int)>();
        for (var k = 0; k < WaveSize; k++)
        {
            var n = (wave * WaveSize) + k;
            var id = InstanceId(n);
            await client.ScheduleNewOrchestrationInstanceAsync("CrashFlow", new { n, partner = InstanceId(n ^ 1) }, new StartOrchestrationOptions(id));
            members.Add((id, n));
        }

        return members;
    }

    private static async Task PokeAsync(EmbeddedDurableTaskClient client, List<(string Id, int N)> wave)
    {
        foreach (var (id, n) in wave)
        {
            await client.RaiseEventAsync(id, "poke", n * 7);
        }
    }

    private static string InstanceId(int n) => $"crash-{n:D4}";

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
