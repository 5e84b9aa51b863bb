using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Data.Sqlite;
using static AmbassadorFlows.Functions.Storage.Sqlite.SqliteValues;

namespace AmbassadorFlows.Functions.Storage.Sqlite;

/// <summary>
/// Indexes the records of a file written before the mentions index existed, once, when the file is
/// opened: first the names on its mail (so running text can be matched against them), then its mail,
/// approvals and audit lines, <see cref="MentionKeys.BatchSize"/> rows per transaction, so memory stays
/// bounded however large the file. Indexing is idempotent: a run cut short starts again at the next
/// opening, and only the last step marks the file done (<c>app_meta</c>).
/// </summary>
internal static class SqliteMentionsBackfill
{
    public const string DoneKey = "mentions";

    public static void RunIfNeeded(SqliteConnection connection)
    {
        using (var done = Command(connection, "SELECT 1 FROM app_meta WHERE key = $key", ("$key", DoneKey)))
        {
            if (done.ExecuteScalar() is not null)
            {
                return;
            }
        }

        Batches(connection, "SELECT id, to_name, cc_json FROM outbox WHERE id > $after ORDER BY id LIMIT $limit", 0L, (reader, transaction) =>
        {
            var found = new MentionKeys.Found();
            found.AddKnownName(reader.IsDBNull(1) ? null : reader.GetString(1));
            foreach (var cc in JsonSerializer.Deserialize<EmailAddress[]>(reader.GetString(2)) ?? [])
            {
                found.AddKnownName(cc.DisplayName);
            }

            using var learn = Command(connection, "INSERT OR IGNORE INTO mention_names (name_key) SELECT value FROM json_each($names)", ("$names", JsonSerializer.Serialize(found.KnownNames)));
            learn.Transaction = transaction;
            learn.ExecuteNonQuery();
            return reader.GetInt64(0);
        });

        // Microsoft.Data.Sqlite runs its async methods synchronously, so reading rows with the stores'
        // own readers here blocks on nothing.
        var after = 0L;
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            using var query = Command(connection, $"SELECT {SqliteOutbox.Columns} FROM outbox WHERE id > $after ORDER BY id LIMIT $limit", ("$after", after), ("$limit", MentionKeys.BatchSize));
            query.Transaction = transaction;
            var rows = SqliteOutbox.ReadAllAsync(query, CancellationToken.None).GetAwaiter().GetResult();
            foreach (var row in rows)
            {
                SqliteMentions.Record(connection, transaction, SqliteMentions.Outbox, row.Id, MentionKeys.InMail(row.Message));
            }

            transaction.Commit();
            if (rows.Count < MentionKeys.BatchSize)
            {
                break;
            }

            after = rows[^1].Id;
        }

        var afterApproval = string.Empty;
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            using var query = Command(connection, $"SELECT {SqliteApprovalStore.Columns} FROM approvals WHERE approval_id > $after ORDER BY approval_id LIMIT $limit", ("$after", afterApproval), ("$limit", MentionKeys.BatchSize));
            query.Transaction = transaction;
            var rows = SqliteApprovalStore.ReadAllAsync(query, CancellationToken.None).GetAwaiter().GetResult();
            foreach (var row in rows)
            {
                SqliteMentions.Record(connection, transaction, SqliteMentions.Approval, row.ApprovalId, MentionKeys.InApproval(row));
            }

            transaction.Commit();
            if (rows.Count < MentionKeys.BatchSize)
            {
                break;
            }

            afterApproval = rows[^1].ApprovalId;
        }

        Batches(connection, "SELECT id, instance_id, at, actor, action, details FROM audit WHERE id > $after ORDER BY id LIMIT $limit", 0L, (reader, transaction) =>
        {
            var entry = new AuditEntry(reader.GetString(1), Time(reader, 2), reader.GetString(3), reader.GetString(4), NullableString(reader, 5));
            SqliteMentions.Record(connection, transaction, SqliteMentions.Audit, reader.GetInt64(0), MentionKeys.InAudit(entry));
            return reader.GetInt64(0);
        });

        using var mark = Command(connection, "INSERT OR REPLACE INTO app_meta (key, value) VALUES ($key, 'indexed')", ("$key", DoneKey));
        mark.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="each"/> over the rows of <paramref name="sql"/> (keyed by an id it
    /// returns), a batch per transaction.</summary>
    private static void Batches(SqliteConnection connection, string sql, long after, Func<SqliteDataReader, SqliteTransaction, long> each)
    {
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            var count = 0;
            using (var query = Command(connection, sql, ("$after", after), ("$limit", MentionKeys.BatchSize)))
            {
                query.Transaction = transaction;
                using var reader = query.ExecuteReader();
                while (reader.Read())
                {
                    after = each(reader, transaction);
                    count++;
                }
            }

            transaction.Commit();
            if (count < MentionKeys.BatchSize)
            {
                return;
            }
        }
    }
}
