using System.Text;
using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;
using Microsoft.Data.Sqlite;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>Client-side operations: create, raise, inspect, control, purge.</summary>
internal sealed partial class SqliteStore
{
    public async Task CreateInstanceAsync(string instanceId, string name, string? version, string? input, DateTimeOffset? startAt, CancellationToken cancellation)
    {
        await WriteAsync(tx =>
        {
            var existing = LoadInstance(instanceId, tx);
            if (existing is not null && !IsTerminal(existing.Status))
            {
                throw new OrchestrationAlreadyExistsException(instanceId, existing.Status);
            }

            CreateInstanceInTx(tx, instanceId, name, version, input, startAt, parent: null, replace: existing is not null);
            return 0;
        }, cancellation);
        SignalOrchestrationWork();
    }

    public async Task RaiseEventAsync(string instanceId, string eventName, string? payload, CancellationToken cancellation)
    {
        await WriteAsync(tx =>
        {
            var row = RequireLive(instanceId, tx);
            InsertInbox(tx, row.InstanceId, null, HistoryEvents.EventRaised(eventName, payload, Now.UtcDateTime), Now);
            return 0;
        }, cancellation);
        SignalOrchestrationWork();
    }

    public async Task TerminateAsync(string instanceId, string? reason, bool recursive, CancellationToken cancellation)
    {
        var finished = await WriteAsync(tx =>
        {
            var row = RequireLive(instanceId, tx);
            var now = Now;
            var locked = Convert.ToInt64(Cmd("SELECT locked_until FROM instances WHERE instance_id = @id", tx, ("@id", instanceId)).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > now.UtcTicks;
            bool direct = row.Status == OrchestrationRuntimeStatus.Pending && !locked;
            if (direct)
            {
                // Never started: nothing to replay, so end it here rather than run it only to stop it.
                FinishInstanceInTx(tx, row, new ExecutionOutcome(OrchestrationRuntimeStatus.Terminated, reason, null, recursive, reason), now);
            }
            else
            {
                InsertInbox(tx, row.InstanceId, null, HistoryEvents.ExecutionTerminated(reason, now.UtcDateTime, recursive), now);
            }

            return direct;
        }, cancellation);
        if (finished)
        {
            SignalCompletion();
        }

        SignalOrchestrationWork();
    }

    public async Task SuspendAsync(string instanceId, string? reason, CancellationToken cancellation)
    {
        await WriteAsync(tx =>
        {
            var row = RequireLive(instanceId, tx);
            if (row.Status != OrchestrationRuntimeStatus.Suspended)
            {
                InsertInbox(tx, row.InstanceId, null, HistoryEvents.ExecutionSuspended(reason, Now.UtcDateTime), Now);
            }

            return 0;
        }, cancellation);
        SignalOrchestrationWork();
    }

    public async Task ResumeAsync(string instanceId, string? reason, CancellationToken cancellation)
    {
        await WriteAsync(tx =>
        {
            var row = RequireLive(instanceId, tx);
            var suspendPending = Convert.ToInt64(Cmd(
                "SELECT COUNT(*) FROM inbox WHERE instance_id = @id AND kind = @k", tx, ("@id", instanceId), ("@k", (int)HistoryEvent.EventTypeOneofCase.ExecutionSuspended)).ExecuteScalar(),
                System.Globalization.CultureInfo.InvariantCulture) > 0;

            // Resuming a running instance is a no-op, as in Durable.
            if (row.Status == OrchestrationRuntimeStatus.Suspended || suspendPending)
            {
                InsertInbox(tx, row.InstanceId, null, HistoryEvents.ExecutionResumed(reason, Now.UtcDateTime), Now);
            }

            return 0;
        }, cancellation);
        SignalOrchestrationWork();
    }

    public Task<InstanceRow?> GetInstanceAsync(string instanceId, CancellationToken cancellation)
        => WithGateAsync(() => LoadInstance(instanceId, null), cancellation);

    public Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellation)
        => WithGateAsync(() => LoadHistory(instanceId, null), cancellation);

    public Task<(IReadOnlyList<InstanceRow> Rows, string? ContinuationToken)> QueryAsync(OrchestrationQuery query, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        var after = query.ContinuationToken is null ? ((long, string)?)null : QueryContinuationToken.Decode(query.ContinuationToken);
        var sql = new StringBuilder($"SELECT {InstanceColumns} FROM instances WHERE 1 = 1");
        var args = new List<(string, object?)>();
        AppendFilters(sql, args, query.CreatedFrom, query.CreatedTo, query.Statuses);
        if (!string.IsNullOrEmpty(query.InstanceIdPrefix))
        {
            // substr comparison instead of LIKE: ids may contain % or _.
            sql.Append(" AND substr(instance_id, 1, @plen) = @prefix");
            args.Add(("@plen", query.InstanceIdPrefix.Length));
            args.Add(("@prefix", query.InstanceIdPrefix));
        }

        if (!string.IsNullOrEmpty(query.Name))
        {
            sql.Append(" AND name = @name COLLATE NOCASE");
            args.Add(("@name", query.Name));
        }

        if (query.CustomStatusEquals is not null)
        {
            sql.Append(" AND custom_status = @cseq");
            args.Add(("@cseq", query.CustomStatusEquals));
        }

        if (!string.IsNullOrEmpty(query.CustomStatusContains))
        {
            // Case-insensitive for ASCII (SQLite's lower()); enough for ids, states and names in JSON.
            sql.Append(" AND instr(lower(custom_status), lower(@cscontains)) > 0");
            args.Add(("@cscontains", query.CustomStatusContains));
        }

        if (after is { } a)
        {
            sql.Append(" AND (created_at > @after_t OR (created_at = @after_t AND instance_id > @after_id))");
            args.Add(("@after_t", a.Item1));
            args.Add(("@after_id", a.Item2));
        }

        sql.Append(" ORDER BY created_at, instance_id LIMIT @limit");
        args.Add(("@limit", query.PageSize + 1));
        var text = sql.ToString();
        return WithGateAsync(() =>
        {
            var rows = new List<InstanceRow>();
            using (var reader = Cmd(text, null, [.. args]).ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add(ReadInstance(reader));
                }
            }

            string? token = null;
            if (rows.Count > query.PageSize)
            {
                rows.RemoveAt(rows.Count - 1);
                var last = rows[^1];
                token = QueryContinuationToken.Encode(last.CreatedAt.UtcTicks, last.InstanceId);
            }

            return ((IReadOnlyList<InstanceRow>)rows, token);
        }, cancellation);
    }

    /// <summary>Deletes a finished instance (and, when recursive, its finished sub-orchestrations).</summary>
    public Task<int> PurgeInstanceAsync(string instanceId, bool recursive, CancellationToken cancellation)
        => WriteAsync(tx =>
        {
            var row = LoadInstance(instanceId, tx);
            if (row is null)
            {
                return 0;
            }

            if (!IsTerminal(row.Status))
            {
                throw new InvalidOperationException(
                    $"Orchestration instance '{instanceId}' is {row.Status}; only completed, failed or terminated instances can be purged. Terminate it first.");
            }

            var count = PurgeInTx(tx, instanceId, recursive);
            return count;
        }, cancellation);

    /// <summary>Deletes every finished instance matching the filter; running ones are left alone.</summary>
    public Task<int> PurgeAllAsync(PurgeInstancesFilter filter, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new StringBuilder("SELECT instance_id FROM instances WHERE status IN (1, 3, 4, 5)");
        var args = new List<(string, object?)>();
        AppendFilters(sql, args, filter.CreatedFrom, filter.CreatedTo, filter.Statuses);
        var text = sql.ToString();
        return WriteAsync(tx =>
        {
            var ids = new List<string>();
            using (var reader = Cmd(text, tx, [.. args]).ExecuteReader())
            {
                while (reader.Read())
                {
                    ids.Add(reader.GetString(0));
                }
            }

            var count = 0;
            foreach (var id in ids)
            {
                count += PurgeInTx(tx, id, recursive: false);
            }

            return count;
        }, cancellation);
    }

    private static void AppendFilters(StringBuilder sql, List<(string, object?)> args, DateTimeOffset? from, DateTimeOffset? to, IReadOnlyCollection<OrchestrationRuntimeStatus>? statuses)
    {
        if (from is { } f)
        {
            sql.Append(" AND created_at >= @from");
            args.Add(("@from", f.UtcTicks));
        }

        if (to is { } t)
        {
            sql.Append(" AND created_at <= @to");
            args.Add(("@to", t.UtcTicks));
        }

        if (statuses is { Count: > 0 })
        {
            // Enum values are integers we produce ourselves, so inlining them is safe and keeps
            // one prepared statement per status combination.
            sql.Append(" AND status IN (").Append(string.Join(", ", statuses.Select(s => ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture)))).Append(')');
        }
    }

    private int PurgeInTx(SqliteTransaction tx, string instanceId, bool recursive)
    {
        var count = 0;
        if (recursive)
        {
            var children = new List<(string Id, OrchestrationRuntimeStatus Status)>();
            using (var reader = Cmd("SELECT instance_id, status FROM instances WHERE parent_instance_id = @id", tx, ("@id", instanceId)).ExecuteReader())
            {
                while (reader.Read())
                {
                    children.Add((reader.GetString(0), (OrchestrationRuntimeStatus)reader.GetInt32(1)));
                }
            }

            foreach (var child in children.Where(c => IsTerminal(c.Status)))
            {
                count += PurgeInTx(tx, child.Id, recursive: true);
            }
        }

        DeleteInstanceData(tx, instanceId);
        count += Cmd("DELETE FROM instances WHERE instance_id = @id", tx, ("@id", instanceId)).ExecuteNonQuery();
        return count;
    }

    private void DeleteInstanceData(SqliteTransaction tx, string instanceId)
    {
        Cmd("DELETE FROM history WHERE instance_id = @id", tx, ("@id", instanceId)).ExecuteNonQuery();
        Cmd("DELETE FROM inbox WHERE instance_id = @id", tx, ("@id", instanceId)).ExecuteNonQuery();
        Cmd("DELETE FROM activities WHERE instance_id = @id", tx, ("@id", instanceId)).ExecuteNonQuery();
    }

    private InstanceRow RequireLive(string instanceId, SqliteTransaction tx)
    {
        var row = LoadInstance(instanceId, tx) ?? throw new OrchestrationNotFoundException(instanceId);
        if (IsTerminal(row.Status))
        {
            throw new OrchestrationAlreadyCompletedException(instanceId, row.Status);
        }

        return row;
    }

    /// <summary>A new Pending instance whose ExecutionStarted waits in its inbox until the start time.</summary>
    private void CreateInstanceInTx(SqliteTransaction tx, string instanceId, string name, string? version, string? input, DateTimeOffset? startAt, ParentInstanceInfo? parent, bool replace)
    {
        if (replace)
        {
            DeleteInstanceData(tx, instanceId);
            Cmd("DELETE FROM instances WHERE instance_id = @id", tx, ("@id", instanceId)).ExecuteNonQuery();
        }

        var now = Now;
        var executionId = Guid.NewGuid().ToString("N");
        Cmd(
            """
            INSERT INTO instances (instance_id, name, version, execution_id, status, input, parent_instance_id, parent_execution_id, parent_task_id, created_at, updated_at)
            VALUES (@id, @name, @version, @exec, @status, @input, @pid, @pexec, @ptask, @now, @now)
            """,
            tx,
            ("@id", instanceId),
            ("@name", name),
            ("@version", version),
            ("@exec", executionId),
            ("@status", (int)OrchestrationRuntimeStatus.Pending),
            ("@input", input),
            ("@pid", parent?.OrchestrationInstance?.InstanceId),
            ("@pexec", parent?.OrchestrationInstance?.ExecutionId),
            ("@ptask", parent?.TaskScheduledId),
            ("@now", now.UtcTicks)).ExecuteNonQuery();
        var started = HistoryEvents.ExecutionStarted(name, instanceId, input, now.UtcDateTime, executionId, version, parent, startAt?.UtcDateTime);
        InsertInbox(tx, instanceId, executionId, started, startAt is { } s && s > now ? s : now, priority: 0);
    }

    /// <summary>Ends an execution: final state, no more work, parent told, children optionally terminated.</summary>
    private void FinishInstanceInTx(SqliteTransaction tx, InstanceRow row, ExecutionOutcome outcome, DateTimeOffset now)
    {
        Cmd(
            """
            UPDATE instances SET status = @status, output = @output, failure = @failure, completed_at = @now, updated_at = @now,
                lock_owner = NULL, locked_until = 0
            WHERE instance_id = @id
            """,
            tx,
            ("@status", (int)outcome.Status),
            ("@output", outcome.Output),
            ("@failure", outcome.Failure is null ? null : Bytes(outcome.Failure)),
            ("@now", now.UtcTicks),
            ("@id", row.InstanceId)).ExecuteNonQuery();

        // Events still waiting can never be seen: the instance refuses them from now on.
        Cmd("DELETE FROM inbox WHERE instance_id = @id", tx, ("@id", row.InstanceId)).ExecuteNonQuery();

        // Queued activities are dropped only when an operator stops the instance. An execution
        // that ended by itself without awaiting them made them fire-and-forget: they run, as in
        // Durable, and their results are dropped.
        if (outcome.Status == OrchestrationRuntimeStatus.Terminated)
        {
            Cmd("DELETE FROM activities WHERE instance_id = @id", tx, ("@id", row.InstanceId)).ExecuteNonQuery();
        }

        if (row.ParentInstanceId is { } parentId && row.ParentTaskId is { } taskId)
        {
            var parent = LoadInstance(parentId, tx);
            if (parent is not null && !IsTerminal(parent.Status) && parent.ExecutionId == row.ParentExecutionId)
            {
                var notice = outcome.Status == OrchestrationRuntimeStatus.Completed
                    ? HistoryEvents.SubOrchestrationCompleted(taskId, outcome.Output, now.UtcDateTime)
                    : HistoryEvents.SubOrchestrationFailed(taskId, outcome.Failure ?? new Protocol.TaskFailureDetails
                    {
                        ErrorType = "OrchestrationTerminated",
                        ErrorMessage = $"Sub-orchestration '{row.InstanceId}' was terminated: {outcome.TerminateReason ?? outcome.Output}",
                    }, now.UtcDateTime);
                InsertInbox(tx, parentId, parent.ExecutionId, notice, now);
            }
        }

        if (outcome.TerminateChildren)
        {
            var children = new List<string>();
            using (var reader = Cmd("SELECT instance_id FROM instances WHERE parent_instance_id = @id AND status IN (0, 6, 7)", tx, ("@id", row.InstanceId)).ExecuteReader())
            {
                while (reader.Read())
                {
                    children.Add(reader.GetString(0));
                }
            }

            foreach (var child in children)
            {
                InsertInbox(tx, child, null, HistoryEvents.ExecutionTerminated(outcome.TerminateReason, now.UtcDateTime, recurse: true), now);
            }
        }
    }
}
