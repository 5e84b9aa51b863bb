using DurableTask.Core;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>DTFx's activity work item plus our row id and lease token.</summary>
internal sealed class SqliteActivityWorkItem : TaskActivityWorkItem
{
    public required long RowId { get; init; }

    public required string LockToken { get; init; }

    /// <summary>The stored TaskMessage, parsed into TaskMessage outside the write gate.</summary>
    public required string MessageJson { get; init; }
}
