using DurableTask.Core;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>DTFx asks this for the TaskOrchestration before its middleware runs; ours is created by
/// <see cref="ShimOrchestrationMiddleware"/> (it needs the runtime state), so there is nothing here.</summary>
internal sealed class MiddlewareOnlyOrchestrationManager : INameVersionObjectManager<TaskOrchestration>
{
    public void Add(ObjectCreator<TaskOrchestration> creator)
        => throw new NotSupportedException("Orchestrators come from the DurableTaskRegistry.");

    public TaskOrchestration? GetObject(string name, string? version) => null;
}
