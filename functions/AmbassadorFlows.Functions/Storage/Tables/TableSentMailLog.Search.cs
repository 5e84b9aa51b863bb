using AmbassadorFlows.Functions.Storage.Sqlite;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>
/// The sent-mail search on Tables, which have no text index: the message rows are read newest first
/// (their keys sort so), only their key, subject and address, and matched here; a page stops at its
/// size or after <see cref="MaxScanned"/> rows, and the next page goes on from the last row read. So a
/// page costs at most that many small reads, whatever the log's size; a rare word may take several
/// pages to find. The recipient's name is inside the compressed message, so it is not searched here.
/// </summary>
public sealed partial class TableSentMailLog
{
    /// <summary>Rows looked at per page at most.</summary>
    public const int MaxScanned = 2000;

    private static readonly string[] SearchColumns = ["RowKey", "Subject", "ToAddressLower"];

    public async Task<SentMailPage> SearchAsync(SentMailQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _created.Value.ConfigureAwait(false);
        var words = SentMailWords.Of(query.Words);
        var size = Math.Max(1, query.PageSize);
        var filter = $"PartitionKey eq '{MessagesPartition}'"
            + (query.After is null ? string.Empty : TableClient.CreateQueryFilter($" and RowKey gt {query.After}"))
            + (query.ToAddress is null ? string.Empty : TableClient.CreateQueryFilter($" and ToAddressLower eq {query.ToAddress.ToLowerInvariant()}"));
        var matches = new List<string>();
        string? lastRead = null;
        var scanned = 0;
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: SearchColumns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (matches.Count == size || scanned == MaxScanned)
            {
                // There is more: the next page starts after the last row this one read.
                var messages = await ReadAsync(matches, cancellationToken).ConfigureAwait(false);
                return new SentMailPage(messages, lastRead);
            }

            scanned++;
            lastRead = row.RowKey;
            if (Matches(row, words))
            {
                matches.Add(row.RowKey);
            }
        }

        return new SentMailPage(await ReadAsync(matches, cancellationToken).ConfigureAwait(false), null);
    }

    /// <summary>Every word starts a word of the subject or the address, as in the SQLite index.</summary>
    private static bool Matches(TableEntity row, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return true;
        }

        var own = SentMailWords.Of($"{row.GetString("Subject")} {row.GetString("ToAddressLower")}");
        return words.All(w => own.Any(o => o.StartsWith(w, StringComparison.Ordinal)));
    }

    private async Task<IReadOnlyList<OutboxMessage>> ReadAsync(List<string> rowKeys, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>(rowKeys.Count);
        foreach (var key in rowKeys)
        {
            if (await ReadRowAsync(key, cancellationToken).ConfigureAwait(false) is { } row)
            {
                messages.Add(ToMessage(row));
            }
        }

        return messages;
    }
}
