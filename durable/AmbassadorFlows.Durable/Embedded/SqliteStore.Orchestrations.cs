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

    /// <summary>Leases up to <paramref name="max"/> instances that have work and loads each one's
    /// history and ready inbox. Idle instances are never loaded.</summary>
    public Task<IReadOnlyList<OrchestrationWorkItem>> ClaimOrchestrationsAsync(string owner, int max, TimeSpan lease, CancellationToken cancellation)
        => WithGateAsync(() =>
        {
            var now = Now;
            var ids = new List<string>();
            using var tx = _connection.BeginTransaction();
            using (var reader = Cmd(ReadyInstancesSql, tx,
                ("@now", now.UtcTicks), ("@started", KindExecutionStarted), ("@resumed", KindResumed), ("@terminated", KindTerminated), ("@max", max)).ExecuteReader())
            {
                while (reader.Read())
                {
                    ids.Add(reader.GetString(0));
                }
            }

            if (ids.Count == 0)
            {
                return (IReadOnlyList<OrchestrationWorkItem>)[];
            }

            var items = new List<OrchestrationWorkItem>(ids.Count);
            foreach (var id in ids)
            {
                Cmd("UPDATE instances SET lock_owner = @owner, locked_until = @until WHERE instance_id = @id", tx,
                    ("@owner", owner), ("@until", (now + lease).UtcTicks), ("@id", id)).ExecuteNonQuery();
                var row = LoadInstance(id, tx)!;
                var history = LoadHistory(id, tx);
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

            tx.Commit();
            return items;
        }, cancellation);

    /// <summary>Commits turns, each atomically with everything it caused; all of them in one
    /// transaction, which is what makes batching cheap. A turn whose lease was lost is dropped:
    /// its events are still in the inbox and the new owner redoes it.</summary>
    public async Task CommitTurnsAsync(string owner, IReadOnlyList<TurnCommit> commits, CancellationToken cancellation)
    {
        if (commits.Count == 0)
        {
            return;
        }

        var (activities, completions) = await WithGateAsync(() =>
        {
            var now = Now;
            var anyActivity = false;
            var anyCompletion = false;
            using var tx = _connection.BeginTransaction();
            foreach (var commit in commits)
            {
                var holder = Cmd("SELECT lock_owner FROM instances WHERE instance_id = @id", tx, ("@id", commit.InstanceId)).ExecuteScalar() as string;
                if (holder != owner)
                {
                    continue;
                }

                foreach (var id in commit.ConsumedInboxIds)
                {
                    Cmd("DELETE FROM inbox WHERE id = @id", tx, ("@id", id)).ExecuteNonQuery();
                }

                var (activity, completion) = ApplyTurn(tx, commit, now);
                anyActivity |= activity;
                anyCompletion |= completion;
            }

            tx.Commit();
            return (anyActivity, anyCompletion);
        }, CancellationToken.None);

        SignalOrchestrationWork();
        if (activities)
        {
            SignalActivityWork();
        }

        if (completions)
        {
            SignalCompletion();
        }

        _ = cancellation;
    }

    /// <summary>Releases leases without changing anything (a worker that stops mid-turn).</summary>
    public Task ReleaseAsync(string owner, IEnumerable<string> instanceIds)
        => WithGateAsync(() =>
        {
            using var tx = _connection.BeginTransaction();
            foreach (var id in instanceIds)
            {
                Cmd("UPDATE instances SET lock_owner = NULL, locked_until = 0 WHERE instance_id = @id AND lock_owner = @owner", tx, ("@id", id), ("@owner", owner)).ExecuteNonQuery();
            }

            tx.Commit();
            return 0;
        }, CancellationToken.None);

    private (bool Activity, bool Completion) ApplyTurn(SqliteTransaction tx, TurnCommit commit, DateTimeOffset now)
    {
        var row = LoadInstance(commit.InstanceId, tx)!;
        if (commit.ContinuedAsNew is { } can)
        {
            ApplyEffects(tx, row, commit.Effects.OfType<SendEventEffect>(), now);
            Cmd("DELETE FROM history WHERE instance_id = @id", tx, ("@id", row.InstanceId)).ExecuteNonQuery();
            Cmd(
                """
                UPDATE instances SET execution_id = @exec, input = @input, version = COALESCE(@version, version), status = 0,
                    custom_status = @cs, output = NULL, failure = NULL, updated_at = @now, lock_owner = NULL, locked_until = 0
                WHERE instance_id = @id
                """,
                tx,
                ("@exec", can.NewExecutionId),
                ("@input", can.NewInput),
                ("@version", can.NewVersion),
                ("@cs", commit.CustomStatusSet ? commit.CustomStatus : row.CustomStatus),
                ("@now", now.UtcTicks),
                ("@id", row.InstanceId)).ExecuteNonQuery();

            // Timers and activities of the old execution stay behind and are dropped on delivery
            // (their execution id no longer matches); unclaimed activities can go now.
            Cmd("DELETE FROM activities WHERE instance_id = @id AND execution_id <> @exec AND lock_owner IS NULL", tx,
                ("@id", row.InstanceId), ("@exec", can.NewExecutionId)).ExecuteNonQuery();
            InsertInbox(tx, row.InstanceId, can.NewExecutionId, can.ExecutionStarted, now, priority: 0);
            foreach (var carried in can.CarryoverEvents)
            {
                InsertInbox(tx, row.InstanceId, null, carried, now, priority: 1);
            }

            return (false, false);
        }

        var seq = commit.PastCount;
        foreach (var e in commit.AppendedHistory)
        {
            Cmd("INSERT INTO history (instance_id, seq, event) VALUES (@id, @seq, @e)", tx,
                ("@id", row.InstanceId), ("@seq", seq++), ("@e", Bytes(e))).ExecuteNonQuery();
        }

        var scheduled = ApplyEffects(tx, row, commit.Effects, now);
        if (commit.Outcome is { } outcome)
        {
            if (commit.CustomStatusSet)
            {
                Cmd("UPDATE instances SET custom_status = @cs WHERE instance_id = @id", tx, ("@cs", commit.CustomStatus), ("@id", row.InstanceId)).ExecuteNonQuery();
            }

            FinishInstanceInTx(tx, row, outcome, now);
            return (false, true);
        }

        Cmd(
            """
            UPDATE instances SET status = @status, custom_status = @cs, updated_at = @now, lock_owner = NULL, locked_until = 0
            WHERE instance_id = @id
            """,
            tx,
            ("@status", (int)commit.Status),
            ("@cs", commit.CustomStatusSet ? commit.CustomStatus : row.CustomStatus),
            ("@now", commit.AppendedHistory.Count > 0 ? now.UtcTicks : row.UpdatedAt.UtcTicks),
            ("@id", row.InstanceId)).ExecuteNonQuery();
        return (scheduled, false);
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
