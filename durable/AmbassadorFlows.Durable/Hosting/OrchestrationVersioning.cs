using Microsoft.DurableTask.Worker;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>Versioning as the Durable extension applies host.json's defaults in Azure.</summary>
public static class OrchestrationVersioning
{
    /// <summary>New instances start on <paramref name="version"/>; the worker runs instances of that
    /// version or older and leaves newer ones for a newer worker (<c>CurrentOrOlder</c>, <c>Reject</c>).</summary>
    public static DurableTaskWorkerOptions.VersioningOptions For(string version) => new()
    {
        Version = version,
        DefaultVersion = version,
        MatchStrategy = DurableTaskWorkerOptions.VersionMatchStrategy.CurrentOrOlder,
        FailureStrategy = DurableTaskWorkerOptions.VersionFailureStrategy.Reject,
    };
}
