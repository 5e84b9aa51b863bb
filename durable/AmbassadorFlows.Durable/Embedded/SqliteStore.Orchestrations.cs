using AmbassadorFlows.Durable.Protocol;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>Orchestration work: claim instances with ready events, commit their turns.</summary>
internal sealed partial class SqliteStore
{
    private const int KindExecutionStarted = (int)HistoryEvent.EventTypeOneofCase.ExecutionStarted;
    private const int KindTerminated = (int)HistoryEvent.EventTypeOneofCase.ExecutionTerminated;
    private const int KindResumed = (int)HistoryEvent.EventTypeOneofCase.ExecutionResumed;

    // Running instances take any ready event; a Pending one only once its ExecutionStarted is due
    // (scheduled start); a Suspended one only resume or terminate: the rest waits in the inbox.
    private const string ReadyInstancesSql = """
        SELECT DISTINCT q.instance_id FROM inbox q INDEXED BY ix_inbox_visible JOIN instances i ON i.instance_id = q.instance_id
        WHERE q.visible_at <= @now AND i.locked_until <= @now
          AND (i.status = 0 OR (i.status = 6 AND q.kind = @started) OR (i.status = 7 AND q.kind IN (@resumed, @terminated)))
        LIMIT @max
        """;

    // The last column is the highest history seq (history length - 1), for the HistoryCache check.
    private const string LeaseInstanceSql = $"""
        UPDATE instances SET lock_owner = @owner, locked_until = @until WHERE instance_id = @id
        RETURNING {InstanceColumns}, (SELECT seq FROM history WHERE instance_id = @id ORDER BY seq DESC LIMIT 1)
        """;

    /// <summary>Leases up to <paramref name="max"/> instances that have work and loads each one's
    /// history and ready inbox. Idle instances are never loaded.</summary>
    public Task<IReadOnlyList<OrchestrationWorkItem>> ClaimOrchestrationsAsync(string owner, int max, TimeSpan lease, CancellationToken cancellation)
        => WriteAsync(tx => ClaimOrchestrationsInTx(tx, new OrchestrationClaim(owner, max, lease)), cancellation);

    /// <summary>Commits turns, each atomically with everything it caused; all of them in one
    /// transaction, which is what makes batching cheap. A turn whose lease was lost is dropped:
    /// its events are still in the inbox and the new owner redoes it. With
    /// <paramref name="next"/>, the same transaction also claims the worker's next batch, which
    /// saves a write (and a wait for the gate) per batch.</summary>
    public async Task<IReadOnlyList<OrchestrationWorkItem>> CommitTurnsAsync(string owner, IReadOnlyList<TurnCommit> commits, OrchestrationClaim? next = null)
    {
        var (applied, activities, completions, claimed) = await WriteAsync(tx =>
        {
            var now = Now;
            var done = new List<TurnCommit>(commits.Count);
            var anyActivity = false;
            var anyCompletion = false;
            foreach (var commit in commits)
            {
                if (ApplyTurn(tx, owner, commit, now) is not var (activity, completion))
                {
                    continue;
                }

                anyActivity |= activity;
                anyCompletion |= completion;
                done.Add(commit);
            }

            var items = next is null ? [] : ClaimOrchestrationsInTx(tx, next);
            return (done, anyActivity, anyCompletion, items);
        }, CancellationToken.None);

        // Committed: the histories may now be remembered (see HistoryCache for why only now).
        foreach (var commit in applied)
        {
            RememberHistory(commit);
        }

        SignalOrchestrationWork();
        if (activities)
        {
            SignalActivityWork();
        }

        if (completions)
        {
            SignalCompletion();
        }

        return claimed;
    }

    private IReadOnlyList<OrchestrationWorkItem> ClaimOrchestrationsInTx(SqliteTransaction tx, OrchestrationClaim claim)
    {
        var now = Now;
        var ids = new List<string>();
        using (var reader = Cmd(ReadyInstancesSql, tx,
            ("@now", now.UtcTicks), ("@started", KindExecutionStarted), ("@resumed", KindResumed), ("@terminated", KindTerminated), ("@max", claim.Max)).ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        var items = new List<OrchestrationWorkItem>(ids.Count);
        foreach (var id in ids)
        {
            // One statement leases the instance, reads its row and the length of its stored history.
            InstanceRow row;
            int storedHistory;
            using (var reader = Cmd(LeaseInstanceSql, tx, ("@owner", claim.Owner), ("@until", (now + claim.Lease).UtcTicks), ("@id", id)).ExecuteReader())
            {
                reader.Read();
                row = ReadInstance(reader);
                storedHistory = reader.IsDBNull(InstanceColumnCount) ? 0 : reader.GetInt32(InstanceColumnCount) + 1;
            }

            var history = LoadHistoryForTurn(row, storedHistory, tx);
            var inbox = new List<InboxMessage>();
            using (var reader = Cmd("SELECT id, execution_id, event FROM inbox WHERE instance_id = @id AND visible_at <= @now ORDER BY priority, id", tx,
                ("@id", id), ("@now", now.UtcTicks)).ExecuteReader())
            {
                while (reader.Read())
                {
                    inbox.Add(new InboxMessage(reader.GetInt64(0), NullableString(reader, 1), ParseEvent(reader, 2)));
                }
            }

            items.Add(new OrchestrationWorkItem(row, history, inbox));
        }

        return items;
    }

    /// <summary>Releases leases without changing anything (a worker that stops mid-turn).</summary>
    public Task ReleaseAsync(string owner, IEnumerable<string> instanceIds)
        => WriteAsync(tx =>
        {
            foreach (var id in instanceIds)
            {
                Cmd("UPDATE instances SET lock_owner = NULL, locked_until = 0 WHERE instance_id = @id AND lock_owner = @owner", tx, ("@id", id), ("@owner", owner)).ExecuteNonQuery();
            }

            return 0;
        }, CancellationToken.None);

    /// <summary>
    /// Applies one turn, or nothing (null) when <paramref name="owner"/> lost the lease. The first
    /// statement of each path updates the instance row only if the lease is still ours, so the
    /// check costs no extra statement; the row itself comes from the claim, still current since
    /// nothing else changes a leased instance's row.
    /// </summary>
    private (bool Activity, bool Completion)? ApplyTurn(SqliteTransaction tx, string owner, TurnCommit commit, DateTimeOffset now)
    {
        var row = commit.Instance;
        if (commit.ContinuedAsNew is { } can)
        {
            if (Cmd(
                """
                UPDATE instances SET execution_id = @exec, input = @input, version = COALESCE(@version, version), status = 0,
                    custom_status = CASE WHEN @csset THEN @cs ELSE custom_status END, output = NULL, failure = NULL, updated_at = @now,
                    lock_owner = NULL, locked_until = 0
                WHERE instance_id = @id AND lock_owner = @owner
                """,
                tx,
                ("@exec", can.NewExecutionId),
                ("@input", can.NewInput),
                ("@version", can.NewVersion),
                ("@csset", commit.CustomStatusSet),
                ("@cs", commit.CustomStatus),
                ("@now", now.UtcTicks),
                ("@id", row.InstanceId),
                ("@owner", owner)).ExecuteNonQuery() == 0)
            {
                return null;
            }

            DeleteConsumedInbox(tx, commit);
            Cmd("DELETE FROM history WHERE instance_id = @id", tx, ("@id", row.InstanceId)).ExecuteNonQuery();

            // Timers and activities of the old execution stay behind and are dropped on delivery
            // (their execution id no longer matches). Its queued activities still run: the
            // execution moved on without awaiting them, which makes them fire-and-forget, and
            // Durable runs those.
            InsertInbox(tx, row.InstanceId, can.NewExecutionId, can.ExecutionStarted, now, priority: 0);
            foreach (var carried in can.CarryoverEvents)
            {
                InsertInbox(tx, row.InstanceId, null, carried, now, priority: 1);
            }

            // The last turn's fire-and-forget activities keep the old execution id, so their
            // results are dropped too.
            return (ApplyEffects(tx, row, commit.Effects, now), false);
        }

        if (commit.Outcome is { } outcome)
        {
            if (Cmd(
                """
                UPDATE instances SET custom_status = CASE WHEN @csset THEN @cs ELSE custom_status END, lock_owner = NULL, locked_until = 0
                WHERE instance_id = @id AND lock_owner = @owner
                """,
                tx,
                ("@csset", commit.CustomStatusSet),
                ("@cs", commit.CustomStatus),
                ("@id", row.InstanceId),
                ("@owner", owner)).ExecuteNonQuery() == 0)
            {
                return null;
            }

            DeleteConsumedInbox(tx, commit);
            AppendHistory(tx, row.InstanceId, commit.PastCount, commit.AppendedHistory);

            // Finish first: it may clear the instance's queued work (on terminate), which must not
            // include this very turn's fire-and-forget activities.
            FinishInstanceInTx(tx, row, outcome, now);
            return (ApplyEffects(tx, row, commit.Effects, now), true);
        }

        if (Cmd(
            """
            UPDATE instances SET status = @status, custom_status = CASE WHEN @csset THEN @cs ELSE custom_status END,
                updated_at = CASE WHEN @appended THEN @now ELSE updated_at END, lock_owner = NULL, locked_until = 0
            WHERE instance_id = @id AND lock_owner = @owner
            """,
            tx,
            ("@status", (int)commit.Status),
            ("@csset", commit.CustomStatusSet),
            ("@cs", commit.CustomStatus),
            ("@appended", commit.AppendedHistory.Count > 0),
            ("@now", now.UtcTicks),
            ("@id", row.InstanceId),
            ("@owner", owner)).ExecuteNonQuery() == 0)
        {
            return null;
        }

        DeleteConsumedInbox(tx, commit);
        AppendHistory(tx, row.InstanceId, commit.PastCount, commit.AppendedHistory);
        return (ApplyEffects(tx, row, commit.Effects, now), false);
    }

    private void DeleteConsumedInbox(SqliteTransaction tx, TurnCommit commit)
    {
        foreach (var id in commit.ConsumedInboxIds)
        {
            Cmd("DELETE FROM inbox WHERE id = @id", tx, ("@id", id)).ExecuteNonQuery();
        }
    }

    private bool ApplyEffects(SqliteTransaction tx, InstanceRow row, IEnumerable<TurnEffect> effects, DateTimeOffset now)
    {
        var scheduled = false;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case ScheduleActivityEffect a:
                    Cmd(
                        """
                        INSERT OR IGNORE INTO activities (instance_id, execution_id, task_id, name, version, input, available_at)
                        VALUES (@id, @exec, @task, @name, @version, @input, @now)
                        """,
                        tx,
                        ("@id", row.InstanceId),
                        ("@exec", row.ExecutionId),
                        ("@task", a.TaskId),
                        ("@name", a.Name),
                        ("@version", a.Version),
                        ("@input", a.Input),
                        ("@now", now.UtcTicks)).ExecuteNonQuery();
                    scheduled = true;
                    break;
                case CreateTimerEffect t:
                    InsertInbox(tx, row.InstanceId, row.ExecutionId, t.TimerFired, t.FireAt);
                    break;
                case SelfEventEffect s:
                    InsertInbox(tx, row.InstanceId, row.ExecutionId, s.Event, now);
                    break;
                case SendEventEffect s:
                    // As in Durable, an event for an unknown or finished instance is discarded.
                    var target = LoadInstance(s.TargetInstanceId, tx);
                    if (target is not null && !IsTerminal(target.Status))
                    {
                        InsertInbox(tx, target.InstanceId, null, Replay.HistoryEvents.EventRaised(s.Name, s.Data, now.UtcDateTime), now);
                    }

                    break;
                case StartChildEffect c:
                    var existing = LoadInstance(c.InstanceId, tx);
                    if (existing is not null && !IsTerminal(existing.Status))
                    {
                        InsertInbox(tx, row.InstanceId, row.ExecutionId, Replay.HistoryEvents.SubOrchestrationFailed(c.TaskId, new Protocol.TaskFailureDetails
                        {
                            ErrorType = typeof(OrchestrationAlreadyExistsException).FullName,
                            ErrorMessage = $"An orchestration instance with id '{c.InstanceId}' already exists and is {existing.Status}.",
                            IsNonRetriable = true,
                        }, now.UtcDateTime), now);
                        break;
                    }

                    var parent = new ParentInstanceInfo
                    {
                        TaskScheduledId = c.TaskId,
                        Name = row.Name,
                        Version = row.Version,
                        OrchestrationInstance = new OrchestrationInstance { InstanceId = row.InstanceId, ExecutionId = row.ExecutionId },
                    };
                    CreateInstanceInTx(tx, c.InstanceId, c.Name, c.Version, c.Input, null, parent, replace: existing is not null);
                    break;
            }
        }

        return scheduled;
    }
}
