using AmbassadorFlows.Durable.Sqlite;
using DurableTask.Core;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Tests.Sqlite;

/// <summary>DTFx's own TaskHubWorker and TaskHubClient on a SqliteOrchestrationService over a
/// real SQLite file in a temp folder.</summary>
internal sealed class DtfxHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private DtfxHarness(string directory, SqliteOrchestrationService service, TaskHubWorker? worker)
    {
        Directory = directory;
        Service = service;
        Worker = worker;
        Client = new TaskHubClient(service);
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "hub.db");

    public SqliteOrchestrationService Service { get; }

    public TaskHubWorker? Worker { get; }

    public TaskHubClient Client { get; }

    public static async Task<DtfxHarness> StartAsync(TimeProvider? time = null, bool startWorker = true, TimeSpan? lockTimeout = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "af-sqlite-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var options = new SqliteOrchestrationServiceOptions
        {
            DatabasePath = Path.Combine(directory, "hub.db"),
            TimeProvider = time ?? TimeProvider.System,
        };
        if (lockTimeout is { } timeout)
        {
            options.LockTimeout = timeout;
        }

        var service = new SqliteOrchestrationService(options);
        TaskHubWorker? worker = null;
        if (startWorker)
        {
            worker = new TaskHubWorker(service) { ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails };
            worker.AddTaskOrchestrations(TestOrchestrations.All);
            worker.AddTaskActivities(TestActivities.All);
            await worker.StartAsync();
        }

        return new DtfxHarness(directory, service, worker);
    }

    public Task<OrchestrationInstance> StartAsync<TOrchestration>(string instanceId, object? input)
        => Client.CreateOrchestrationInstanceAsync(typeof(TOrchestration), instanceId, input);

    public async Task<OrchestrationState> WaitAsync(OrchestrationInstance instance)
    {
        var state = await Client.WaitForOrchestrationAsync(instance, Timeout);
        if (state is null)
        {
            var now = await Client.GetOrchestrationStateAsync(instance.InstanceId);
            var history = await Client.GetOrchestrationHistoryAsync(instance);
            Assert.Fail($"{instance.InstanceId} did not finish: {now?.OrchestrationStatus} {now?.Output} {history}");
        }

        return state;
    }

    public async ValueTask DisposeAsync()
    {
        if (Worker is not null)
        {
            await Worker.StopAsync(isForced: true);
            Worker.Dispose();
        }

        Service.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing; the temp folder is cleaned up eventually.
        }
    }
}
