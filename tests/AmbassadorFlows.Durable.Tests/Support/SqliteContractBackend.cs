using AmbassadorFlows.Durable.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Durable.Tests.Support;

/// <summary>The runtime on a SQLite file in a temp folder, on a fake clock moved by the driver.</summary>
public sealed class SqliteContractBackend : ContractBackend
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private readonly string _directory;

    private SqliteContractBackend(string directory, FakeTimeProvider clock, LocalDurableRuntime runtime)
    {
        _directory = directory;
        Clock = clock;
        Runtime = runtime;
    }

    public FakeTimeProvider Clock { get; }

    public LocalDurableRuntime Runtime { get; }

    public override DurableTaskClient Client => Runtime.Client;

    public override bool HasFakeClock => true;

    public static async Task<SqliteContractBackend> StartAsync(Action<Microsoft.DurableTask.DurableTaskRegistry>? register = null,
        Action<IServiceCollection>? services = null)
    {
        var directory = Directory.CreateTempSubdirectory("af-durable-tests-").FullName;
        var clock = new FakeTimeProvider(T0);
        var runtime = await LocalDurableRuntime.StartAsync(
            new LocalRuntimeOptions { Backend = LocalBackend.Sqlite, DatabasePath = Path.Combine(directory, "durable.db") },
            registry =>
            {
                ContractWorkflows.Register(registry);
                register?.Invoke(registry);
            },
            s =>
            {
                ContractWorkflows.AddServices(s);
                services?.Invoke(s);
            },
            clock);
        return new SqliteContractBackend(directory, clock, runtime);
    }

    public override async Task<OrchestrationMetadata> CompleteAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await Runtime.RunUntilIdleAsync(timeout.Token);
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, timeout.Token)
                ?? throw new InvalidOperationException($"No instance {instanceId}.");
            if (instance.IsCompleted)
            {
                return instance;
            }

            if (!await Runtime.AdvanceToNextTimerAsync(Clock.SetUtcNow, timeout.Token))
            {
                throw new InvalidOperationException($"{instanceId} is {instance.RuntimeStatus} with nothing left to run.");
            }
        }
    }

    public override Task SettleAsync() => Runtime.RunUntilIdleAsync();

    public override async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing; the temp folder is cleaned eventually.
        }
    }
}
