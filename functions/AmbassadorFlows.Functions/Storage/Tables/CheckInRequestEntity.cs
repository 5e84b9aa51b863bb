using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>A check-in request as the figures read it, in its cohort's partition (the encoded cohort
/// id), keyed by the encoded approval id: a cohort's requests are one partition query, not a scan
/// of every approval. The <see cref="FilledPartition"/> row of a cohort marks its requests made
/// before these rows existed as copied in.</summary>
internal sealed class CheckInRequestEntity : ITableEntity
{
    public const string FilledPartition = "meta|filled";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ApprovalId { get; set; } = string.Empty;

    public string InstanceId { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string? DetailsJson { get; set; }

    public bool Answered { get; set; }
}
