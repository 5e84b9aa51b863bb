using AmbassadorFlows.Durable;
using AmbassadorFlows.Durable.Embedded;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Integrations;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Functions.Local;

/// <summary>
/// Local mode: the embedded engine on SQLite, the SQLite approval store, outbox and progress read
/// model, the JSON directory, generated local secrets. No cloud account. Production adapters
/// (SMTP/ACS email, Graph) come in through <c>AddAmbassadorFlowsIntegrations</c> when configured;
/// an email adapter then becomes the outbox's relay, so the outbox still shows every message.
/// </summary>
public static class LocalModeServiceCollectionExtensions
{
    public static IServiceCollection AddAmbassadorFlowsLocal(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new LocalModeOptions();
        configuration.GetSection(LocalModeOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        // The engine opens its file as soon as it is built; the folder must exist by then.
        Directory.CreateDirectory(Path.GetFullPath(options.DataPath));
        services.TryAddSingleton(TimeProvider.System);

        services.AddAmbassadorFlowsIntegrations(configuration);
        var relay = services.LastOrDefault(d => d.ServiceType == typeof(IEmailSender));
        if (relay is not null)
        {
            services.Remove(relay);
            services.AddSingleton(new EmailRelay(relay));
        }

        services.AddAmbassadorWorkflows();
        services.AddSingleton(sp => LocalSecrets.Load(sp.GetRequiredService<LocalModeOptions>()));
        services.AddSingleton(sp => new AppDatabase(sp.GetRequiredService<LocalModeOptions>().DataFile("ambassadorflows-app.db")));
        services.AddSingleton<SqliteApprovalStore>();
        services.AddSingleton<IApprovalStore>(sp => sp.GetRequiredService<SqliteApprovalStore>());
        services.AddSingleton(sp => new SqliteOutbox(
            sp.GetRequiredService<AppDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<EmailRelay>()?.Resolve(sp)));
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<SqliteOutbox>());
        services.AddSingleton<SqliteCohortProgress>();
        services.AddSingleton<ICohortProgress>(sp => sp.GetRequiredService<SqliteCohortProgress>());
        services.TryAddSingleton<IDirectory>(sp => JsonFileDirectory.Load(sp.GetRequiredService<LocalModeOptions>().DirectoryPath));

        services.AddSingleton(sp => AmbassadorWorkflows.Register(new DurableTaskRegistry()));
        services.AddEmbeddedDurableEngine(engine => engine.DatabasePath = options.DataFile("ambassadorflows-durable.db"));
        services.AddHostedService<EngineHostedService>();

        services.AddSingleton(sp => sp.GetRequiredService<LocalSecrets>().SigningKeys);
        services.AddSingleton<ApprovalTokenService>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<IApprovalLinks, ApprovalLinks>();
        services.AddSingleton<FormProtection>();
        services.AddSingleton<ApprovalResolver>();
        services.AddSingleton<ApprovalResponder>();
        services.AddHostedService<StartupBanner>();
        return services;
    }

    /// <summary>The production email adapter, kept aside so the outbox can wrap it.</summary>
    private sealed class EmailRelay(ServiceDescriptor descriptor)
    {
        public IEmailSender Resolve(IServiceProvider services)
        {
            if (descriptor.ImplementationInstance is IEmailSender instance)
            {
                return instance;
            }

            if (descriptor.ImplementationFactory is { } factory)
            {
                return (IEmailSender)factory(services);
            }

            return (IEmailSender)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
        }
    }
}
