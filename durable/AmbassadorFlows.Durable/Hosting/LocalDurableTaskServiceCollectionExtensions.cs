using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable.Hosting;

public static class LocalDurableTaskServiceCollectionExtensions
{
    /// <summary>
    /// Registers the local runtime: the backend (IOrchestrationService and its client interfaces, one
    /// singleton), the official worker running <paramref name="registerTasks"/> on DTFx, the official
    /// client (resolve <see cref="DurableTaskClient"/>) and the <see cref="LocalRuntimeDriver"/>.
    /// Time comes from the <see cref="TimeProvider"/> in DI (TimeProvider.System unless one is registered).
    /// </summary>
    public static IServiceCollection AddLocalDurableTask(this IServiceCollection services,
        Action<LocalRuntimeOptions> configure, Action<DurableTaskRegistry> registerTasks)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentNullException.ThrowIfNull(registerTasks);

        var options = new LocalRuntimeOptions();
        configure(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IOrchestrationService>(sp => LocalOrchestrationBackend.CreateService(
            options, sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>()));
        services.AddSingleton(sp => new LocalOrchestrationBackend(options.Backend, sp.GetRequiredService<IOrchestrationService>()));
        services.AddSingleton(sp => sp.GetRequiredService<LocalOrchestrationBackend>().Client);
        services.AddSingleton(sp => sp.GetRequiredService<LocalOrchestrationBackend>().Query
            ?? throw new InvalidOperationException("The backend has no query client."));
        services.AddSingleton(sp => sp.GetRequiredService<LocalOrchestrationBackend>().Purge
            ?? throw new InvalidOperationException("The backend has no purge client."));
        services.AddSingleton(sp => new LocalRuntimeDriver(sp.GetRequiredService<LocalOrchestrationBackend>()));

        services.AddDurableTaskWorker(builder =>
        {
            builder.AddTasks(registerTasks);
            builder.Configure(worker =>
            {
                worker.DataConverter = JsonDataConverter.Default;
                worker.MaximumTimerInterval = options.MaximumTimerInterval;
            });
            if (options.Versioning is { } versioning)
            {
                builder.UseVersioning(versioning);
            }

            builder.UseBuildTarget<LocalDurableTaskWorker>();
        });
        services.AddDurableTaskClient(builder =>
        {
            if (options.Versioning?.DefaultVersion is { Length: > 0 } defaultVersion)
            {
                builder.UseDefaultVersion(defaultVersion);
            }

            builder.UseBuildTarget<LocalDurableTaskClient>();
        });
        return services;
    }
}
