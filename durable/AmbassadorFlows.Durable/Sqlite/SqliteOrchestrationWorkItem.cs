using DurableTask.Core;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>DTFx's work item plus what the completion must check and delete: the lease token, the
/// execution and history length at claim time, and exactly the inbox rows handed out.</summary>
internal sealed class SqliteOrchestrationWorkItem : TaskOrchestrationWorkItem
{
    public required string LockToken { get; init; }

    public required string ExecutionId { get; init; }

    public required int HistoryLength { get; init; }

    public required IReadOnlyList<long> MessageIds { get; init; }

    /// <summary>Completed or abandoned: the lease is already given back, so Release has nothing to do.</summary>
    public bool Settled { get; set; }
}
