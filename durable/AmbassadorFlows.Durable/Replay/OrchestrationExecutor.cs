using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Replay;

/// <summary>
/// Runs one orchestration turn: replays <see cref="OrchestratorRequest.PastEvents"/>, applies
/// <see cref="OrchestratorRequest.NewEvents"/>, runs the orchestrator until it blocks, and returns
/// the new actions. Pure: no I/O, no clocks, no threads.
/// </summary>
public sealed class OrchestrationExecutor
{
    private readonly DurableTaskRegistry _registry;
    private readonly OrchestrationExecutorOptions _options;

    public OrchestrationExecutor(DurableTaskRegistry registry, OrchestrationExecutorOptions? options = null)
    {
        _registry = registry;
        _options = options ?? new OrchestrationExecutorOptions();
    }

    public DurableTaskRegistry Registry => _registry;

    public OrchestrationExecutorOptions Options => _options;

    public OrchestratorResponse Execute(OrchestratorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        throw new NotImplementedException("The replay executor is being written.");
    }
}
