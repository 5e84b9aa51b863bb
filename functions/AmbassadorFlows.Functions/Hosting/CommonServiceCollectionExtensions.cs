using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Functions.Integrations;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Observability;
using AmbassadorFlows.Functions.Operations;
using AmbassadorFlows.Functions.Personal;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Reassignment;
using AmbassadorFlows.Functions.Reminders;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Functions.Hosting;

/// <summary>
/// What both hosting modes share: the <c>AmbassadorFlows</c> settings, the workflows and their
/// activities, approval tokens, links, form protection, responder, decision delivery and its sweep,
/// public URLs, the HR API, the dashboard and the production adapters chosen by configuration.
/// No Durable client: handlers take it as a parameter (local mode registers its runtime's; in Azure
/// it comes from each function's <c>[DurableClient]</c> binding). Each mode then adds the stores
/// behind the ports (local: SQLite; Azure: Tables) and, locally, the sweep's schedule.
/// </summary>
public static class CommonServiceCollectionExtensions
{
    public static IServiceCollection AddAmbassadorFlowsCommon(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new LocalModeOptions();
        configuration.GetSection(LocalModeOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();

        services.AddAmbassadorFlowsIntegrations(configuration);
        // Refused deliveries write the ops signal the mail alert counts (Observability/OpsSignals).
        SignallingEmailSender.Decorate(services);
        // Microsoft Graph when enabled (registered by the integrations); otherwise the directory file
        // (the sample shipped with the app unless AmbassadorFlows:DirectoryPath is set), read-only.
        services.TryAddSingleton<IDirectory>(sp => JsonFileDirectory.Load(sp.GetRequiredService<LocalModeOptions>().DirectoryPath));
        // HR's forms search the same directory; one that cannot search still finds people by id.
        services.TryAddSingleton<IDirectorySearch>(sp => sp.GetRequiredService<IDirectory>() as IDirectorySearch ?? new People.IdOnlyDirectorySearch(sp.GetRequiredService<IDirectory>()));
        services.AddAmbassadorWorkflows();

        services.AddSingleton<ApprovalTokenService>();
        services.AddSingleton<Access.DashboardAntiforgery>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<IApprovalLinks, ApprovalLinks>();
        services.AddSingleton<FormProtection>();
        services.AddSingleton<ApprovalResolver>();
        services.AddSingleton<ApprovalResponder>();
        services.AddSingleton<RequestPageReader>();
        services.AddSingleton<PageRenderer>();
        services.AddSingleton<People.PersonReader>();
        services.AddSingleton<ApprovalPageServices>();
        services.AddPersonalPages();
        services.AddSingleton<DecisionDelivery>();
        services.TryAddSingleton(new DecisionRedeliveryOptions());
        services.AddSingleton<DecisionRedeliverySweep>();

        services.AddSingleton<AccessGate>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<PersonalDataEraser>();
        services.AddCohortApi();
        services.AddDashboard();
        services.AddHealth();
        services.AddOpsDigest(configuration);
        services.AddReassignment();
        services.AddReminders();
        return services;
    }

    /// <summary>The settings instance registered by <see cref="AddAmbassadorFlowsCommon"/>, for the
    /// mode-specific registrations that depend on (or complete) it.</summary>
    /// <exception cref="InvalidOperationException">The common services are not registered yet.</exception>
    internal static LocalModeOptions GetAppOptions(this IServiceCollection services)
        => services.LastOrDefault(d => d.ServiceType == typeof(LocalModeOptions))?.ImplementationInstance as LocalModeOptions
           ?? throw new InvalidOperationException("Register the common services (AddAmbassadorFlowsCommon) first.");
}
