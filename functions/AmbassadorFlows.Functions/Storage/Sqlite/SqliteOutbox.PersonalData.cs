using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>Erasure and export of sent mail. Mail to the person is emptied (the row and its
/// idempotency key stay, so nothing is ever sent twice); mail to others that names them is redacted.
/// Every message is looked at, .ics attachments included, in one transaction.</summary>
public sealed partial class SqliteOutbox : IPersonalDataStore
{
    public string Section => "emails";

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
        await using var query = Command(connection, $"SELECT {Columns} FROM outbox ORDER BY id");
        return (await ReadAllAsync(query, cancellationToken))
            .Where(m => subject.Received(m.Message))
            .ToList();
    }

    public async Task<int> EraseAsync(PersonalDataSubject subject, Redactor redactor, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(redactor);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        IReadOnlyList<OutboxMessage> rows;
        await using (var query = Command(connection, $"SELECT {Columns} FROM outbox"))
        {
            query.Transaction = transaction;
            rows = await ReadAllAsync(query, cancellationToken);
        }

        var changed = 0;
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

        if (changed > 0)
        {
            await using var optimize = Command(connection, OptimizeSearch);
            optimize.Transaction = transaction;
            await optimize.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }
}
