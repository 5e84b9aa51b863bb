using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>Gives DTFx's activity dispatcher a <see cref="ScopedActivity"/> for every name, so an
/// unknown one fails its task (TaskFailedException naming it) rather than being retried forever.</summary>
internal sealed class ScopedActivityManager(IDurableTaskFactory factory, DurableTaskShimFactory shims, IServiceScopeFactory scopes)
    : INameVersionObjectManager<TaskActivity>
{
    public void Add(ObjectCreator<TaskActivity> creator)
        => throw new NotSupportedException("Activities come from the DurableTaskRegistry.");

    public TaskActivity GetObject(string name, string? version) => new ScopedActivity(new TaskName(name), factory, shims, scopes);
}
