using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>When each request's reminder went out in the dry run, read from its throwaway outbox (a
/// reminder's key is the request's <see cref="IdempotencyKeys.Reminder"/>); the outbox is read again
/// only when it has grown since, so a late answerer costs one read per new batch of mail.</summary>
internal sealed class DryRunReminders(SqliteOutbox outbox)
{
    private readonly Dictionary<string, DateTimeOffset> _sent = new(StringComparer.Ordinal);
    private int _read = -1;

    public async Task<DateTimeOffset?> SentAtAsync(string approvalId, CancellationToken cancellationToken)
    {
        var key = IdempotencyKeys.Reminder(approvalId);
        if (!_sent.ContainsKey(key) && await outbox.CountAsync(cancellationToken) is var count && count != _read)
        {
            foreach (var mail in await outbox.ListAsync(count, null, cancellationToken))
            {
                // A key per recipient may follow the reminder's key; the first mail is the reminder's time.
                var reminderKey = mail.Message.IdempotencyKey.EndsWith(":reminder", StringComparison.Ordinal) ? mail.Message.IdempotencyKey : null;
                if (reminderKey is not null && (!_sent.TryGetValue(reminderKey, out var at) || mail.CreatedAt < at))
                {
                    _sent[reminderKey] = mail.CreatedAt;
                }
            }

            _read = count;
        }

        return _sent.TryGetValue(key, out var sentAt) ? sentAt : null;
    }
}
