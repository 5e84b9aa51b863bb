using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Middleware;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>
/// Runs every orchestration turn with DTFx's own <see cref="TaskOrchestrationExecutor"/>, after two
/// fixes DTFx cannot make itself: the turn's OrchestratorStartedEvent gets the time of the
/// <see cref="TimeProvider"/> (DTFx stamps DateTime.UtcNow, so a fake clock would not reach
/// CurrentUtcDateTime), and the SDK shim gets the parent instance from the ExecutionStartedEvent.
/// An unknown orchestrator name fails the instance instead of being retried forever. (Versions are
/// checked before this, by DTFx's dispatcher: see <see cref="LocalDurableTaskWorker"/>.)
/// </summary>
internal sealed class ShimOrchestrationMiddleware(
    IDurableTaskFactory factory,
    DurableTaskShimFactory shims,
    IServiceScopeFactory scopes,
    TimeProvider time,
    BehaviorOnContinueAsNew continueAsNewBehaviour)
{
    public Task InvokeAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        var runtimeState = context.GetProperty<OrchestrationRuntimeState>();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var historyEvent in runtimeState.NewEvents)
        {
            if (historyEvent is OrchestratorStartedEvent)
            {
                historyEvent.Timestamp = now;
            }
        }

        // The orchestrator object lives for this turn only (the next turn replays on a new one).
        using var scope = scopes.CreateScope();
        var orchestration = ShimOrchestrations.Create(factory, shims, runtimeState, scope.ServiceProvider);
        var executor = new TaskOrchestrationExecutor(runtimeState, orchestration, continueAsNewBehaviour, ErrorPropagationMode.UseFailureDetails);
        context.SetProperty(executor.Execute());

        // Deliberately not calling next: DTFx's own terminal step would look for a registered TaskOrchestration.
        return Task.CompletedTask;
    }
}
