using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>The registered orchestrator of an instance, wrapped in the SDK's shim for DTFx's executor:
/// what every turn runs, and what a replay of a recorded history runs.</summary>
internal static class ShimOrchestrations
{
    /// <summary>An orchestrator that cannot be made (unknown name, a constructor that throws) fails
    /// the instance instead of being retried forever.</summary>
    public static TaskOrchestration Create(IDurableTaskFactory factory, DurableTaskShimFactory shims, OrchestrationRuntimeState runtimeState, IServiceProvider services)
    {
        var name = new TaskName(runtimeState.Name);
        try
        {
            if (!factory.TryCreateOrchestrator(name, services, out var orchestrator))
            {
                return new UnavailableTaskOrchestration(
                    new MissingTaskException($"No orchestrator named '{runtimeState.Name}' is registered with the worker."));
            }

            var parent = runtimeState.ParentInstance is { } p
                ? new ParentOrchestrationInstance(new TaskName(p.Name), p.OrchestrationInstance.InstanceId)
                : null;
            return shims.CreateOrchestration(name, orchestrator, parent);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // E.g. a constructor dependency missing from DI: fail the instance, do not retry forever.
            return new UnavailableTaskOrchestration(ex);
        }
    }
}
