using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Workflows.Ports;
using Azure;
using Azure.Data.Tables;

namespace AmbassadorFlows.Functions.Storage.Tables;

/// <summary>
/// The sent-mail log of Azure mode: every email the app sends is recorded on Azure Tables
/// once per idempotency key, then handed to the real sender (ACS) when one is configured, so the
/// dashboard's outbox pages work in Azure as they do locally. A retried send finds its key and is
/// not relayed again once relayed; a failed relay is recorded and retried with the activity.
/// Layout: one partition of message rows keyed by inverted creation time (newest first, a page
/// is one range read), and one lookup row per message keyed by its dashboard id. The message
/// itself is gzip-compressed JSON split over binary properties (64 KiB each, 1 MiB per entity).
/// </summary>
public sealed partial class TableSentMailLog : IEmailSender, ISentMailLog
{
    private const string MessagesPartition = "messages";
    private const string ContentProperty = "Content";
    private const int ChunkBytes = 60 * 1024;
    private const int MaxChunks = 15;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private readonly IEmailSender? _relay;
    private readonly Lazy<Task> _created;
    private readonly TableMentions _mentions;

    public TableSentMailLog(TableServiceClient service, TimeProvider time, IEmailSender? relay = null, string tablePrefix = "af")
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(time);
        _table = service.GetTableClient(tablePrefix + "SentMail");
        _time = time;
        _relay = relay;
        _created = new Lazy<Task>(() => _table.CreateIfNotExistsAsync());
        _mentions = new TableMentions(service, tablePrefix);
    }

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.IdempotencyKey, nameof(message));
        await _created.Value.ConfigureAwait(false);
        var (id, timeKey, recordedNow) = await ClaimAsync(message.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        var row = await ReadRowAsync(timeKey, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            // Its mentions before the message: no message is kept that erasure cannot find.
            await _mentions.RecordAsync(TableMentions.Outbox, timeKey, MentionKeys.InMail(message), cancellationToken).ConfigureAwait(false);
            row = await AddRowAsync(id, timeKey, message, cancellationToken).ConfigureAwait(false);
        }

        // Relay until relayed, so a relay failure (the activity retries) is retried too.
        if (_relay is not null && row.GetDateTimeOffset("RelayedAt") is null)
        {
            try
            {
                await _relay.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                row["RelayError"] = ex.Message;
                await _table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false);
                throw;
            }

            row["RelayedAt"] = _time.GetUtcNow();
            row.Remove("RelayError");
            await _table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        return new EmailSendResult(string.Create(CultureInfo.InvariantCulture, $"sentmail-{id}"), AlreadySent: !recordedNow);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(int limit = 200, string? toAddress = null, CancellationToken cancellationToken = default)
    {
        var result = new List<OutboxMessage>();
        if (limit <= 0)
        {
            return result;
        }

        await _created.Value.ConfigureAwait(false);
        var filter = toAddress is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {MessagesPartition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {MessagesPartition} and ToAddressLower eq {toAddress.ToLowerInvariant()}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(limit, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(ToMessage(row));
            if (result.Count == limit)
            {
                break;
            }
        }

        return result;
    }

    public async Task<OutboxMessage?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        var lookup = await _table.GetEntityIfExistsAsync<SentMailLookupEntity>(LookupPartition(id), string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!lookup.HasValue)
        {
            return null;
        }

        var row = await ReadRowAsync(lookup.Value!.TimeKey, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToMessage(row);
    }

    /// <summary>The id for this key, claimed by inserting its lookup row; <c>recordedNow</c> is false
    /// when the key was claimed before. Ids are a hash of the key, probed upwards on a collision.</summary>
    private async Task<(long Id, string TimeKey, bool RecordedNow)> ClaimAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        var id = IdOf(idempotencyKey);
        while (true)
        {
            var lookup = new SentMailLookupEntity
            {
                PartitionKey = LookupPartition(id),
                RowKey = string.Empty,
                IdempotencyKey = idempotencyKey,
                TimeKey = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - _time.GetUtcNow().UtcTicks:D19}-{id:D19}"),
            };
            try
            {
                await _table.AddEntityAsync(lookup, cancellationToken).ConfigureAwait(false);
                return (id, lookup.TimeKey, true);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                var existing = (await _table.GetEntityAsync<SentMailLookupEntity>(lookup.PartitionKey, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
                if (string.Equals(existing.IdempotencyKey, idempotencyKey, StringComparison.Ordinal))
                {
                    return (id, existing.TimeKey, false);
                }

                id = id == long.MaxValue ? 1 : id + 1;
            }
        }
    }

    /// <summary>Writes the message row; also after a crash between claiming the key and writing it.</summary>
    private async Task<TableEntity> AddRowAsync(long id, string timeKey, EmailMessage message, CancellationToken cancellationToken)
    {
        var row = new TableEntity(MessagesPartition, timeKey)
        {
            ["Id"] = id,
            ["IdempotencyKey"] = message.IdempotencyKey,
            ["ToAddress"] = message.To.Address,
            ["ToAddressLower"] = message.To.Address.ToLowerInvariant(),
            ["Subject"] = message.Subject,
            ["CreatedAt"] = _time.GetUtcNow(),
        };
        var chunks = Chunks(Compress(message));
        for (var i = 0; i < chunks.Count; i++)
        {
            row[ChunkName(i)] = chunks[i];
        }

        try
        {
            await _table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return row;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A concurrent send of the same key wrote it first; use theirs.
            return (await ReadRowAsync(timeKey, cancellationToken).ConfigureAwait(false))!;
        }
    }

    private async Task<TableEntity?> ReadRowAsync(string timeKey, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(MessagesPartition, timeKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    private static OutboxMessage ToMessage(TableEntity row)
    {
        using var content = new MemoryStream();
        for (var i = 0; row.GetBinary(ChunkName(i)) is { } chunk; i++)
        {
            content.Write(chunk);
        }

        content.Position = 0;
        using var gzip = new GZipStream(content, CompressionMode.Decompress);
        var message = JsonSerializer.Deserialize<EmailMessage>(gzip, Json)
            ?? throw new InvalidOperationException($"Sent-mail row {row.RowKey} holds no message.");
        return new OutboxMessage(row.GetInt64("Id") ?? 0, row.GetDateTimeOffset("CreatedAt") ?? default, message)
        {
            RelayedAt = row.GetDateTimeOffset("RelayedAt"),
            RelayError = row.GetString("RelayError"),
        };
    }

    /// <summary>The message as gzip JSON; without attachment contents when it would not fit one entity
    /// (the sender still gets the full message, the log keeps the names).</summary>
    private static byte[] Compress(EmailMessage message)
    {
        var bytes = Gzip(message);
        if (bytes.Length > ChunkBytes * MaxChunks && message.Attachments.Count > 0)
        {
            bytes = Gzip(message with { Attachments = [.. message.Attachments.Select(a => a with { Content = [] })] });
        }

        return bytes.Length <= ChunkBytes * MaxChunks
            ? bytes
            : throw new InvalidOperationException($"Email '{message.IdempotencyKey}' is too large for the sent-mail log ({bytes.Length} bytes compressed).");
    }

    private static byte[] Gzip(EmailMessage message)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, message, Json);
        }

        return buffer.ToArray();
    }

    private static List<byte[]> Chunks(byte[] bytes)
    {
        var chunks = new List<byte[]>();
        for (var offset = 0; offset < bytes.Length; offset += ChunkBytes)
        {
            chunks.Add(bytes[offset..Math.Min(bytes.Length, offset + ChunkBytes)]);
        }

        return chunks;
    }

    private static string ChunkName(int index) => string.Create(CultureInfo.InvariantCulture, $"{ContentProperty}{index:D2}");

    private static string LookupPartition(long id) => string.Create(CultureInfo.InvariantCulture, $"id-{id:D19}");

    /// <summary>A positive 63-bit id from the key, stable across retries and instances.</summary>
    private static long IdOf(string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey));
        var id = BinaryPrimitives.ReadInt64BigEndian(hash) & long.MaxValue;
        return id == 0 ? 1 : id;
    }
}
