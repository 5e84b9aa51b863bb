using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>Erasure and export of sent mail. Mail to the person is emptied (the row and its
/// idempotency key stay, so nothing is ever sent twice); mail to others that names them is redacted.
/// The messages are found through the mentions index (<see cref="SqliteMentions"/>) and handled
/// <see cref="MentionKeys.BatchSize"/> at a time, a transaction each, .ics attachments included.</summary>
public sealed partial class SqliteOutbox : IPersonalDataStore
{
    private long _rowsErasureRead;

    public string Section => "emails";

    /// <summary>Messages read by erasures so far (for tests: what an erasure costs).</summary>
    internal long RowsErasureRead => Interlocked.Read(ref _rowsErasureRead);

    public async Task CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = await _database.OpenAsync(cancellationToken);
        foreach (var email in subject.Emails.ToList())
        {
            await using var query = Command(connection, "SELECT DISTINCT to_name FROM outbox WHERE to_address = $to COLLATE NOCASE AND to_name IS NOT NULL", ("$to", email));
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                subject.AddName(reader.GetString(0));
            }
        }
    }

    public async Task<object> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        await using var connection = await _database.OpenAsync(cancellationToken);
        var keys = subject.Emails.Select(MentionKeys.Address).Distinct(StringComparer.Ordinal).ToList();
        var mine = new List<OutboxMessage>();
        object after = 0L;
        while (await SqliteMentions.NextAsync(connection, null, keys, SqliteMentions.Outbox, after, cancellationToken) is { Count: > 0 } ids)
        {
            mine.AddRange((await ReadByIdsAsync(connection, null, ids, cancellationToken)).Where(m => subject.Received(m.Message)));
            after = ids[^1];
        }

        return mine;
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(redactor);
        var keys = MentionKeys.Of(subject);
        await using var connection = await _database.OpenAsync(cancellationToken);
        var changed = 0;
        object after = 0L;
        while (true)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var ids = await SqliteMentions.NextAsync(connection, transaction, keys, SqliteMentions.Outbox, after, cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            var rows = await ReadByIdsAsync(connection, transaction, ids, cancellationToken);
            Interlocked.Add(ref _rowsErasureRead, rows.Count);
            foreach (var row in rows)
            {
                if (redactor.Erase(row.Message) is not { } redacted)
                {
                    continue;
                }

                await using var update = Command(
                    connection,
                    "UPDATE outbox SET to_address = $to, to_name = $toName, cc_json = $cc, subject = $subject, html_body = $html, text_body = $text, attachments_json = $attachments WHERE id = $id",
                    ("$id", row.Id),
                    ("$to", redacted.To.Address),
                    ("$toName", ToDb(redacted.To.DisplayName)),
                    ("$cc", JsonSerializer.Serialize(redacted.Cc)),
                    ("$subject", redacted.Subject),
                    ("$html", redacted.HtmlBody),
                    ("$text", redacted.TextBody),
                    ("$attachments", JsonSerializer.Serialize(redacted.Attachments)));
                update.Transaction = transaction;
                changed += await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            after = ids[^1];
        }

        // Last, so an erasure cut short finds the same rows again; the names go from the lexicon too.
        await SqliteMentions.ForgetAsync(connection, keys, SqliteMentions.Outbox, cancellationToken);
        await using (var forget = Command(connection, SqliteMentions.ForgetNamesSql, ("$keys", JsonSerializer.Serialize(MentionKeys.NamesOf(subject)))))
        {
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }

        if (changed > 0)
        {
            // Merges the search index's segments so the erased words leave the file; its size is that
            // of subjects and addresses, not of the mail.
            await using var optimize = Command(connection, OptimizeSearch);
            await optimize.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    /// <summary>The messages with these ids (a batch of the mentions index), in id order.</summary>
    internal const string ByIdsSql = $"SELECT {Columns} FROM outbox WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY id";

    private static async Task<IReadOnlyList<OutboxMessage>> ReadByIdsAsync(SqliteConnection connection, SqliteTransaction? transaction, List<object> ids, CancellationToken cancellationToken)
    {
        await using var query = Command(connection, ByIdsSql, ("$ids", JsonSerializer.Serialize(ids)));
        query.Transaction = transaction;
        return await ReadAllAsync(query, cancellationToken);
    }
}
