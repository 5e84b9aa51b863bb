namespace AmbassadorFlows.Durable;

/// <summary>No instance with the given id exists.</summary>
public sealed class OrchestrationNotFoundException(string instanceId)
    : InvalidOperationException($"No orchestration instance with id '{instanceId}' exists.")
{
    public string InstanceId { get; } = instanceId;
}

/// <summary>The instance has already finished, so it cannot take this request.</summary>
public sealed class OrchestrationAlreadyCompletedException(string instanceId, OrchestrationRuntimeStatus status)
    : InvalidOperationException($"Orchestration instance '{instanceId}' is {status}; it no longer accepts events or commands.")
{
    public string InstanceId { get; } = instanceId;

    public OrchestrationRuntimeStatus Status { get; } = status;
}

/// <summary>A live instance already uses this id.</summary>
public sealed class OrchestrationAlreadyExistsException(string instanceId, OrchestrationRuntimeStatus status)
    : InvalidOperationException($"An orchestration instance with id '{instanceId}' already exists and is {status}.")
{
    public string InstanceId { get; } = instanceId;
}

/// <summary>No orchestrator is registered under this name.</summary>
public sealed class OrchestratorNotRegisteredException(string name)
    : InvalidOperationException($"No orchestrator named '{name}' is registered.")
{
    public string Name { get; } = name;
}
