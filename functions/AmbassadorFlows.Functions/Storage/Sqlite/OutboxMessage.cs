using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>One email as kept in the local outbox.</summary>
public sealed record OutboxMessage(long Id, DateTimeOffset CreatedAt, EmailMessage Message)
{
    public DateTimeOffset? RelayedAt { get; init; }

    public string? RelayError { get; init; }
}
