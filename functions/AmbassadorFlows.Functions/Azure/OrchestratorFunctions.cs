using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>
/// The orchestrators as Azure Functions: one thin wrapper per class of the workflow registry, named
/// as the class (the names the cohort and the HTTP API schedule). The Durable source generator that
/// would write these is not available, so they live here, in one place; a test checks they match
/// <c>AmbassadorWorkflows.Orchestrators</c> one to one. A new instance per turn, as the SDK does.
/// </summary>
public static class OrchestratorFunctions
{
    [Function(nameof(CohortOrchestrator))]
    public static Task<CohortResult> RunCohortAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new CohortOrchestrator().RunAsync(context, Input<CohortRequest>(context));
    }

    [Function(nameof(AmbassadorJourney))]
    public static Task<JourneyResult> RunJourneyAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AmbassadorJourney().RunAsync(context, Input<JourneyInput>(context));
    }

    /// <summary>An instance started without input fails with its name rather than a null reference deep inside.</summary>
    private static T Input<T>(TaskOrchestrationContext context)
        => context.GetInput<T>() ?? throw new InvalidOperationException($"Orchestration '{context.Name}' ({context.InstanceId}) was started without its {typeof(T).Name} input.");
}
