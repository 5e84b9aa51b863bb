using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Settings;
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
        var versioning = ToCoreVersioning(_options);
        using var hubWorker = new TaskHubWorker(
            backend.WorkerService,
            new MiddlewareOnlyOrchestrationManager(),
            new ScopedActivityManager(Factory, shims, _services.GetRequiredService<IServiceScopeFactory>()),
            versioning,
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

    /// <summary>Replays a recorded history whole with the registered orchestrators, through the same
    /// executor and shims as every turn: how the current code would continue that instance.</summary>
    public OrchestrationReplay Replay(IEnumerable<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var runtimeState = new OrchestrationRuntimeState(history.ToList());
        var shims = new DurableTaskShimFactory(_options, _services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
        using var scope = _services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var orchestration = ShimOrchestrations.Create(Factory, shims, runtimeState, scope.ServiceProvider);
        var executor = new TaskOrchestrationExecutor(runtimeState, orchestration, BehaviorOnContinueAsNew.Carryover, ErrorPropagationMode.UseFailureDetails);
        return new OrchestrationReplay([.. executor.Execute().Actions]);
    }

    /// <summary>The SDK's versioning options as DTFx's dispatcher checks them before each turn (as the
    /// Durable extension does in Azure from host.json): an instance newer than this worker is left for
    /// a newer one (Reject: its work item is abandoned and retried) or failed (Fail). Null: no check.</summary>
    internal static VersioningSettings? ToCoreVersioning(DurableTaskWorkerOptions options)
    {
        if (options.Versioning is not { } versioning)
        {
            return null;
        }

        return new VersioningSettings
        {
            Version = versioning.Version,
            MatchStrategy = versioning.MatchStrategy switch
            {
                DurableTaskWorkerOptions.VersionMatchStrategy.Strict => VersioningSettings.VersionMatchStrategy.Strict,
                DurableTaskWorkerOptions.VersionMatchStrategy.CurrentOrOlder => VersioningSettings.VersionMatchStrategy.CurrentOrOlder,
                _ => VersioningSettings.VersionMatchStrategy.None,
            },
            FailureStrategy = versioning.FailureStrategy == DurableTaskWorkerOptions.VersionFailureStrategy.Fail
                ? VersioningSettings.VersionFailureStrategy.Fail
                : VersioningSettings.VersionFailureStrategy.Reject,
        };
    }
}
