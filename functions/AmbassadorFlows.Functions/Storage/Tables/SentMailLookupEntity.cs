using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Finds a logged message by its dashboard id: PartitionKey = "id-" + id, RowKey = "".
/// Inserted first, so it is also the idempotency record: its <see cref="IdempotencyKey"/> tells a
/// retried send from a different message whose key hashed to the same id.</summary>
internal sealed class SentMailLookupEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    /// <summary>RowKey of the message row in the time-ordered partition.</summary>
    public string TimeKey { get; set; } = string.Empty;
}
