using DurableTask.Core;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>Stands in for an orchestrator that cannot be made (a name the registry does not know, or
/// a constructor that throws): the instance fails with that error. DTFx would instead throw
/// TypeMissingException and retry the work item forever.</summary>
internal sealed class UnavailableTaskOrchestration(Exception error) : TaskOrchestration
{
    /// <summary>A faulted task, not a throw: DTFx turns the former into a failed instance.</summary>
    public override Task<string> Execute(OrchestrationContext context, string input) => Task.FromException<string>(error);

    public override string GetStatus() => string.Empty;

    public override void RaiseEvent(OrchestrationContext context, string name, string input)
    {
        // Nothing waits for events: Execute has already failed the instance.
    }
}
