using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>One audit line: PartitionKey = encoded instance id (one query per instance),
/// RowKey = time ticks + write ticks + random suffix, so rows sort by time, then by write order.</summary>
internal sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string InstanceId { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string? Details { get; set; }
}
