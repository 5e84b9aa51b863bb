using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable.Embedded;

public static class EmbeddedEngineServiceCollectionExtensions
{
    /// <summary>Registers the embedded engine (singleton) and its <see cref="DurableTaskClient"/>.
    /// Needs a <see cref="DurableTaskRegistry"/> in the container; uses <see cref="TimeProvider"/>
    /// and <see cref="ILoggerFactory"/> when registered. The host starts it with
    /// <see cref="EmbeddedDurableEngine.StartAsync"/> and stops it with
    /// <see cref="EmbeddedDurableEngine.StopAsync"/> (e.g. from a hosted service).</summary>
    public static IServiceCollection AddEmbeddedDurableEngine(this IServiceCollection services, Action<EmbeddedEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new EmbeddedEngineOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(sp => new EmbeddedDurableEngine(
            sp.GetRequiredService<DurableTaskRegistry>(),
            sp.GetRequiredService<EmbeddedEngineOptions>(),
            sp,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        services.AddSingleton<DurableTaskClient>(sp => sp.GetRequiredService<EmbeddedDurableEngine>().Client);
        return services;
    }
}
