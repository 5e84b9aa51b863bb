using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Tests;

/// <summary>The lists the Azure Functions wrappers are checked against must name every task the
/// workflows have; a class left out would run locally (by name) yet have no function in Azure.</summary>
public sealed class AmbassadorWorkflowsTests
{
    private static List<Type> Implementing<T>()
        => [.. typeof(AmbassadorWorkflows).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(T).IsAssignableFrom(t))];

    [Fact]
    public void Orchestrators_EveryOrchestratorClass_IsListedOnce()
    {
        Assert.Equal(Implementing<ITaskOrchestrator>().OrderBy(t => t.Name), AmbassadorWorkflows.Orchestrators.OrderBy(t => t.Name));
        Assert.Equal(2, AmbassadorWorkflows.Orchestrators.Count);
    }

    [Fact]
    public void Activities_EveryActivityClass_IsListedOnce()
    {
        Assert.Equal(Implementing<ITaskActivity>().OrderBy(t => t.Name), AmbassadorWorkflows.Activities.OrderBy(t => t.Name));
        Assert.Equal(AmbassadorWorkflows.Activities.Count, AmbassadorWorkflows.Activities.Select(t => t.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Register_SameRegistryTwice_RejectsTheRepeatedNames()
    {
        var registry = AmbassadorWorkflows.Register(new DurableTaskRegistry());

        // The official registry refuses a name it already has: the first pass added every class.
        Assert.ThrowsAny<ArgumentException>(() => AmbassadorWorkflows.Register(registry));
    }
}
