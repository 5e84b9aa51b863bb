using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>The local mail outbox: every email the app sends lands here (viewable in the dashboard),
/// once per idempotency key. With a relay configured (SMTP, ACS) a newly recorded message is also
/// handed to it; a retried activity finds the key and sends nothing twice.</summary>
public sealed partial class SqliteOutbox : IEmailSender, ISentMailLog
{
    internal const string Columns = "id, idempotency_key, to_address, to_name, cc_json, subject, html_body, text_body, template, language, attachments_json, created_at, relayed_at, relay_error";

    /// <summary>One recipient's mail, newest first: a separate statement (no "$to IS NULL OR"), so SQLite
    /// walks the index <c>outbox_by_recipient</c> instead of the whole table.</summary>
    internal const string ToRecipientSql = $"SELECT {Columns} FROM outbox WHERE to_address = $to COLLATE NOCASE ORDER BY id DESC LIMIT $limit";
    private readonly AppDatabase _database;
    private readonly TimeProvider _time;
    private readonly IEmailSender? _relay;

    public SqliteOutbox(AppDatabase database, TimeProvider time, IEmailSender? relay = null)
    {
        _database = database;
        _time = time;
        _relay = relay;
    }

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await _database.OpenAsync(cancellationToken);
        int inserted;

        // The message and its mentions in one transaction: no mail is ever kept that erasure cannot find.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = Command(
            connection,
            """
            INSERT INTO outbox (idempotency_key, to_address, to_name, cc_json, subject, html_body, text_body, template, language, attachments_json, created_at)
            VALUES ($key, $to, $toName, $cc, $subject, $html, $text, $template, $language, $attachments, $created)
            ON CONFLICT (idempotency_key) DO NOTHING
            """,
            ("$key", message.IdempotencyKey),
            ("$to", message.To.Address),
            ("$toName", ToDb(message.To.DisplayName)),
            ("$cc", JsonSerializer.Serialize(message.Cc)),
            ("$subject", message.Subject),
            ("$html", message.HtmlBody),
            ("$text", message.TextBody),
            ("$template", ToDb(message.Template)),
            ("$language", ToDb(message.Language)),
            ("$attachments", JsonSerializer.Serialize(message.Attachments)),
            ("$created", ToDb(_time.GetUtcNow()))))
        {
            insert.Transaction = transaction;
            inserted = await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        long id;
        string? relayedAt;
        await using (var find = Command(connection, "SELECT id, relayed_at FROM outbox WHERE idempotency_key = $key", ("$key", message.IdempotencyKey)))
        {
            find.Transaction = transaction;
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            id = reader.GetInt64(0);
            relayedAt = reader.IsDBNull(1) ? null : "yes";
        }

        if (inserted > 0)
        {
            await SqliteMentions.RecordAsync(connection, transaction, SqliteMentions.Outbox, id, MentionKeys.InMail(message), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // Relay when not yet relayed, so a relay failure (the activity retries) is retried too.
        if (_relay is not null && relayedAt is null)
        {
            try
            {
                await _relay.SendAsync(message, cancellationToken);
                await MarkRelayedAsync(connection, id, null, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await MarkRelayedAsync(connection, id, ex.Message, cancellationToken);
                throw;
            }
        }

        return new EmailSendResult($"outbox-{id}", AlreadySent: inserted == 0);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(int limit = 200, string? toAddress = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = toAddress is null
            ? Command(connection, $"SELECT {Columns} FROM outbox ORDER BY id DESC LIMIT $limit", ("$limit", limit))
            : Command(connection, ToRecipientSql, ("$to", toAddress), ("$limit", limit));
        return await ReadAllAsync(query, cancellationToken);
    }

    public async Task<OutboxMessage?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, $"SELECT {Columns} FROM outbox WHERE id = $id", ("$id", id));
        var rows = await ReadAllAsync(query, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var query = Command(connection, "SELECT count(*) FROM outbox");
        return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task MarkRelayedAsync(SqliteConnection connection, long id, string? error, CancellationToken cancellationToken)
    {
        await using var update = Command(
            connection,
            "UPDATE outbox SET relayed_at = CASE WHEN $error IS NULL THEN $at ELSE relayed_at END, relay_error = $error WHERE id = $id",
            ("$id", id),
            ("$at", ToDb(_time.GetUtcNow())),
            ("$error", ToDb(error)));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static async Task<IReadOnlyList<OutboxMessage>> ReadAllAsync(SqliteCommand query, CancellationToken cancellationToken)
    {
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var list = new List<OutboxMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var message = new EmailMessage(
                reader.GetString(1),
                new EmailAddress(reader.GetString(2), NullableString(reader, 3)),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7))
            {
                Cc = JsonSerializer.Deserialize<EmailAddress[]>(reader.GetString(4)) ?? [],
                Template = NullableString(reader, 8),
                Language = NullableString(reader, 9),
                Attachments = JsonSerializer.Deserialize<EmailAttachment[]>(reader.GetString(10)) ?? [],
            };
            list.Add(new OutboxMessage(reader.GetInt64(0), Time(reader, 11), message)
            {
                RelayedAt = NullableTime(reader, 12),
                RelayError = NullableString(reader, 13),
            });
        }

        return list;
    }
}
