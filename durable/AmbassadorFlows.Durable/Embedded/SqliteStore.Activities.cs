namespace AmbassadorFlows.Durable.Embedded;

/// <summary>Activity work queue: claim with a lease, complete into the instance inbox.</summary>
internal sealed partial class SqliteStore
{
    /// <summary>Leases up to <paramref name="max"/> due activities, oldest first, in one
    /// statement. Each delivery counts as an attempt.</summary>
    public Task<IReadOnlyList<ActivityWorkItem>> ClaimActivitiesAsync(string owner, int max, TimeSpan lease, CancellationToken cancellation)
        => WriteAsync(tx =>
        {
            var now = Now;
            var items = new List<ActivityWorkItem>();
            using (var reader = Cmd(
                """
                UPDATE activities SET available_at = @until, lock_owner = @owner, attempts = attempts + 1
                WHERE id IN (SELECT id FROM activities WHERE available_at <= @now ORDER BY available_at, id LIMIT @max)
                RETURNING id, instance_id, execution_id, task_id, name, input, attempts
                """,
                tx, ("@until", (now + lease).UtcTicks), ("@owner", owner), ("@now", now.UtcTicks), ("@max", max)).ExecuteReader())
            {
                while (reader.Read())
                {
                    items.Add(new ActivityWorkItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), NullableString(reader, 5), reader.GetInt32(6)));
                }
            }

            // RETURNING has no defined order; run them in the order they were queued.
            items.Sort((a, b) => a.Id.CompareTo(b.Id));
            return (IReadOnlyList<ActivityWorkItem>)items;
        }, cancellation);

    /// <summary>Deletes each work item and delivers its result in the same transaction. An item
    /// already gone was completed by another worker after our lease expired: its result is
    /// dropped, so history gets exactly one completion per task.</summary>
    public async Task CompleteActivitiesAsync(IReadOnlyList<ActivityCompletion> completions)
    {
        if (completions.Count == 0)
        {
            return;
        }

        await WriteAsync(tx =>
        {
            var now = Now;
            foreach (var completion in completions)
            {
                if (Cmd("DELETE FROM activities WHERE id = @id", tx, ("@id", completion.Item.Id)).ExecuteNonQuery() == 0)
                {
                    continue;
                }

                // Only the execution that scheduled it, and only while it is not finished, takes the
                // result (one statement: the INSERT selects nothing otherwise).
                var e = completion.Result;
                Cmd(
                    $"""
                    INSERT INTO inbox (instance_id, execution_id, kind, priority, visible_at, event)
                    SELECT instance_id, execution_id, @k, 2, @v, @e FROM instances
                    WHERE instance_id = @i AND execution_id = @x AND status NOT IN ({TerminalStatusList})
                    """,
                    tx,
                    ("@i", completion.Item.InstanceId),
                    ("@x", completion.Item.ExecutionId),
                    ("@k", (int)e.EventTypeCase),
                    ("@v", now.UtcTicks),
                    ("@e", Bytes(e))).ExecuteNonQuery();
            }

            return 0;
        }, CancellationToken.None);
        SignalOrchestrationWork();
    }

    /// <summary>Makes claimed items available again at once (a worker stopping without running them).</summary>
    public Task AbandonActivitiesAsync(IEnumerable<ActivityWorkItem> items)
        => WriteAsync(tx =>
        {
            foreach (var item in items)
            {
                Cmd("UPDATE activities SET available_at = 0, lock_owner = NULL WHERE id = @id", tx, ("@id", item.Id)).ExecuteNonQuery();
            }

            return 0;
        }, CancellationToken.None);
}
