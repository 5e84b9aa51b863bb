using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Sqlite;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>Erasure and export of the sent-mail log, as for the local outbox: mail to the person is
/// emptied (the key stays, so nothing is sent twice), mail naming them is redacted. The messages are
/// found through the mentions index (<see cref="TableMentions"/>), read by key and handled
/// <see cref="MentionKeys.BatchSize"/> at a time; a changed one is written back whole (fewer chunks
/// drop out with Replace).</summary>
public sealed partial class TableSentMailLog : IPersonalDataStore
{
    public string Section => "emails";

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await foreach (var (_, mail) in MentioningAsync(subject.Emails.Select(MentionKeys.Address).ToList(), cancellationToken).ConfigureAwait(false))
        {
            if (subject.IsAddress(mail.Message.To.Address))
            {
                subject.AddName(mail.Message.To.DisplayName);
            }
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var mine = new List<OutboxMessage>();
        await foreach (var (_, mail) in MentioningAsync(subject.Emails.Select(MentionKeys.Address).ToList(), cancellationToken).ConfigureAwait(false))
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
        var keys = MentionKeys.Of(subject);
        var changed = 0;
        await foreach (var (row, mail) in MentioningAsync(keys, cancellationToken).ConfigureAwait(false))
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

        // Last, so an erasure cut short finds the same messages again.
        await _mentions.ForgetAsync(keys, TableMentions.Outbox, MentionKeys.NamesOf(subject), cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>The messages under the keys, read by key a batch at a time (the keys alone are held in full).</summary>
    private async IAsyncEnumerable<(TableEntity Row, OutboxMessage Mail)> MentioningAsync(IReadOnlyList<string> keys, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        await _mentions.EnsureIndexedAsync(TableMentions.Outbox, AllMailAsync, namesFirst: true, cancellationToken).ConfigureAwait(false);
        foreach (var batch in (await _mentions.RowsAsync(keys, TableMentions.Outbox, cancellationToken).ConfigureAwait(false)).Chunk(MentionKeys.BatchSize))
        {
            var rows = await Task.WhenAll(batch.Select(timeKey => ReadRowAsync(timeKey, cancellationToken))).ConfigureAwait(false);
            foreach (var row in rows.OfType<TableEntity>())
            {
                yield return (row, ToMessage(row));
            }
        }
    }

    /// <summary>Every logged message, a page at a time (the once-only indexing of older mail).</summary>
    private async IAsyncEnumerable<(string Row, MentionKeys.Found Found)> AllMailAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {MessagesPartition}"), maxPerPage: MentionKeys.BatchSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return (row.RowKey, MentionKeys.InMail(ToMessage(row).Message));
        }
    }
}
