using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>A started host with the local worker and client, for tests and the dashboard's dry run.
/// With a fake <see cref="TimeProvider"/> (SQLite backend) the driver plays months in seconds.</summary>
public sealed class LocalDurableRuntime : IAsyncDisposable
{
    private readonly IHost _host;

    private LocalDurableRuntime(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<DurableTaskClient>();
        Driver = host.Services.GetRequiredService<LocalRuntimeDriver>();
    }

    /// <summary>The <see cref="LocalDurableTaskClient"/>.</summary>
    public DurableTaskClient Client { get; }

    public LocalRuntimeDriver Driver { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<LocalDurableRuntime> StartAsync(LocalRuntimeOptions options, Action<DurableTaskRegistry> registerTasks,
        Action<IServiceCollection>? configureServices = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registerTasks);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging();
        if (loggerFactory is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(loggerFactory));
        }

        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }

        configureServices?.Invoke(builder.Services);
        builder.Services.AddLocalDurableTask(o => Copy(options, o), registerTasks);

        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new LocalDurableRuntime(host);
    }

    /// <summary>Replays a recorded history with this runtime's orchestrators (<see cref="LocalDurableTaskWorker.Replay"/>).</summary>
    public OrchestrationReplay Replay(IEnumerable<DurableTask.Core.History.HistoryEvent> history)
        => _host.Services.GetServices<IHostedService>().OfType<LocalDurableTaskWorker>().Single().Replay(history);

    public Task RunUntilIdleAsync(CancellationToken ct = default) => Driver.RunUntilIdleAsync(ct);

    public Task<DateTimeOffset?> GetNextTimerAsync(CancellationToken ct = default) => Driver.GetNextTimerAsync(ct);

    public Task<bool> AdvanceToNextTimerAsync(Action<DateTimeOffset> setClock, CancellationToken ct = default)
        => Driver.AdvanceToNextTimerAsync(setClock, ct);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            if (_host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                _host.Dispose();
            }
        }
    }

    private static void Copy(LocalRuntimeOptions from, LocalRuntimeOptions to)
    {
        to.Backend = from.Backend;
        to.DatabasePath = from.DatabasePath;
        to.AzureStorageConnectionString = from.AzureStorageConnectionString;
        to.TaskHubName = from.TaskHubName;
        to.MaximumTimerInterval = from.MaximumTimerInterval;
        to.Versioning = from.Versioning;
        to.WorkerId = from.WorkerId;
        to.QueueVisibilityTimeout = from.QueueVisibilityTimeout;
        to.PartitionLeaseInterval = from.PartitionLeaseInterval;
    }
}
