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
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Workflows;

/// <summary>
/// Wires the workflows into a host. The host provides the ports: <see cref="Ports.IEmailSender"/>,
/// <see cref="Ports.IDirectory"/>, <see cref="Ports.IApprovalStore"/>, <see cref="Ports.IApprovalLinks"/>
/// and <see cref="Ports.ICohortProgress"/>, and optionally <see cref="Ports.ICalendar"/>.
/// Activities hand the ports <see cref="CancellationToken.None"/>: the official
/// <c>TaskActivityContext</c> has no token, and an activity cut off by shutdown simply runs again
/// (every write and send is idempotent).
/// </summary>
public static class AmbassadorWorkflows
{
    /// <summary>Every orchestrator, registered under its class name (callers use <c>nameof</c>).
    /// The Azure Functions wrappers are checked against this list.</summary>
    public static IReadOnlyList<Type> Orchestrators { get; } =
    [
        typeof(CohortOrchestrator),
        typeof(AmbassadorJourney),
    ];

    /// <summary>Every activity, registered under its class name.</summary>
    public static IReadOnlyList<Type> Activities { get; } =
    [
        typeof(LoadProgramme),
        typeof(PlanCohort),
        typeof(AnnouncePosting),
        typeof(ClosePostingLinks),
        typeof(PrepareSelection),
        typeof(NotifyApplicants),
        typeof(SendMeetingInvites),
        typeof(RequestCheckIns),
        typeof(SendHrMonthlySummary),
        typeof(ScheduleMeetingSeries),
        typeof(CancelMeetings),
        typeof(SendMeetingChange),
        typeof(MoveMeeting),
        typeof(GetJourneyPeople),
        typeof(RecordCheckIn),
        typeof(RecordTraining),
        typeof(SendTrainingLinks),
        typeof(CloseJourney),
        typeof(RequestResponse),
        typeof(SendMessage),
        typeof(CloseRequest),
        typeof(RecordAudit),
        typeof(RecordStep),
    ];

    /// <summary>Adds <see cref="Orchestrators"/> and <see cref="Activities"/> to the official
    /// registry, each named by its class name, so <c>nameof(SendMessage)</c> is the task name in
    /// Azure and locally alike. Activities are created per call from the worker's services.</summary>
    public static DurableTaskRegistry Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var orchestrator in Orchestrators)
        {
            registry.AddOrchestrator(orchestrator.Name, orchestrator);
        }

        foreach (var activity in Activities)
        {
            registry.AddActivity(activity.Name, activity);
        }

        return registry;
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
        services.TryAddSingleton<Journeys.AgreementCopy>();
        services.TryAddTransient<ApprovalMailer>();
        services.TryAddSingleton<ICalendar, LocalCalendar>();
        return services;
    }
}
