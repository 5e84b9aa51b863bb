using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>The cohort list in one partition: per cohort an "id|" row (its first creation time, so a
/// second write finds its place) and a "t|" row keyed newest first (inverted ticks, then the encoded
/// id), which pages read in key order. The "meta|filled" row marks the copy of earlier cohorts done.</summary>
internal sealed class CohortListEntity : ITableEntity
{
    public const string Partition = "cohorts";
    public const string IdPrefix = "id|";
    public const string TimePrefix = "t|";
    public const string FilledRow = "meta|filled";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CohortId { get; set; } = string.Empty;

    public string ProgrammeId { get; set; } = string.Empty;

    public int? ProgrammeVersion { get; set; }

    public string HrOwnerId { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
