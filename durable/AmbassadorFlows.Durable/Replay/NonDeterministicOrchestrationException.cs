namespace AmbassadorFlows.Durable.Replay;

/// <summary>History says one thing, the orchestrator code now does another — usually a deployment
/// that changed the order of activities, timers or waits under running instances.</summary>
public sealed class NonDeterministicOrchestrationException : Exception
{
    public NonDeterministicOrchestrationException(string message)
        : base(message)
    {
    }

    public NonDeterministicOrchestrationException()
    {
    }

    public NonDeterministicOrchestrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
