using AmbassadorFlows.Functions.Integrations.Email;
using AmbassadorFlows.Functions.Integrations.Email.Acs;
using AmbassadorFlows.Functions.Integrations.Graph;
using AmbassadorFlows.Workflows.Ports;
using Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Functions.Integrations;

/// <summary>Registers the production adapters chosen by configuration. With no settings it
/// registers nothing, and the app's local defaults (outbox, JSON directory, .ics calendar) stay.
/// Adapters registered here replace earlier registrations of the same port, so the app can
/// register its defaults before or (with TryAdd) after calling this.</summary>
public static class IntegrationsServiceCollectionExtensions
{
    public static IServiceCollection AddAmbassadorFlowsIntegrations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var email = new EmailOptions();
        configuration.GetSection(EmailOptions.SectionName).Bind(email);
        var graph = new GraphOptions();
        configuration.GetSection(GraphOptions.SectionName).Bind(graph);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(email);
        services.TryAddSingleton(graph);

        switch (email.Provider)
        {
            case EmailProvider.Outbox:
                break;
            case EmailProvider.Smtp:
                Require(email.Sender, "Email:Sender");
                Require(email.Smtp.Host, "Email:Smtp:Host");
                services.Replace(ServiceDescriptor.Singleton<IEmailSender, SmtpEmailSender>());
                break;
            case EmailProvider.Acs:
                Require(email.Sender, "Email:Sender");
                var endpoint = email.Acs.Endpoint ?? throw new InvalidOperationException("Email:Acs:Endpoint is required when Email:Provider is Acs.");
                services.TryAddSingleton(sp => CreateEmailClient(endpoint, email.Acs, sp));
                services.TryAddSingleton(sp => new SendRateLimiter(email.Acs.SendsPerWindow, email.Acs.RateWindow, sp.GetRequiredService<TimeProvider>()));
                services.Replace(ServiceDescriptor.Singleton<IEmailSender, AcsEmailSender>());
                break;
            default:
                throw new InvalidOperationException($"Unknown Email:Provider '{email.Provider}'. Use Outbox, Smtp or Acs.");
        }

        if (graph.Enabled)
        {
            services.TryAddSingleton(sp => GraphServiceClientBuilder.Create(graph, Credential(sp, graph.ManagedIdentityClientId)));
            services.Replace(ServiceDescriptor.Singleton<IDirectory, GraphDirectory>());
            if (!string.IsNullOrWhiteSpace(graph.CalendarMailbox))
            {
                services.Replace(ServiceDescriptor.Singleton<ICalendar, GraphCalendar>());
            }
        }

        return services;
    }

    private static EmailClient CreateEmailClient(Uri endpoint, AcsEmailOptions acs, IServiceProvider sp)
    {
        var options = new EmailClientOptions
        {
            ApiVersion = acs.ApiVersion,
            MaxRetries = acs.MaxRetries,
            TimeProvider = sp.GetRequiredService<TimeProvider>(),
        };
        return string.IsNullOrWhiteSpace(acs.AccessKey)
            ? new EmailClient(endpoint, Credential(sp, acs.ManagedIdentityClientId), options)
            : new EmailClient(endpoint, new AzureKeyCredential(acs.AccessKey), options);
    }

    /// <summary>A TokenCredential registered by the app wins (one shared credential, and tests);
    /// otherwise DefaultAzureCredential, which is the managed identity in Azure and the developer's
    /// login locally.</summary>
    private static TokenCredential Credential(IServiceProvider sp, string? managedIdentityClientId) =>
        sp.GetService<TokenCredential>()
        ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(managedIdentityClientId) ? null : managedIdentityClientId,
        });

    private static void Require(string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"{key} is required for the configured email provider.");
        }
    }
}
