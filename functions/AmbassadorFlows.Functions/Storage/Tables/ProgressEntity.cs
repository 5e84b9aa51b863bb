using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Where one ambassador stands: PartitionKey = encoded cohort id (a cohort is read in one
/// query), RowKey = "p|" + encoded employee id.</summary>
internal sealed class ProgressEntity : ITableEntity
{
    public const string RowPrefix = "p|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string CohortId { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public string JourneyInstanceId { get; set; } = string.Empty;

    public string Step { get; set; } = string.Empty;

    public DateTimeOffset Since { get; set; }

    public int Term { get; set; }

    public string? Outcome { get; set; }

    public string? AgreementVersion { get; set; }

    /// <summary>The <c>TrainingRecord</c> as JSON, or null before training starts.</summary>
    public string? TrainingJson { get; set; }

    public DateTimeOffset? EraseAfter { get; set; }

    /// <summary>When the person's personal data was erased (all their rows carry it).</summary>
    public DateTimeOffset? ErasedAt { get; set; }
}
