using AmbassadorFlows.Durable;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Shared.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Workflows;

/// <summary>
/// Wires the workflows into a host. The host provides the ports: <see cref="Ports.IEmailSender"/>,
/// <see cref="Ports.IDirectory"/>, <see cref="Ports.IApprovalStore"/>, <see cref="Ports.IApprovalLinks"/>
/// and <see cref="Ports.ICohortProgress"/> (and <see cref="Ports.ICalendar"/> for its own use).
/// </summary>
public static class AmbassadorWorkflows
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator<CohortOrchestrator>()
            .AddOrchestrator<AmbassadorJourney>()
            .AddActivity<LoadProgramme>()
            .AddActivity<PlanCohort>()
            .AddActivity<AnnouncePosting>()
            .AddActivity<PrepareSelection>()
            .AddActivity<NotifyApplicants>()
            .AddActivity<SendMeetingInvites>()
            .AddActivity<RequestCheckIns>()
            .AddActivity<SendHrMonthlySummary>()
            .AddActivity<GetJourneyPeople>()
            .AddActivity<RecordCheckIn>()
            .AddActivity<RecordTraining>()
            .AddActivity<CloseJourney>()
            .AddActivity<RequestResponse>()
            .AddActivity<SendMessage>()
            .AddActivity<CloseRequest>()
            .AddActivity<RecordStep>();
    }

    /// <summary>The catalogue (embedded programmes unless one is registered already), the message
    /// renderer and the clock activities use. Ports are the host's to register.</summary>
    public static IServiceCollection AddAmbassadorWorkflows(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IProgrammeCatalog>(_ => ProgrammeCatalog.LoadEmbedded());
        services.TryAddSingleton(MessageRenderer.Default);
        services.TryAddSingleton<MessageComposer>();
        return services;
    }
}
