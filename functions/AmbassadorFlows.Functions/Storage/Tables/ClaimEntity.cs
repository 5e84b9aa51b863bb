using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>One claim: PartitionKey = encoded claim key, RowKey empty (a point read).</summary>
internal sealed class ClaimEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Holder { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }
}
