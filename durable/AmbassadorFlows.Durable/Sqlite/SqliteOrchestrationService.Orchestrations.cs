using System.Collections.Concurrent;
using DurableTask.Core;
using DurableTask.Core.History;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>Orchestration work items: claim with a lease, complete in one transaction.</summary>
public sealed partial class SqliteOrchestrationService
{
    private readonly ConcurrentQueue<SqliteOrchestrationWorkItem> _claimedOrchestrations = new();

    /// <summary>An abandoned turn's messages wait this long, so a turn that always fails can't spin.</summary>
    private static readonly TimeSpan AbandonDelay = TimeSpan.FromSeconds(1);

    public async Task<TaskOrchestrationWorkItem?> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
        => await LockNextAsync(_claimedOrchestrations, _orchestrationWork, ClaimOrchestrationsAsync, receiveTimeout, cancellationToken).ConfigureAwait(false);

    // JSON is parsed after the write, outside the write gate.
    private async Task<List<SqliteOrchestrationWorkItem>> ClaimOrchestrationsAsync(CancellationToken token)
        => (await _db.WriteAsync(ctx => ClaimOrchestrations(ctx, ClaimBatchSize), token).ConfigureAwait(false)).ConvertAll(ToWorkItem);

    /// <summary>Leases up to <paramref name="max"/> instances that have claimable messages and no live
    /// lease, oldest message first, each with exactly its visible messages and its history.</summary>
    private List<LeasedInstance> ClaimOrchestrations(WriteContext ctx, int max)
    {
        var now = NowTicks;
        var claimed = new List<LeasedInstance>();
        while (true)
        {
            var find = ctx.Command($"""
                SELECT m.instance_id FROM inbox m JOIN instances i ON i.instance_id = m.instance_id
                WHERE {ClaimableMessage} AND i.locked_until <= @now
                ORDER BY m.visible_at LIMIT @scan
                """);
            Bind(find, "@now", now);
            Bind(find, "@scan", max * 4);
            var candidates = new List<string>();
            using (var reader = find.ExecuteReader())
            {
                while (reader.Read() && candidates.Count < max)
                {
                    var id = reader.GetString(0);
                    if (!candidates.Contains(id, StringComparer.Ordinal))
                    {
                        candidates.Add(id);
                    }
                }
            }

            if (candidates.Count == 0)
            {
                return claimed;
            }

            foreach (var instanceId in candidates)
            {
                if (Lease(ctx, instanceId, now) is { } item)
                {
                    claimed.Add(item);
                }
            }

            // Only finished instances' leftovers were found (and dropped): look again for real work.
            if (claimed.Count > 0)
            {
                return claimed;
            }
        }
    }

    private LeasedInstance? Lease(WriteContext ctx, string instanceId, long now)
    {
        var lockToken = NewLockToken();
        var until = now + _options.LockTimeout.Ticks;
        string executionId;
        OrchestrationStatus status;
        int historyLength;
        var lease = ctx.Command("UPDATE instances SET lock_owner = @o, locked_until = @u WHERE instance_id = @i RETURNING execution_id, status, history_length");
        Bind(lease, "@o", lockToken);
        Bind(lease, "@u", until);
        Bind(lease, "@i", instanceId);
        using (var reader = lease.ExecuteReader())
        {
            reader.Read();
            executionId = reader.GetString(0);
            status = (OrchestrationStatus)reader.GetInt32(1);
            historyLength = reader.GetInt32(2);
        }

        var ids = new List<long>();
        var messages = new List<string>();
        var read = ctx.Command("SELECT id, message FROM inbox WHERE instance_id = @i AND visible_at <= @now ORDER BY id");
        Bind(read, "@i", instanceId);
        Bind(read, "@now", now);
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
                messages.Add(reader.GetString(1));
            }
        }

        if (IsTerminal(status))
        {
            // Late messages for a finished instance (an activity result after it was terminated):
            // DTFx would drop them too. Drop them here.
            DeleteMessages(ctx, ids);
            var release = ctx.Command("UPDATE instances SET lock_owner = NULL, locked_until = 0 WHERE instance_id = @i");
            Bind(release, "@i", instanceId);
            release.ExecuteNonQuery();
            ctx.AfterCommit(_changes.Set);
            return null;
        }

        var cached = _histories.TryGet(instanceId, executionId, historyLength);
        return new LeasedInstance(instanceId, executionId, lockToken, until, ids, messages, cached, cached is null ? LoadHistory(ctx, instanceId, executionId) : null);
    }

    private SqliteOrchestrationWorkItem ToWorkItem(LeasedInstance leased)
    {
        var history = leased.CachedHistory ?? DurableJson.DeserializeChunks(leased.StoredHistory!).ToArray();
        return new SqliteOrchestrationWorkItem
        {
            InstanceId = leased.InstanceId,
            OrchestrationRuntimeState = history.Length == 0 ? new OrchestrationRuntimeState() : new OrchestrationRuntimeState(history),
            NewMessages = leased.Messages.ConvertAll(DurableJson.DeserializeMessage),
            LockedUntilUtc = ToDateTime(leased.LockedUntil),
            LockToken = leased.LockToken,
            ExecutionId = leased.ExecutionId,
            HistoryLength = history.Length,
            MessageIds = leased.MessageIds,
        };
    }

    /// <summary>What a claim read under the gate: raw JSON, parsed after the gate is released.</summary>
    private sealed record LeasedInstance(
        string InstanceId, string ExecutionId, string LockToken, long LockedUntil, List<long> MessageIds, List<string> Messages,
        HistoryEvent[]? CachedHistory, List<string>? StoredHistory);

    private static List<string> LoadHistory(WriteContext ctx, string instanceId, string executionId)
    {
        var command = ctx.Command("SELECT events FROM history WHERE instance_id = @i AND execution_id = @x ORDER BY seq");
        Bind(command, "@i", instanceId);
        Bind(command, "@x", executionId);
        var events = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            events.Add(reader.GetString(0));
        }

        return events;
    }

    private static void DeleteMessages(WriteContext ctx, IReadOnlyList<long> ids)
    {
        foreach (var id in ids)
        {
            var delete = ctx.Command("DELETE FROM inbox WHERE id = @id");
            Bind(delete, "@id", id);
            delete.ExecuteNonQuery();
        }
    }

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem)
    {
        var item = (SqliteOrchestrationWorkItem)workItem;
        return _db.WriteAsync(ctx =>
        {
            var until = NowTicks + _options.LockTimeout.Ticks;
            var renew = ctx.Command("UPDATE instances SET locked_until = @u WHERE instance_id = @i AND lock_owner = @o");
            Bind(renew, "@u", until);
            Bind(renew, "@i", item.InstanceId);
            Bind(renew, "@o", item.LockToken);
            if (renew.ExecuteNonQuery() == 0)
            {
                throw new LeaseLostException(item.InstanceId);
            }

            item.LockedUntilUtc = ToDateTime(until);
            return 0;
        });
    }

    public async Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage>? outboundMessages,
        IList<TaskMessage>? orchestratorMessages,
        IList<TaskMessage>? timerMessages,
        TaskMessage? continuedAsNewMessage,
        OrchestrationState? orchestrationState)
    {
        var item = (SqliteOrchestrationWorkItem)workItem;
        var turn = TurnCommit.Prepare(item, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
        var applied = await _db.WriteAsync(ctx => ApplyTurn(ctx, item, turn)).ConfigureAwait(false);
        if (!applied)
        {
            throw new LeaseLostException(item.InstanceId);
        }

        item.Settled = true;
    }

    /// <summary>The whole turn, or nothing (false) when the lease is no longer ours. The first
    /// statement updates the instance only while the lease is ours, so the check costs nothing extra.</summary>
    private bool ApplyTurn(WriteContext ctx, SqliteOrchestrationWorkItem item, TurnCommit turn)
    {
        var now = NowTicks;
        var state = turn.State;
        var terminal = state is not null && IsTerminal(state.OrchestrationStatus);
        var update = state is null
            ? ctx.Command("UPDATE instances SET lock_owner = NULL, locked_until = 0 WHERE instance_id = @i AND lock_owner = @o")
            : ctx.Command("""
                UPDATE instances SET execution_id = @x, name = @name, version = @version, status = @status, custom_status = @cs,
                    input = CASE WHEN @newx THEN @input ELSE input END, output = @output, failure = @failure,
                    tags = CASE WHEN @newx THEN @tags ELSE tags END, updated_at = @now, completed_at = @completed,
                    history_length = @length, lock_owner = NULL, locked_until = 0
                WHERE instance_id = @i AND lock_owner = @o
                """);
        Bind(update, "@i", item.InstanceId);
        Bind(update, "@o", item.LockToken);
        if (state is not null)
        {
            Bind(update, "@x", turn.ExecutionId);
            Bind(update, "@name", state.Name ?? string.Empty);
            Bind(update, "@version", state.Version);
            Bind(update, "@status", (int)state.OrchestrationStatus);
            Bind(update, "@cs", state.Status);
            Bind(update, "@newx", turn.NewExecution || item.HistoryLength == 0);
            Bind(update, "@input", state.Input);
            Bind(update, "@output", state.Output);
            Bind(update, "@failure", turn.FailureJson);
            Bind(update, "@tags", turn.TagsJson);
            Bind(update, "@now", now);
            Bind(update, "@completed", terminal ? now : null);
            Bind(update, "@length", turn.HistoryLength);
        }

        if (update.ExecuteNonQuery() == 0)
        {
            return false;
        }

        DeleteMessages(ctx, item.MessageIds);
        if (state is not null)
        {
            if (turn.NewExecution)
            {
                var clear = ctx.Command("DELETE FROM history WHERE instance_id = @i");
                Bind(clear, "@i", item.InstanceId);
                clear.ExecuteNonQuery();
            }

            if (turn.NewEventsJson is { } json)
            {
                var append = ctx.Command("INSERT INTO history (instance_id, execution_id, seq, events) VALUES (@i, @x, @s, @e)");
                Bind(append, "@i", item.InstanceId);
                Bind(append, "@x", turn.ExecutionId);
                Bind(append, "@s", turn.FirstSeq);
                Bind(append, "@e", json);
                append.ExecuteNonQuery();
            }
        }

        if (terminal)
        {
            // Whatever else waits for it (an event that came in during the last turn, a timer it never
            // awaited) would only be dropped later.
            var rest = ctx.Command("DELETE FROM inbox WHERE instance_id = @i");
            Bind(rest, "@i", item.InstanceId);
            rest.ExecuteNonQuery();
        }

        foreach (var json in turn.ActivitiesJson)
        {
            var enqueue = ctx.Command("INSERT INTO activities (instance_id, message) VALUES (@i, @m)");
            Bind(enqueue, "@i", item.InstanceId);
            Bind(enqueue, "@m", json);
            enqueue.ExecuteNonQuery();
        }

        if (turn.ActivitiesJson.Count > 0)
        {
            ctx.AfterCommit(_activityWork.Set);
        }

        foreach (var (visibleAt, json) in turn.TimersJson)
        {
            InsertInbox(ctx, item.InstanceId, visibleAt, json);
        }

        foreach (var (message, json) in turn.OrchestratorMessages)
        {
            Route(ctx, message, json, now);
        }

        if (turn.ContinuedAsNewJson is { } continued)
        {
            InsertInbox(ctx, item.InstanceId, now, continued);
        }

        // Messages that arrived while we held the lease found no claimable instance then; now they do.
        var more = false;
        if (!terminal)
        {
            var pending = ctx.Command("SELECT EXISTS (SELECT 1 FROM inbox WHERE instance_id = @i AND visible_at <= @now)");
            Bind(pending, "@i", item.InstanceId);
            Bind(pending, "@now", now);
            more = (long)pending.ExecuteScalar()! == 1;
        }

        var instanceId = item.InstanceId;
        var events = turn.Events;
        var executionId = turn.ExecutionId;
        ctx.AfterCommit(() =>
        {
            if (terminal || state is null)
            {
                _histories.Remove(instanceId);
            }
            else
            {
                _histories.Put(instanceId, executionId, events);
            }

            if (terminal)
            {
                _completions.Set();
            }

            if (more)
            {
                _orchestrationWork.Set();
            }

            _changes.Set();
        });
        return true;
    }

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        var item = (SqliteOrchestrationWorkItem)workItem;
        item.Settled = true;
        return _db.WriteAsync(ctx =>
        {
            var release = ctx.Command("UPDATE instances SET lock_owner = NULL, locked_until = 0 WHERE instance_id = @i AND lock_owner = @o");
            Bind(release, "@i", item.InstanceId);
            Bind(release, "@o", item.LockToken);
            if (release.ExecuteNonQuery() == 0)
            {
                return 0;
            }

            var later = NowTicks + AbandonDelay.Ticks;
            foreach (var id in item.MessageIds)
            {
                var delay = ctx.Command("UPDATE inbox SET visible_at = MAX(visible_at, @v) WHERE id = @id");
                Bind(delay, "@v", later);
                Bind(delay, "@id", id);
                delay.ExecuteNonQuery();
            }

            ctx.AfterCommit(() =>
            {
                ScheduleWake(later);
                _changes.Set();
            });
            return 0;
        });
    }

    /// <summary>DTFx calls this after every work item; after a completion or an abandon the lease is
    /// already back, so usually nothing is written.</summary>
    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        var item = (SqliteOrchestrationWorkItem)workItem;
        if (item.Settled)
        {
            return Task.CompletedTask;
        }

        item.Settled = true;
        return _db.WriteAsync(ctx =>
        {
            var release = ctx.Command("UPDATE instances SET lock_owner = NULL, locked_until = 0 WHERE instance_id = @i AND lock_owner = @o");
            Bind(release, "@i", item.InstanceId);
            Bind(release, "@o", item.LockToken);
            release.ExecuteNonQuery();
            ctx.AfterCommit(() =>
            {
                _orchestrationWork.Set();
                _changes.Set();
            });
            return 0;
        });
    }
}
