using System.Diagnostics;
using System.Globalization;
using AmbassadorFlows.Durable.Hosting;
using Azure.Data.Tables;
using DurableTask.AzureStorage;
using DurableTask.Core;

namespace AmbassadorFlows.Benchmarks;

/// <summary>
/// Self-hosting past one machine: N worker processes (each the local runtime on DTFx's Azure Storage
/// provider, with its own worker id) on one task hub in Azurite, five-activity orchestrations per
/// second for 1 and for 2 processes in the same run. On one box the processes share its cores (and
/// Azurite's), so the ratio says more about the box than about the design: it is printed with the
/// core count. Usage: engine-hub [orchestrations=200] [largest process count=2]
/// </summary>
public static class HubBenchmark
{
    private const string WorkerCommand = "engine-hub-worker";

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var orchestrations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var largest = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
        Console.WriteLine($"engine-hub benchmark: {Environment.ProcessorCount} cores, {orchestrations} five-activity orchestrations per run, Azurite");
        using var azurite = await Azurite.StartAsync();
        var rates = new List<(int Processes, double PerSecond)>();
        for (var processes = 1; processes <= largest; processes++)
        {
            var rate = await MeasureAsync(azurite.ConnectionString, processes, orchestrations);
            Console.WriteLine($"[{processes} process(es)] {rate:F1} orchestrations/s");
            rates.Add((processes, rate));
        }

        Console.WriteLine();
        Console.WriteLine($"| worker processes ({Environment.ProcessorCount} cores, one Azurite) | orchestrations/s | ratio to 1 process |");
        Console.WriteLine("|---|---|---|");
        foreach (var (processes, rate) in rates)
        {
            Console.WriteLine($"| {processes} | {rate:F1} | {rate / rates[0].PerSecond:F2} |");
        }

        return 0;
    }

    /// <summary>A worker process: the runtime on the hub until stdin closes.</summary>
    public static async Task<int> WorkerAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LocalRuntimeOptions { Backend = LocalBackend.AzureStorage, AzureStorageConnectionString = args[0], TaskHubName = args[1] };
        await using var runtime = await LocalDurableRuntime.StartAsync(options, registry => registry.AddOrchestrator<FiveSteps>().AddActivity<Step>());
        Console.WriteLine("ready");
        await Task.Run(() => Console.In.ReadToEnd());
        return 0;
    }

    private static async Task<double> MeasureAsync(string connectionString, int processes, int orchestrations)
    {
        var hub = $"bench{processes}x{Guid.NewGuid().ToString("N")[..6]}";
        var settings = LocalOrchestrationBackend.AzureStorageSettings(
            new LocalRuntimeOptions { Backend = LocalBackend.AzureStorage, AzureStorageConnectionString = connectionString, TaskHubName = hub }, null);
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync();
        var client = new TaskHubClient(service);
        var workers = new List<Process>();
        try
        {
            for (var i = 0; i < processes; i++)
            {
                workers.Add(await StartWorkerAsync(connectionString, hub));
            }

            // Measured once the partitions are shared out, as a steady deployment runs.
            await WaitForOwnersAsync(connectionString, hub, processes);
            await RunAsync(client, connectionString, hub, "warm", 20);
            var stopwatch = Stopwatch.StartNew();
            await RunAsync(client, connectionString, hub, "run", orchestrations);
            return orchestrations / stopwatch.Elapsed.TotalSeconds;
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.StandardInput.Close();
                if (!worker.WaitForExit(30_000))
                {
                    worker.Kill(entireProcessTree: true);
                }

                worker.Dispose();
            }

            service.Dispose();
        }
    }

    private static async Task RunAsync(TaskHubClient client, string connectionString, string hub, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await client.CreateOrchestrationInstanceAsync(nameof(FiveSteps), string.Empty, $"{prefix}-{i:D6}", 0);
        }

        var instances = new TableClient(connectionString, hub + "Instances");
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {prefix + "-"} and PartitionKey lt {prefix + "."} and RuntimeStatus eq {"Completed"}");
        while (true)
        {
            var completed = 0;
            await foreach (var unused in instances.QueryAsync<TableEntity>(filter, select: ["PartitionKey"]))
            {
                completed++;
            }

            if (completed >= count)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until <paramref name="processes"/> workers own the hub's partitions between them.</summary>
    private static async Task WaitForOwnersAsync(string connectionString, string hub, int processes)
    {
        var partitions = new TableClient(connectionString, hub + "Partitions");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            var owners = new List<string?>();
            try
            {
                await foreach (var row in partitions.QueryAsync<TableEntity>())
                {
                    owners.Add(string.IsNullOrEmpty(row.GetString("NextOwner")) ? row.GetString("CurrentOwner") : null);
                }
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // Not created yet.
            }

            if (owners.Count > 0 && owners.All(o => !string.IsNullOrEmpty(o)) && owners.Distinct().Count() == Math.Min(processes, owners.Count))
            {
                return;
            }

            await Task.Delay(500);
        }

        Console.WriteLine($"[warning] the partitions did not settle on {processes} owners within 3 minutes; measuring anyway");
    }

    private static async Task<Process> StartWorkerAsync(string connectionString, string hub)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(HubBenchmark).Assembly.Location);
        }

        info.ArgumentList.Add(WorkerCommand);
        info.ArgumentList.Add(connectionString);
        info.ArgumentList.Add(hub);
        var process = Process.Start(info) ?? throw new InvalidOperationException("The worker process did not start.");
        if (await process.StandardOutput.ReadLineAsync() != "ready")
        {
            throw new InvalidOperationException("The worker process did not report ready.");
        }

        // Keep its pipe drained.
        _ = Task.Run(() => process.StandardOutput.ReadToEndAsync());
        return process;
    }
}
