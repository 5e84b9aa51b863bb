using DurableTask.Core;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Hosting;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>
/// The official SDK worker (built by AddDurableTaskWorker(b => b.UseBuildTarget&lt;LocalDurableTaskWorker&gt;()))
/// running the registry's orchestrators and activities on DTFx's <see cref="TaskHubWorker"/> through the
/// SDK's public <see cref="DurableTaskShimFactory"/>: the same replay code the isolated worker runs.
/// </summary>
public sealed class LocalDurableTaskWorker : DurableTaskWorker
{
    private readonly IServiceProvider _services;
    private readonly DurableTaskWorkerOptions _options;

    public LocalDurableTaskWorker(string name, IDurableTaskFactory factory, IServiceProvider services)
        : base(name, factory)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _options = services.GetRequiredService<IOptionsMonitor<DurableTaskWorkerOptions>>().Get(name);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backend = _services.GetRequiredService<LocalOrchestrationBackend>();
        var loggerFactory = _services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        var time = _services.GetRequiredService<TimeProvider>();
        await backend.EnsureCreatedAsync().ConfigureAwait(false);

        var shims = new DurableTaskShimFactory(_options, loggerFactory);
        using var hubWorker = new TaskHubWorker(
            backend.Service,
            new MiddlewareOnlyOrchestrationManager(),
            new ScopedActivityManager(Factory, shims, _services.GetRequiredService<IServiceScopeFactory>()),
            loggerFactory)
        {
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        var executor = new ShimOrchestrationMiddleware(Factory, shims, _services.GetRequiredService<IServiceScopeFactory>(), time,
            backend.Service.EventBehaviourForContinueAsNew);
        hubWorker.AddOrchestrationDispatcherMiddleware(executor.InvokeAsync);

        await hubWorker.StartAsync().ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }

        // Graceful: work items in flight complete (DTFx cancels waiting fetches first).
        await hubWorker.StopAsync(isForced: false).ConfigureAwait(false);
    }
}
