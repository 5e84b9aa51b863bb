using System.Globalization;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>The outbox's search: an FTS5 index of each message's subject, address and recipient name,
/// kept by triggers (so erasure's redactions leave it too), read newest first a page at a time by id.</summary>
public sealed partial class SqliteOutbox
{
    /// <summary>The index and its triggers; an external-content table, so it holds words, not copies of the mail.
    /// Words are cut as <see cref="SentMailWords"/> cuts them, accents folded.</summary>
    internal const string SearchSchema = """
        CREATE VIRTUAL TABLE IF NOT EXISTS outbox_search USING fts5(
            subject, to_address, to_name, content='outbox', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
        CREATE TRIGGER IF NOT EXISTS outbox_search_insert AFTER INSERT ON outbox BEGIN
            INSERT INTO outbox_search (rowid, subject, to_address, to_name) VALUES (new.id, new.subject, new.to_address, new.to_name);
        END;
        CREATE TRIGGER IF NOT EXISTS outbox_search_delete AFTER DELETE ON outbox BEGIN
            INSERT INTO outbox_search (outbox_search, rowid, subject, to_address, to_name) VALUES ('delete', old.id, old.subject, old.to_address, old.to_name);
        END;
        CREATE TRIGGER IF NOT EXISTS outbox_search_update AFTER UPDATE OF subject, to_address, to_name ON outbox BEGIN
            INSERT INTO outbox_search (outbox_search, rowid, subject, to_address, to_name) VALUES ('delete', old.id, old.subject, old.to_address, old.to_name);
            INSERT INTO outbox_search (rowid, subject, to_address, to_name) VALUES (new.id, new.subject, new.to_address, new.to_name);
        END;
        """;

    /// <summary>Indexes the mail of a file made before the index existed.</summary>
    internal const string RebuildSearch = "INSERT INTO outbox_search (outbox_search) VALUES ('rebuild');";

    /// <summary>Merges the index's segments, so words of erased mail are gone from the file, not only marked deleted.</summary>
    internal const string OptimizeSearch = "INSERT INTO outbox_search (outbox_search) VALUES ('optimize');";

    public async Task<SentMailPage> SearchAsync(SentMailQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var before = long.TryParse(query.After, NumberStyles.None, CultureInfo.InvariantCulture, out var after) ? after : long.MaxValue;
        var words = SentMailWords.Of(query.Words);
        var limit = Math.Max(1, query.PageSize) + 1;
        await using var connection = await _database.OpenAsync(cancellationToken);

        // One statement per case, so SQLite walks an index each time: the FTS index by rowid, the
        // recipient index (to_address, id), or the table by id.
        await using var command = words.Count > 0
            ? Command(
                connection,
                query.ToAddress is null ? WordsSql : WordsToRecipientSql,
                ("$match", string.Join(' ', words.Select(w => $"\"{w}\"*"))),
                ("$before", before),
                ("$to", ToDb(query.ToAddress)),
                ("$limit", limit))
            : query.ToAddress is not null
                ? Command(connection, $"SELECT {Columns} FROM outbox WHERE to_address = $to COLLATE NOCASE AND id < $before ORDER BY id DESC LIMIT $limit", ("$to", query.ToAddress), ("$before", before), ("$limit", limit))
                : Command(connection, $"SELECT {Columns} FROM outbox WHERE id < $before ORDER BY id DESC LIMIT $limit", ("$before", before), ("$limit", limit));
        var rows = await ReadAllAsync(command, cancellationToken);
        return rows.Count < limit
            ? new SentMailPage(rows, null)
            : new SentMailPage([.. rows.Take(limit - 1)], rows[limit - 2].Id.ToString(CultureInfo.InvariantCulture));
    }

    private const string PrefixedColumns = "o.id, o.idempotency_key, o.to_address, o.to_name, o.cc_json, o.subject, o.html_body, o.text_body, o.template, o.language, o.attachments_json, o.created_at, o.relayed_at, o.relay_error";

    /// <summary>Mail with all the words, newest first, before an id: walks the FTS index, never the outbox.</summary>
    internal const string WordsSql = $"SELECT {PrefixedColumns} FROM outbox_search JOIN outbox o ON o.id = outbox_search.rowid WHERE outbox_search MATCH $match AND outbox_search.rowid < $before ORDER BY outbox_search.rowid DESC LIMIT $limit";

    private const string WordsToRecipientSql = $"SELECT {PrefixedColumns} FROM outbox_search JOIN outbox o ON o.id = outbox_search.rowid WHERE outbox_search MATCH $match AND outbox_search.rowid < $before AND o.to_address = $to COLLATE NOCASE ORDER BY outbox_search.rowid DESC LIMIT $limit";
}
