using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>One approval, one row: PartitionKey = encoded approval id, RowKey = "". Its own
/// partition makes the decision an optimistic-concurrency update of a single entity.</summary>
internal sealed class ApprovalEntity : ITableEntity
{
    public const string Pending = "Pending";
    public const string Decided = "Decided";
    public const string Closed = "Closed";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ApprovalId { get; set; } = string.Empty;

    public string InstanceId { get; set; } = string.Empty;

    public string EventName { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string AssigneeId { get; set; } = string.Empty;

    public string AssigneeEmail { get; set; } = string.Empty;

    /// <summary>Who held the request before its last hand-over, written in the same conditional
    /// replace that moved it, so the earlier holder's link can say "handed over" before the audit
    /// line exists. Null when never handed over (and on rows written before it was kept).</summary>
    public string? HandedFromId { get; set; }

    /// <summary>JSON array of the allowed decisions.</summary>
    public string OptionsJson { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public string? DetailsJson { get; set; }

    /// <summary>Pending, Decided or Closed: lets the pending list filter on the server.</summary>
    public string Status { get; set; } = Pending;

    public string? Decision { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Comment { get; set; }

    public string? DataJson { get; set; }

    public string? ClosedReason { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>True from the decision until its event is delivered (or given up on): lets the
    /// redelivery sweep filter on the server. Rows decided before delivery was tracked lack it,
    /// so they are never redelivered.</summary>
    public bool? DeliveryOwed { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? UndeliverableReason { get; set; }
}
