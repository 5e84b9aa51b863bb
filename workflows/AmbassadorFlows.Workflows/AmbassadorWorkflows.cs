using AmbassadorFlows.Durable;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Journeys.Activities;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Shared.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Workflows;

/// <summary>
/// Wires the workflows into a host. The host provides the ports: <see cref="Ports.IEmailSender"/>,
/// <see cref="Ports.IDirectory"/>, <see cref="Ports.IApprovalStore"/>, <see cref="Ports.IApprovalLinks"/>
/// and <see cref="Ports.ICohortProgress"/>, and optionally <see cref="Ports.ICalendar"/>.
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
            .AddActivity<ScheduleMeetingSeries>()
            .AddActivity<CancelMeetings>()
            .AddActivity<GetJourneyPeople>()
            .AddActivity<RecordCheckIn>()
            .AddActivity<RecordTraining>()
            .AddActivity<SendTrainingLinks>()
            .AddActivity<CloseJourney>()
            .AddActivity<RequestResponse>()
            .AddActivity<SendMessage>()
            .AddActivity<CloseRequest>()
            .AddActivity<RecordAudit>()
            .AddActivity<RecordStep>();
    }

    /// <summary>The catalogue (embedded programmes unless one is registered already), the message
    /// renderer, the <see cref="ApprovalMailer"/>, the clock activities use, and <see cref="LocalCalendar"/> unless the host registered
    /// an <see cref="Ports.ICalendar"/> (Graph). The other ports are the host's to register.</summary>
    public static IServiceCollection AddAmbassadorWorkflows(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IProgrammeCatalog>(_ => ProgrammeCatalog.LoadEmbedded());
        services.TryAddSingleton(MessageRenderer.Default);
        services.TryAddSingleton<MessageComposer>();
        services.TryAddTransient<ApprovalMailer>();
        services.TryAddSingleton<ICalendar, LocalCalendar>();
        return services;
    }
}
