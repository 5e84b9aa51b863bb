using System.Diagnostics;
using System.Globalization;
using AmbassadorFlows.Durable.Hosting;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Benchmarks;

/// <summary>
/// The local runtime (official SDK shims on DTFx's dispatchers, our SQLite backend) on a SQLite file
/// and on an in-memory SQLite baseline in the same run: five-activity orchestrations per second,
/// RaiseEvent → next activity latency, and RSS with many idle instances waiting on timers. Beside them
/// the peer: the same orchestrations on Durable Functions' default provider (DTFx Azure Storage) on
/// Azurite, skipped with a notice when Azurite is not installed.
/// Usage: engine [orchestrations=2000] [latency samples=300] [idle instances=100000]
///        [--no-peer] [--peer-orchestrations 500] [--peer-samples 100]
/// </summary>
public static class EngineBenchmark
{
    /// <summary>Starts in flight at once, so the backend's group commit has company.</summary>
    private const int StartConcurrency = 64;

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (positional, options) = Split(args);
        var orchestrations = Arg(positional, 0, 2000);
        var samples = Arg(positional, 1, 300);
        var idle = Arg(positional, 2, 100_000);
        var peerOrchestrations = options.TryGetValue("--peer-orchestrations", out var po) ? po : 500;
        var peerSamples = options.TryGetValue("--peer-samples", out var ps) ? ps : 100;
        Console.WriteLine($"engine benchmark: {Environment.ProcessorCount} cores, {orchestrations} orchestrations, {samples} latency samples, {idle} idle instances"
            + (options.ContainsKey("--no-peer") ? "; no peer (--no-peer)" : $"; peer: {peerOrchestrations} orchestrations, {peerSamples} latency samples"));

        var directory = Directory.CreateTempSubdirectory("af-engine-bench-").FullName;
        try
        {
            await WarmUpJitAsync(orchestrations);
            var file = await MeasureAsync("sqlite file", Path.Combine(directory, "bench.db"), orchestrations, samples, idle);
            var memory = await MeasureAsync("in-memory", null, orchestrations, samples, idle);
            var (peer, peerNote) = options.ContainsKey("--no-peer")
                ? ((Figures?)null, "not measured: --no-peer")
                : await MeasurePeerAsync(peerOrchestrations, peerSamples);
            Console.WriteLine();
            Console.WriteLine("| measure | sqlite file | in-memory baseline | file/memory | Azure Storage on Azurite (peer) | file/peer |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Row("5-activity orchestrations/s (goal ≥ 500)", file.PerSecond, memory.PerSecond, peer?.PerSecond, "F1");
            Row("CPU ms per orchestration, this process", file.CpuMs, memory.CpuMs, peer?.CpuMs, "F2");
            Row("RaiseEvent → activity p50 ms (goal < 10)", file.P50, memory.P50, peer?.P50, "F2");
            Row("RaiseEvent → activity p99 ms (goal < 50)", file.P99, memory.P99, peer?.P99, "F2");
            Row($"RSS MB with {idle} idle instances (goal < 300)", file.IdleRssMb, memory.IdleRssMb, null, "F0");
            Row("  of which file-backed (mapped binaries)", file.IdleFileBackedMb, memory.IdleFileBackedMb, null, "F0");
            Row("RSS MB before the idle phase", file.BaseRssMb, memory.BaseRssMb, null, "F0");
            Console.WriteLine($"database file with {idle} idle instances: {file.DatabaseMb:F0} MB on disk");
            Console.WriteLine($"peer: {peerNote}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        return 0;
    }

    private static Task<LocalDurableRuntime> StartAsync(string? databasePath)
        => LocalDurableRuntime.StartAsync(new LocalRuntimeOptions { Backend = LocalBackend.Sqlite, DatabasePath = databasePath }, Register);

    private static void Register(DurableTaskRegistry registry)
        => registry
            .AddOrchestrator<FiveSteps>()
            .AddOrchestrator<WaitThenStep>()
            .AddOrchestrator<IdleOnTimer>()
            .AddActivity<Step>()
            .AddActivity<Mark>();

    /// <summary>Runs the workload on a throwaway in-memory runtime until its rate settles (at most
    /// five rounds): tiered JIT with dynamic PGO keeps recompiling the hot paths for seconds, and
    /// whichever runtime was measured first would otherwise look slower.</summary>
    private static async Task WarmUpJitAsync(int orchestrations)
    {
        await using var runtime = await StartAsync(null);
        var previous = 0.0;
        for (var round = 0; round < 5; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            await RunFiveStepsAsync(runtime.Client, $"jit{round}", orchestrations);
            var rate = orchestrations / stopwatch.Elapsed.TotalSeconds;
            Console.WriteLine($"[jit warm-up {round}] {rate:F0}/s (not counted)");
            if (Math.Abs(rate - previous) < 0.1 * rate)
            {
                return;
            }

            previous = rate;
        }
    }

    private static async Task<Figures> MeasureAsync(string label, string? databasePath, int orchestrations, int samples, int idle)
    {
        var runtime = await StartAsync(databasePath);
        await using (runtime)
        {
            var client = runtime.Client;
            await RunFiveStepsAsync(client, "warm", 100);

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            await RunFiveStepsAsync(client, "five", orchestrations);
            var perSecond = orchestrations / stopwatch.Elapsed.TotalSeconds;
            var cpuPerOrchestration = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / orchestrations;

            // CPU per orchestration hardly depends on what else the machine runs; the rate does.
            Console.WriteLine($"[{label}] {orchestrations} five-activity orchestrations in {stopwatch.Elapsed.TotalSeconds:F2} s = {perSecond:F0}/s, "
                + $"{cpuPerOrchestration:F2} ms CPU each (at most {Environment.ProcessorCount * 1000 / cpuPerOrchestration:F0}/s on {Environment.ProcessorCount} idle cores)");

            var (p50, p99) = await MeasureLatencyAsync(client, samples);
            Console.WriteLine($"[{label}] RaiseEvent → next activity: p50 {p50:F2} ms, p99 {p99:F2} ms");

            var baseRss = RssMb();
            stopwatch.Restart();
            await ForEachConcurrentlyAsync(Enumerable.Range(0, idle), i =>
                client.ScheduleNewOrchestrationInstanceAsync(nameof(IdleOnTimer), null, new StartOrchestrationOptions($"idle-{i:D6}")));

            // Every idle instance has run its first turn once none is Pending.
            var pending = new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Pending], PageSize = 1 };
            while (await AnyAsync(client.GetAllInstancesAsync(pending)))
            {
                await Task.Delay(200);
            }

            var idleRss = RssMb();
            var idleFileMb = ProcStatusMb("RssFile");
            var managedMb = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
            Console.WriteLine($"[{label}] {idle} idle instances on timers after {stopwatch.Elapsed.TotalSeconds:F1} s: RSS {idleRss:F0} MB "
                + $"(before: {baseRss:F0} MB; file-backed {idleFileMb:F0} MB (mapped runtime and libraries); managed heap {managedMb:F0} MB)");
            var databaseMb = databasePath is null ? 0 : new FileInfo(databasePath).Length / 1024.0 / 1024.0;
            return new Figures(perSecond, cpuPerOrchestration, p50, p99, baseRss, idleRss, idleFileMb, databaseMb);
        }
    }

    /// <summary>
    /// The peer: the same orchestrations on DTFx's Azure Storage provider (Durable Functions' default)
    /// in Azurite, hosted by the same runtime with the settings it uses on that backend (queues polled
    /// at most every second when idle). No idle-instance phase: 100,000 timers in Azurite would
    /// measure the emulator. Returns null, with the reason, when Azurite cannot be found or fails.
    /// </summary>
    private static async Task<(Figures? Figures, string Note)> MeasurePeerAsync(int orchestrations, int samples)
    {
        const string label = "azure storage";
        var executable = Azurite.FindExecutable();
        if (executable is null)
        {
            var reason = $"NOT MEASURED: Azurite was not found under artifacts/azurite ({Azurite.InstallHint})";
            Console.WriteLine($"[{label}] {reason}");
            return (null, reason);
        }

        using var azurite = await Azurite.StartAsync(executable);
        var options = new LocalRuntimeOptions
        {
            Backend = LocalBackend.AzureStorage,
            AzureStorageConnectionString = azurite.ConnectionString,
            TaskHubName = "enginebench",
        };
        var runtime = await LocalDurableRuntime.StartAsync(options, Register);
        await using (runtime)
        {
            var client = runtime.Client;

            // Also until the worker holds the hub's partitions (leases), as a running app does.
            await RunFiveStepsPollingAsync(client, "warm", 20);

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var azuriteCpuBefore = azurite.CpuTime;
            var stopwatch = Stopwatch.StartNew();
            await RunFiveStepsPollingAsync(client, "five", orchestrations);
            var perSecond = orchestrations / stopwatch.Elapsed.TotalSeconds;
            var cpuPerOrchestration = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / orchestrations;
            var azuriteCpu = (azurite.CpuTime - azuriteCpuBefore).TotalMilliseconds / orchestrations;
            Console.WriteLine($"[{label}] {orchestrations} five-activity orchestrations in {stopwatch.Elapsed.TotalSeconds:F2} s = {perSecond:F1}/s, "
                + $"{cpuPerOrchestration:F2} ms CPU each in this process and {azuriteCpu:F2} ms in Azurite");

            var (p50, p99) = await MeasureLatencyAsync(client, samples, TimeSpan.FromMilliseconds(20));
            Console.WriteLine($"[{label}] RaiseEvent → next activity: p50 {p50:F2} ms, p99 {p99:F2} ms");
            return (new Figures(perSecond, cpuPerOrchestration, p50, p99, 0, 0, 0, 0),
                $"DTFx Azure Storage provider on Azurite (in memory, on this machine; its CPU {azuriteCpu:F2} ms per orchestration is not in the CPU row), {orchestrations} orchestrations, {samples} latency samples, no idle phase");
        }
    }

    /// <summary>Starts the orchestrations, then counts the finished ones with one prefix query every
    /// 100 ms: the Azure Storage backend signals no completions, and a sequential wait per instance
    /// would add a status read each to the measured time.</summary>
    private static async Task RunFiveStepsPollingAsync(DurableTaskClient client, string prefix, int count)
    {
        await ForEachConcurrentlyAsync(Enumerable.Range(0, count), i =>
            client.ScheduleNewOrchestrationInstanceAsync(nameof(FiveSteps), i, new StartOrchestrationOptions($"{prefix}-{i:D6}")));
        var finished = new OrchestrationQuery
        {
            InstanceIdPrefix = prefix + "-",
            Statuses = [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated],
            PageSize = 1000,
        };
        while (true)
        {
            var done = new List<OrchestrationMetadata>();
            await foreach (var instance in client.GetAllInstancesAsync(finished))
            {
                done.Add(instance);
            }

            var failed = done.FirstOrDefault(i => i.RuntimeStatus != OrchestrationRuntimeStatus.Completed);
            if (failed is not null)
            {
                throw new InvalidOperationException($"{failed.InstanceId} ended {failed.RuntimeStatus}: {failed.FailureDetails}");
            }

            if (done.Count >= count)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>RaiseEvent → the next activity's start, one instance at a time; <paramref name="poll"/>
    /// is how often the instance is read while it gets ready (before the clock starts).</summary>
    private static async Task<(double P50, double P99)> MeasureLatencyAsync(DurableTaskClient client, int samples, TimeSpan? poll = null)
    {
        var latencies = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var id = $"lat-{i}";
            var marked = Mark.Expect(id);
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitThenStep), null, new StartOrchestrationOptions(id));
            while ((await client.GetInstanceAsync(id))?.SerializedCustomStatus is null)
            {
                await Task.Delay(poll ?? TimeSpan.FromMilliseconds(1));
            }

            var start = Stopwatch.GetTimestamp();
            await client.RaiseEventAsync(id, "go");
            var at = await marked;
            latencies.Add(Stopwatch.GetElapsedTime(start, at).TotalMilliseconds);
        }

        latencies.Sort();
        return (latencies[latencies.Count / 2], latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.99))]);
    }

    private static async Task RunFiveStepsAsync(DurableTaskClient client, string prefix, int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"{prefix}-{i:D6}").ToList();
        await ForEachConcurrentlyAsync(ids.Select((id, i) => (id, i)), item =>
            client.ScheduleNewOrchestrationInstanceAsync(nameof(FiveSteps), item.i, new StartOrchestrationOptions(item.id)));

        // One waiter at a time: each wakes on completions and re-reads only its own instance.
        foreach (var id in ids)
        {
            var done = await client.WaitForInstanceCompletionAsync(id);
            if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"{id} ended {done.RuntimeStatus}: {done.FailureDetails}");
            }
        }
    }

    private static Task ForEachConcurrentlyAsync<T>(IEnumerable<T> items, Func<T, Task> action)
        => Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = StartConcurrency }, async (item, _) => await action(item));

    private static async Task<bool> AnyAsync(AsyncPageable<OrchestrationMetadata> pageable)
    {
        await foreach (var page in pageable.AsPages(pageSizeHint: 1))
        {
            return page.Values.Count > 0;
        }

        return false;
    }

    private static void Row(string name, double file, double memory, double? peer, string format)
        => Console.WriteLine($"| {name} | {Format(file, format)} | {Format(memory, format)} | {Format(file / memory, "F2")} | {(peer is { } p ? Format(p, format) : "–")} | {(peer is { } q ? Format(file / q, "F2") : "–")} |");

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The positional arguments, and the options (<c>--name value</c>, or <c>--name</c> alone: 1).</summary>
    private static (string[] Positional, Dictionary<string, int> Options) Split(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
            }
            else if (i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value))
            {
                options[args[i]] = value;
                i++;
            }
            else
            {
                options[args[i]] = 1;
            }
        }

        return ([.. positional], options);
    }

    private static int Arg(string[] args, int index, int fallback)
        => args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static double RssMb()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }

    /// <summary>A field of /proc/self/status in MB (Linux; 0 elsewhere): RssFile is the part of RSS that
    /// is file-backed (the mapped runtime, assemblies and native libraries; the database is not memory-mapped), which the kernel can drop under pressure.</summary>
    private static double ProcStatusMb(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is null ? 0 : double.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
    }

    private sealed record Figures(double PerSecond, double CpuMs, double P50, double P99, double BaseRssMb, double IdleRssMb, double IdleFileBackedMb, double DatabaseMb);
}
