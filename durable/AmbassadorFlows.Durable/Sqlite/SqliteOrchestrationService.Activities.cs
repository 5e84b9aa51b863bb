using System.Collections.Concurrent;
using DurableTask.Core;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>The activity queue: claim with a lease, complete into the orchestration's inbox.</summary>
public sealed partial class SqliteOrchestrationService
{
    private readonly ConcurrentQueue<SqliteActivityWorkItem> _claimedActivities = new();

    public async Task<TaskActivityWorkItem?> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
        => await LockNextAsync(_claimedActivities, _activityWork, ClaimActivitiesAsync, receiveTimeout, cancellationToken).ConfigureAwait(false);

    private async Task<List<SqliteActivityWorkItem>> ClaimActivitiesAsync(CancellationToken token)
    {
        var batch = await _db.WriteAsync(ctx => ClaimActivities(ctx, ClaimBatchSize), token).ConfigureAwait(false);

        // JSON is parsed here, outside the write gate.
        foreach (var item in batch)
        {
            item.TaskMessage = DurableJson.DeserializeMessage(item.MessageJson);
        }

        return batch;
    }

    /// <summary>Leases up to <paramref name="max"/> due activities, oldest first, in one statement; each
    /// delivery counts as an attempt.</summary>
    private List<SqliteActivityWorkItem> ClaimActivities(WriteContext ctx, int max)
    {
        var now = NowTicks;
        var until = now + _options.LockTimeout.Ticks;
        var claim = ctx.Command("""
            UPDATE activities SET lock_owner = @o || id, locked_until = @u, attempts = attempts + 1
            WHERE id IN (SELECT id FROM activities WHERE locked_until <= @now ORDER BY locked_until, id LIMIT @max)
            RETURNING id, message, attempts, lock_owner
            """);
        Bind(claim, "@o", NewLockToken() + ":");
        Bind(claim, "@u", until);
        Bind(claim, "@now", now);
        Bind(claim, "@max", max);
        var items = new List<SqliteActivityWorkItem>();
        using (var reader = claim.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                items.Add(new SqliteActivityWorkItem
                {
                    Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    RowId = id,
                    LockToken = reader.GetString(3),
                    MessageJson = reader.GetString(1),
                    LockedUntilUtc = ToDateTime(until),
                    DeliveryAttempt = reader.GetInt64(2),
                });
            }
        }

        // RETURNING has no defined order: hand them out in the order they were queued.
        items.Sort((a, b) => a.RowId.CompareTo(b.RowId));
        return items;
    }

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem)
    {
        var item = (SqliteActivityWorkItem)workItem;
        return _db.WriteAsync<TaskActivityWorkItem>(ctx =>
        {
            var until = NowTicks + _options.LockTimeout.Ticks;
            var renew = ctx.Command("UPDATE activities SET locked_until = @u WHERE id = @id AND lock_owner = @o");
            Bind(renew, "@u", until);
            Bind(renew, "@id", item.RowId);
            Bind(renew, "@o", item.LockToken);
            if (renew.ExecuteNonQuery() == 0)
            {
                throw new LeaseLostException($"activity {item.RowId}");
            }

            item.LockedUntilUtc = ToDateTime(until);
            return item;
        });
    }

    /// <summary>Deletes the activity and delivers its result in one transaction. An activity already
    /// gone was completed by another worker after our lease expired: this result is dropped, so the
    /// orchestration gets exactly one result per task.</summary>
    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        var item = (SqliteActivityWorkItem)workItem;
        var json = DurableJson.Serialize(responseMessage);
        return _db.WriteAsync(ctx =>
        {
            var delete = ctx.Command("DELETE FROM activities WHERE id = @id");
            Bind(delete, "@id", item.RowId);
            if (delete.ExecuteNonQuery() > 0)
            {
                DeliverToLiveInstance(ctx, responseMessage, json, NowTicks);
            }

            ctx.AfterCommit(_changes.Set);
            return 0;
        });
    }

    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        var item = (SqliteActivityWorkItem)workItem;
        return _db.WriteAsync(ctx =>
        {
            var release = ctx.Command("UPDATE activities SET lock_owner = NULL, locked_until = 0 WHERE id = @id AND lock_owner = @o");
            Bind(release, "@id", item.RowId);
            Bind(release, "@o", item.LockToken);
            release.ExecuteNonQuery();
            ctx.AfterCommit(() =>
            {
                _activityWork.Set();
                _changes.Set();
            });
            return 0;
        });
    }
}
