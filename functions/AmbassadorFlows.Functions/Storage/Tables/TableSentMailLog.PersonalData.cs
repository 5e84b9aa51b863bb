using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Sqlite;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Erasure and export of the sent-mail log, as for the local outbox: mail to the person is
/// emptied (the key stays, so nothing is sent twice), mail naming them is redacted. Every message is
/// decompressed and looked at; a changed one is written back whole (fewer chunks drop out with Replace).</summary>
public sealed partial class TableSentMailLog : IPersonalDataStore
{
    public string Section => "emails";

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var email in subject.Emails.ToList())
        {
            foreach (var mail in await ListAsync(int.MaxValue, email, cancellationToken).ConfigureAwait(false))
            {
                subject.AddName(mail.Message.To.DisplayName);
            }
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var mine = new List<OutboxMessage>();
        await foreach (var (_, mail) in RowsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (subject.Received(mail.Message))
            {
                mine.Add(mail);
            }
        }

        return mine.OrderBy(m => m.CreatedAt).ToList();
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(redactor);
        var changed = 0;
        await foreach (var (row, mail) in RowsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (redactor.Erase(mail.Message) is not { } redacted)
            {
                continue;
            }

            var replacement = new TableEntity(row.PartitionKey, row.RowKey)
            {
                ["Id"] = row.GetInt64("Id"),
                ["IdempotencyKey"] = row.GetString("IdempotencyKey"),
                ["ToAddress"] = redacted.To.Address,
                ["ToAddressLower"] = redacted.To.Address.ToLowerInvariant(),
                ["Subject"] = redacted.Subject,
                ["CreatedAt"] = row.GetDateTimeOffset("CreatedAt"),
                ["RelayedAt"] = row.GetDateTimeOffset("RelayedAt"),
                ["RelayError"] = redactor.Redact(row.GetString("RelayError")),
            };
            var chunks = Chunks(Compress(redacted));
            for (var i = 0; i < chunks.Count; i++)
            {
                replacement[ChunkName(i)] = chunks[i];
            }

            await _table.UpdateEntityAsync(replacement, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            changed++;
        }

        return changed;
    }

    private async IAsyncEnumerable<(TableEntity Row, OutboxMessage Mail)> RowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {MessagesPartition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return (row, ToMessage(row));
        }
    }
}
