namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>A work item's lease expired and someone else may have claimed it: its completion is
/// refused whole, so the turn is applied once, by whoever holds the lease.</summary>
public sealed class LeaseLostException : InvalidOperationException
{
    public LeaseLostException()
    {
    }

    public LeaseLostException(string instanceId)
        : base($"The lease on '{instanceId}' was lost (expired, or the instance was replaced or purged); the work item was not applied.")
    {
    }

    public LeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
