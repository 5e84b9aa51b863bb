using AmbassadorFlows.Durable.Hosting;
using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>Instance rows and message routing, shared by the worker and the client side.</summary>
public sealed partial class SqliteOrchestrationService
{
    /// <summary>OrchestrationStatus values after which an instance takes no more messages, for SQL.</summary>
    private static readonly string TerminalStatuses = string.Join(", ", OrchestrationStateMapping.TerminalStatuses.Select(s => (int)s));

    private const string InstanceColumns = """
        instance_id, execution_id, name, version, status, custom_status, input, output, failure, parent, tags,
        scheduled_start, created_at, updated_at, completed_at
        """;

    /// <summary>A visible message its instance can take now: an instance not started yet (Pending
    /// with a scheduled start) holds its events until the start message is visible too, so they
    /// are not dropped as events for a non-existent orchestration.</summary>
    private const string ClaimableMessage = """
        m.visible_at <= @now AND (i.history_length > 0 OR COALESCE(i.scheduled_start, 0) <= @now)
        """;

    private static bool IsTerminal(OrchestrationStatus status) => OrchestrationStateMapping.IsTerminal(status);

    private static DateTime ToDateTime(long ticks) => new(ticks, DateTimeKind.Utc);

    private static long ToTicks(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime().Ticks : value.Ticks;

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static OrchestrationState ReadState(SqliteDataReader r, bool withInputsAndOutputs)
    {
        var tags = NullableString(r, 10);
        var failure = NullableString(r, 8);
        var parent = NullableString(r, 9);
        return new OrchestrationState
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = r.GetString(0), ExecutionId = r.GetString(1) },
            Name = r.GetString(2),
            Version = NullableString(r, 3),
            OrchestrationStatus = (OrchestrationStatus)r.GetInt32(4),
            Status = NullableString(r, 5),
            Input = withInputsAndOutputs ? NullableString(r, 6) : null,
            Output = withInputsAndOutputs ? NullableString(r, 7) : null,
            FailureDetails = failure is null ? null : DurableJson.Deserialize<FailureDetails>(failure),
            ParentInstance = parent is null ? null : DurableJson.Deserialize<ParentInstance>(parent),
            Tags = tags is null ? null : DurableJson.Deserialize<Dictionary<string, string>>(tags),
            ScheduledStartTime = r.IsDBNull(11) ? null : ToDateTime(r.GetInt64(11)),
            CreatedTime = ToDateTime(r.GetInt64(12)),
            LastUpdatedTime = ToDateTime(r.GetInt64(13)),
            CompletedTime = r.IsDBNull(14) ? DateTime.MinValue : ToDateTime(r.GetInt64(14)),
        };
    }

    private static void Bind(SqliteCommand command, string name, object? value) => command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    /// <summary>The visible-at of a message: timers at FireAt, scheduled starts at their start time.</summary>
    private static long VisibleAt(TaskMessage message, long now) => message.Event switch
    {
        TimerFiredEvent timer => Math.Max(ToTicks(timer.FireAt), 0),
        ExecutionStartedEvent { ScheduledStartTime: { } start } => ToTicks(start),
        _ => now,
    };

    private void InsertInbox(WriteContext ctx, string instanceId, long visibleAt, string messageJson)
    {
        var command = ctx.Command("INSERT INTO inbox (instance_id, visible_at, message) VALUES (@i, @v, @m)");
        Bind(command, "@i", instanceId);
        Bind(command, "@v", visibleAt);
        Bind(command, "@m", messageJson);
        command.ExecuteNonQuery();
        AfterInboxInsert(ctx, visibleAt);
    }

    private void AfterInboxInsert(WriteContext ctx, long visibleAt)
    {
        if (visibleAt > NowTicks)
        {
            ctx.AfterCommit(() => ScheduleWake(visibleAt));
        }
        else
        {
            ctx.AfterCommit(_orchestrationWork.Set);
        }
    }

    /// <summary>Delivers a message to an instance that exists and has not finished; false (dropped)
    /// otherwise. One statement: the INSERT selects nothing for a missing or finished instance.</summary>
    private bool DeliverToLiveInstance(WriteContext ctx, TaskMessage message, string json, long now)
    {
        var instanceId = message.OrchestrationInstance.InstanceId;
        var visibleAt = VisibleAt(message, now);
        var command = ctx.Command($"""
            INSERT INTO inbox (instance_id, visible_at, message)
            SELECT instance_id, @v, @m FROM instances WHERE instance_id = @i AND status NOT IN ({TerminalStatuses})
            """);
        Bind(command, "@i", instanceId);
        Bind(command, "@v", visibleAt);
        Bind(command, "@m", json);
        if (command.ExecuteNonQuery() == 0)
        {
            ctx.AfterCommit(() => _logger.LogWarning(
                "Dropped {EventType} for instance {InstanceId}: it does not exist or has finished", message.Event.EventType, instanceId));
            return false;
        }

        AfterInboxInsert(ctx, visibleAt);
        return true;
    }

    /// <summary>A message from an orchestration or a client: a start creates (or replaces) its
    /// instance, anything else goes to a live instance or is dropped.</summary>
    private void Route(WriteContext ctx, TaskMessage message, string json, long now)
    {
        if (message.Event is ExecutionStartedEvent started)
        {
            StartInstance(ctx, message, started, json, now, dedupeStatuses: null, fromOrchestration: true);
        }
        else
        {
            DeliverToLiveInstance(ctx, message, json, now);
        }
    }

    /// <summary>
    /// Creates the instance of a start message, Pending, with the message in its inbox. An existing
    /// instance in one of <paramref name="dedupeStatuses"/> (null: any unfinished status) is kept and
    /// the start refused: a client gets OrchestrationAlreadyExistsException, a parent orchestration
    /// a failed sub-orchestration. Otherwise the old instance is replaced (history, inbox, queued
    /// activities), as Durable does when an id is reused.
    /// </summary>
    private void StartInstance(WriteContext ctx, TaskMessage message, ExecutionStartedEvent started, string json, long now,
        OrchestrationStatus[]? dedupeStatuses, bool fromOrchestration)
    {
        var instance = message.OrchestrationInstance;
        var lookup = ctx.Command("SELECT status FROM instances WHERE instance_id = @i");
        Bind(lookup, "@i", instance.InstanceId);
        if (lookup.ExecuteScalar() is long existing)
        {
            var status = (OrchestrationStatus)existing;
            var refused = dedupeStatuses is null ? !IsTerminal(status) : dedupeStatuses.Contains(status);
            if (refused)
            {
                var reason = $"An orchestration with instance id '{instance.InstanceId}' already exists and is {status}.";
                if (!fromOrchestration)
                {
                    throw new OrchestrationAlreadyExistsException(reason);
                }

                FailSubOrchestrationStart(ctx, started, reason, now);
                return;
            }

            var purge = ctx.Command("DELETE FROM history WHERE instance_id = @i; DELETE FROM inbox WHERE instance_id = @i; DELETE FROM activities WHERE instance_id = @i; DELETE FROM instances WHERE instance_id = @i;");
            Bind(purge, "@i", instance.InstanceId);
            purge.ExecuteNonQuery();
            ctx.AfterCommit(() => _histories.Remove(instance.InstanceId));
        }

        var scheduled = started.ScheduledStartTime is { } start ? ToTicks(start) : (long?)null;
        var insert = ctx.Command("""
            INSERT INTO instances (instance_id, execution_id, name, version, status, input, parent, tags, scheduled_start, created_at, updated_at)
            VALUES (@i, @x, @name, @version, @status, @input, @parent, @tags, @scheduled, @now, @now)
            """);
        Bind(insert, "@i", instance.InstanceId);
        Bind(insert, "@x", instance.ExecutionId ?? started.OrchestrationInstance?.ExecutionId ?? Guid.NewGuid().ToString("N"));
        Bind(insert, "@name", started.Name ?? string.Empty);
        Bind(insert, "@version", started.Version);
        Bind(insert, "@status", (int)OrchestrationStatus.Pending);
        Bind(insert, "@input", started.Input);
        Bind(insert, "@parent", started.ParentInstance is null ? null : DurableJson.Serialize(started.ParentInstance));
        Bind(insert, "@tags", started.Tags is { Count: > 0 } ? DurableJson.Serialize(started.Tags) : null);
        Bind(insert, "@scheduled", scheduled);
        Bind(insert, "@now", now);
        insert.ExecuteNonQuery();
        InsertInbox(ctx, instance.InstanceId, scheduled ?? now, json);
        ctx.AfterCommit(_changes.Set);
    }

    /// <summary>DTFx would start a second copy; Durable instead fails the parent's call, so do that.</summary>
    private void FailSubOrchestrationStart(WriteContext ctx, ExecutionStartedEvent started, string reason, long now)
    {
        if (started.ParentInstance?.OrchestrationInstance is not { } parent)
        {
            return;
        }

        var details = new FailureDetails(typeof(OrchestrationAlreadyExistsException).FullName!, reason, null, null, isNonRetriable: true);
        var failed = new SubOrchestrationInstanceFailedEvent(-1, started.ParentInstance.TaskScheduleId, reason, null, details)
        {
            Timestamp = ToDateTime(now),
        };
        var message = new TaskMessage { OrchestrationInstance = parent, Event = failed };
        DeliverToLiveInstance(ctx, message, DurableJson.Serialize(message), now);
    }
}
