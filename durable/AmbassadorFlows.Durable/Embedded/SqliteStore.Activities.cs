namespace AmbassadorFlows.Durable.Embedded;

/// <summary>Activity work queue: claim with a lease, complete into the instance inbox.</summary>
internal sealed partial class SqliteStore
{
    public Task<IReadOnlyList<ActivityWorkItem>> ClaimActivitiesAsync(string owner, int max, TimeSpan lease, CancellationToken cancellation)
        => WithGateAsync(() =>
        {
            var now = Now;
            var items = new List<ActivityWorkItem>();
            using var tx = _connection.BeginTransaction();
            using (var reader = Cmd(
                "SELECT id, instance_id, execution_id, task_id, name, input, attempts FROM activities WHERE available_at <= @now ORDER BY available_at, id LIMIT @max",
                tx, ("@now", now.UtcTicks), ("@max", max)).ExecuteReader())
            {
                while (reader.Read())
                {
                    items.Add(new ActivityWorkItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), NullableString(reader, 5), reader.GetInt32(6) + 1));
                }
            }

            foreach (var item in items)
            {
                Cmd("UPDATE activities SET available_at = @until, lock_owner = @owner, attempts = attempts + 1 WHERE id = @id", tx,
                    ("@until", (now + lease).UtcTicks), ("@owner", owner), ("@id", item.Id)).ExecuteNonQuery();
            }

            tx.Commit();
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

        await WithGateAsync(() =>
        {
            var now = Now;
            using var tx = _connection.BeginTransaction();
            foreach (var completion in completions)
            {
                if (Cmd("DELETE FROM activities WHERE id = @id", tx, ("@id", completion.Item.Id)).ExecuteNonQuery() == 0)
                {
                    continue;
                }

                var instance = LoadInstance(completion.Item.InstanceId, tx);
                if (instance is not null && !IsTerminal(instance.Status) && instance.ExecutionId == completion.Item.ExecutionId)
                {
                    InsertInbox(tx, instance.InstanceId, instance.ExecutionId, completion.Result, now);
                }
            }

            tx.Commit();
            return 0;
        }, CancellationToken.None);
        SignalOrchestrationWork();
    }

    /// <summary>Makes claimed items available again at once (a worker stopping without running them).</summary>
    public Task AbandonActivitiesAsync(IEnumerable<ActivityWorkItem> items)
        => WithGateAsync(() =>
        {
            using var tx = _connection.BeginTransaction();
            foreach (var item in items)
            {
                Cmd("UPDATE activities SET available_at = 0, lock_owner = NULL WHERE id = @id", tx, ("@id", item.Id)).ExecuteNonQuery();
            }

            tx.Commit();
            return 0;
        }, CancellationToken.None);
}
