using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>
/// The mentions index of the app database: <c>mentions(person_key, kind, row_id)</c>, one row per
/// record (<see cref="Outbox"/>, <see cref="Approval"/>, <see cref="Audit"/>) and key of
/// <see cref="MentionKeys"/> it names, written with the record; and <c>mention_names</c>, the names
/// seen on mail, against which running text is matched. Erasure reads the rows under the person's
/// keys, so it costs what names them, not the size of the store.
/// </summary>
internal static class SqliteMentions
{
    public const string Outbox = "outbox";
    public const string Approval = "approval";
    public const string Audit = "audit";

    /// <summary>Rows under the keys of one kind, after a row id, a batch at a time: one index seek per key.</summary>
    public const string RowsSql = """
        SELECT DISTINCT row_id FROM mentions
        WHERE person_key IN (SELECT value FROM json_each($keys)) AND kind = $kind AND row_id > $after
        ORDER BY row_id LIMIT $limit
        """;

    public const string DeleteSql = "DELETE FROM mentions WHERE person_key IN (SELECT value FROM json_each($keys)) AND kind = $kind";

    public const string ForgetNamesSql = "DELETE FROM mention_names WHERE name_key IN (SELECT value FROM json_each($keys))";

    private const string LearnNamesSql = "INSERT OR IGNORE INTO mention_names (name_key) SELECT value FROM json_each($names)";

    private const string RecordKeysSql = "INSERT OR IGNORE INTO mentions (person_key, kind, row_id) SELECT value, $kind, $row FROM json_each($keys)";

    private const string RecordNamesSql = """
        INSERT OR IGNORE INTO mentions (person_key, kind, row_id)
        SELECT n.name_key, $kind, $row FROM json_each($candidates) c JOIN mention_names n ON n.name_key = c.value
        """;

    public static async Task RecordAsync(SqliteConnection connection, SqliteTransaction? transaction, string kind, object rowId, MentionKeys.Found found, CancellationToken cancellationToken)
    {
        foreach (var command in Commands(connection, transaction, kind, rowId, found))
        {
            await using (command)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    public static void Record(SqliteConnection connection, SqliteTransaction? transaction, string kind, object rowId, MentionKeys.Found found)
    {
        foreach (var command in Commands(connection, transaction, kind, rowId, found))
        {
            using (command)
            {
                command.ExecuteNonQuery();
            }
        }
    }

    /// <summary>The ids of the next batch of rows of <paramref name="kind"/> that name the keys.</summary>
    public static async Task<List<object>> NextAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyList<string> keys, string kind, object after, CancellationToken cancellationToken)
    {
        await using var query = Command(connection, RowsSql, ("$keys", JsonSerializer.Serialize(keys)), ("$kind", kind), ("$after", after), ("$limit", MentionKeys.BatchSize));
        query.Transaction = transaction;
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        var ids = new List<object>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetValue(0));
        }

        return ids;
    }

    /// <summary>Takes the person's keys of one kind out of the index once their records no longer name them.</summary>
    public static async Task ForgetAsync(SqliteConnection connection, IReadOnlyList<string> keys, string kind, CancellationToken cancellationToken)
    {
        await using var delete = Command(connection, DeleteSql, ("$keys", JsonSerializer.Serialize(keys)), ("$kind", kind));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IEnumerable<SqliteCommand> Commands(SqliteConnection connection, SqliteTransaction? transaction, string kind, object rowId, MentionKeys.Found found)
    {
        if (found.KnownNames.Count > 0)
        {
            yield return With(transaction, Command(connection, LearnNamesSql, ("$names", JsonSerializer.Serialize(found.KnownNames))));
        }

        if (found.Keys.Count > 0)
        {
            yield return With(transaction, Command(connection, RecordKeysSql, ("$keys", JsonSerializer.Serialize(found.Keys)), ("$kind", kind), ("$row", rowId)));
        }

        if (found.NameCandidates.Count > 0)
        {
            yield return With(transaction, Command(connection, RecordNamesSql, ("$candidates", JsonSerializer.Serialize(found.NameCandidates)), ("$kind", kind), ("$row", rowId)));
        }
    }

    private static SqliteCommand With(SqliteTransaction? transaction, SqliteCommand command)
    {
        command.Transaction = transaction;
        return command;
    }
}
