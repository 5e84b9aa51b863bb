using AmbassadorFlows.Durable.Embedded;

namespace AmbassadorFlows.Functions.Local;

/// <summary>Runs the embedded engine's background workers for the app's lifetime.</summary>
public sealed class EngineHostedService : IHostedService
{
    private readonly EmbeddedDurableEngine _engine;

    public EngineHostedService(EmbeddedDurableEngine engine)
    {
        _engine = engine;
    }

    public Task StartAsync(CancellationToken cancellationToken) => _engine.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => _engine.StopAsync(cancellationToken);
}
