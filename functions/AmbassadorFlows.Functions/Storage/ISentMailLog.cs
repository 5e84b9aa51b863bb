using AmbassadorFlows.Functions.Storage.Sqlite;

namespace AmbassadorFlows.Functions.Storage;

/// <summary>What the app has emailed, newest first, for the dashboard's outbox pages. Locally the
/// SQLite outbox; in Azure the sent-mail log on Tables, in front of the real sender (ACS).</summary>
public interface ISentMailLog
{
    /// <param name="toAddress">Only messages to this address (case-insensitive); null for all.</param>
    Task<IReadOnlyList<OutboxMessage>> ListAsync(int limit = 200, string? toAddress = null, CancellationToken cancellationToken = default);

    Task<OutboxMessage?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A page of the mail <paramref name="query"/> asks for, newest first (the outbox page's search).</summary>
    Task<SentMailPage> SearchAsync(SentMailQuery query, CancellationToken cancellationToken = default);
}
