using AmbassadorFlows.Durable.Embedded;
using AmbassadorFlows.Durable.Protocol;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Durable.Tests.Embedded;

/// <summary>An embedded engine on a real SQLite file in a temp folder, on a fake clock, driven
/// step by step. Disposing deletes the folder.</summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private EngineHarness(string directory, FakeTimeProvider clock, EmbeddedDurableEngine engine, DurableTaskRegistry registry)
    {
        Directory = directory;
        Clock = clock;
        Engine = engine;
        Registry = registry;
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "durable.db");

    public FakeTimeProvider Clock { get; }

    public EmbeddedDurableEngine Engine { get; private set; }

    public DurableTaskRegistry Registry { get; }

    public EmbeddedDurableTaskClient Client => Engine.Client;

    public static EngineHarness Create(Action<DurableTaskRegistry>? register = null, Action<EmbeddedEngineOptions>? configure = null, IServiceProvider? services = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "af-engine-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var clock = new FakeTimeProvider(T0);
        var registry = TestWorkflows.Registry();
        register?.Invoke(registry);
        var options = new EmbeddedEngineOptions { DatabasePath = Path.Combine(directory, "durable.db") };
        configure?.Invoke(options);
        var engine = new EmbeddedDurableEngine(registry, options, services, clock);
        return new EngineHarness(directory, clock, engine, registry);
    }

    /// <summary>Closes the engine and opens a new one on the same file, as after a restart.</summary>
    public async Task RestartAsync(Action<EmbeddedEngineOptions>? configure = null)
    {
        await Engine.DisposeAsync();
        var options = new EmbeddedEngineOptions { DatabasePath = DatabasePath };
        configure?.Invoke(options);
        Engine = new EmbeddedDurableEngine(Registry, options, null, Clock);
    }

    public Task<int> RunAsync() => Engine.RunUntilIdleAsync();

    /// <summary>Runs until idle, moving the fake clock to each next timer, until none is left or
    /// <paramref name="until"/> is reached.</summary>
    public async Task DriveAsync(DateTimeOffset? until = null)
    {
        await Engine.RunUntilIdleAsync();
        while (await Engine.GetNextTimerAsync() is { } next && (until is null || next <= until))
        {
            await Engine.AdvanceToNextTimerAsync(Clock.SetUtcNow);
        }
    }

    public async Task<OrchestrationMetadata> GetAsync(string instanceId)
        => await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true) ?? throw new InvalidOperationException($"{instanceId} not found");

    public async Task<IReadOnlyList<HistoryEvent>> HistoryAsync(string instanceId) => await Client.GetOrchestrationHistoryAsync(instanceId);

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
