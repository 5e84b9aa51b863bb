using AmbassadorFlows.Durable.Protocol;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>History rows: read (through the <see cref="HistoryCache"/> for turns) and appended.</summary>
internal sealed partial class SqliteStore
{
    /// <summary>Rows per INSERT when a turn appends history: one statement per turn instead of
    /// one per event (a turn usually appends three to five).</summary>
    private const int HistoryRowsPerInsert = 8;

    private static readonly string[] AppendHistorySql = [.. Enumerable.Range(0, HistoryRowsPerInsert + 1).Select(rows =>
        "INSERT INTO history (instance_id, seq, event) VALUES " + string.Join(", ", Enumerable.Range(0, rows).Select(i => $"(@id, @s{i}, @e{i})")))];

    private static readonly string[] SeqParameters = [.. Enumerable.Range(0, HistoryRowsPerInsert).Select(i => $"@s{i}")];

    private static readonly string[] EventParameters = [.. Enumerable.Range(0, HistoryRowsPerInsert).Select(i => $"@e{i}")];

    private IReadOnlyList<HistoryEvent> LoadHistory(string instanceId, SqliteTransaction? tx)
    {
        var events = new List<HistoryEvent>();
        using var reader = Cmd("SELECT event FROM history WHERE instance_id = @id ORDER BY seq", tx, ("@id", instanceId)).ExecuteReader();
        while (reader.Read())
        {
            events.Add(ParseEvent(reader, 0));
        }

        return events;
    }

    /// <summary>The history a turn replays: from the cache when it matches the stored length
    /// (<paramref name="storedCount"/>, read with the lease), else read and parsed from the table.</summary>
    private IReadOnlyList<HistoryEvent> LoadHistoryForTurn(InstanceRow row, int storedCount, SqliteTransaction tx)
        => _histories.TryGet(row.InstanceId, row.ExecutionId, storedCount) ?? LoadHistory(row.InstanceId, tx);

    private void AppendHistory(SqliteTransaction tx, string instanceId, int firstSeq, IReadOnlyList<HistoryEvent> events)
    {
        for (var start = 0; start < events.Count; start += HistoryRowsPerInsert)
        {
            var rows = Math.Min(HistoryRowsPerInsert, events.Count - start);
            var args = new (string Name, object? Value)[1 + (2 * rows)];
            args[0] = ("@id", instanceId);
            for (var i = 0; i < rows; i++)
            {
                args[1 + (2 * i)] = (SeqParameters[i], firstSeq + start + i);
                args[2 + (2 * i)] = (EventParameters[i], Bytes(events[start + i]));
            }

            Cmd(AppendHistorySql[rows], tx, args).ExecuteNonQuery();
        }
    }

    /// <summary>After the COMMIT of a turn: keep its history for the instance's next turn, or
    /// forget it when the execution ended or continued as new.</summary>
    private void RememberHistory(TurnCommit commit)
    {
        if (commit.Outcome is not null || commit.ContinuedAsNew is not null)
        {
            _histories.Remove(commit.InstanceId);
            return;
        }

        if (commit.AppendedHistory.Count == 0)
        {
            return;
        }

        var events = new HistoryEvent[commit.PastHistory.Count + commit.AppendedHistory.Count];
        var n = 0;
        foreach (var e in commit.PastHistory)
        {
            events[n++] = e;
        }

        foreach (var e in commit.AppendedHistory)
        {
            events[n++] = e;
        }

        _histories.Put(commit.InstanceId, commit.ExecutionId, events);
    }
}
