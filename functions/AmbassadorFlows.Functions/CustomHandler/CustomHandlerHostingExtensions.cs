using AmbassadorFlows.Durable;
using AmbassadorFlows.Durable.Replay;
using AmbassadorFlows.Functions.CustomHandler.Activities;
using AmbassadorFlows.Functions.CustomHandler.DurableClient;
using AmbassadorFlows.Functions.CustomHandler.Http;
using AmbassadorFlows.Functions.CustomHandler.Orchestrations;
using AmbassadorFlows.Functions.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Functions.CustomHandler;

public static class CustomHandlerHostingExtensions
{
    /// <summary>
    /// Custom-handler mode of the app: <see cref="AddCustomHandlerHosting"/> plus the app state on
    /// Azure Tables and secrets from configuration (<see cref="AzureModeServiceCollectionExtensions.AddAmbassadorFlowsAzure"/>).
    /// Register the common services first; do not add the embedded engine in this mode.
    /// </summary>
    /// <exception cref="InvalidOperationException">The port, a signing key, the public URL or the table storage is not configured.</exception>
    public static WebApplicationBuilder AddCustomHandlerMode(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddCustomHandlerHosting();
        builder.Services.AddAmbassadorFlowsAzure(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// The custom-handler protocol: listen on 127.0.0.1:<c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, serve the host's
    /// <c>POST /{FunctionName}</c> envelopes in front of the app's pipeline, and make
    /// <see cref="DurableTaskClient"/> the Durable HTTP API client. Needs a
    /// <see cref="DurableTaskRegistry"/> in the container. The Durable extension runs the orchestrations.
    /// </summary>
    /// <exception cref="InvalidOperationException">The port variable is not set.</exception>
    public static WebApplicationBuilder AddCustomHandlerHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var port = CustomHandlerMode.GetPort(builder.Configuration)
            ?? throw new InvalidOperationException($"{CustomHandlerMode.PortVariable} is not set: this is not custom-handler mode.");

        // Loopback only: the host is the sole caller.
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddCustomHandlerServices();
        return builder;
    }

    /// <summary>The services of custom-handler mode without the port binding (tests host it themselves).</summary>
    public static IServiceCollection AddCustomHandlerServices(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient(HttpDurableTaskClient.HttpClientName);
        services.TryAddSingleton<DurableClientBindingAccessor>();
        services.TryAddSingleton(sp => new OrchestrationExecutor(
            sp.GetRequiredService<DurableTaskRegistry>(),
            new OrchestrationExecutorOptions
            {
                LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
                DataConverter = sp.GetService<DataConverter>() ?? JsonDataConverter.Default,
            }));
        services.TryAddSingleton<OrchestratorTriggerHandler>();
        services.TryAddSingleton<ActivityTriggerHandler>();
        services.TryAddSingleton<HttpFunctionDispatcher>();
        services.TryAddSingleton<CustomHandlerPipeline>();
        services.TryAddSingleton<FunctionCatalogAccessor>();
        services.Replace(ServiceDescriptor.Singleton<DurableTaskClient>(sp => new HttpDurableTaskClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<DurableClientBindingAccessor>(),
            sp.GetRequiredService<DurableTaskRegistry>(),
            sp.GetService<DataConverter>())));
        services.AddTransient<IStartupFilter, CustomHandlerStartupFilter>();
        return services;
    }
}
