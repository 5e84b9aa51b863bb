using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>One activity execution in its own DI scope (scoped services such as a DbContext live
/// exactly as long as the call), run through the SDK's shim.</summary>
internal sealed class ScopedActivity(TaskName name, IDurableTaskFactory factory, DurableTaskShimFactory shims, IServiceScopeFactory scopes)
    : TaskActivity
{
    public override string Run(TaskContext context, string input)
        => throw new NotSupportedException("Activities run asynchronously.");

    public override async Task<string> RunAsync(TaskContext context, string input)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            if (!factory.TryCreateActivity(name, scope.ServiceProvider, out var activity))
            {
                throw new MissingTaskException($"No activity named '{name.Name}' is registered with the worker.");
            }

            return await shims.CreateActivity(name, activity).RunAsync(context, input).ConfigureAwait(false);
        }
    }
}
