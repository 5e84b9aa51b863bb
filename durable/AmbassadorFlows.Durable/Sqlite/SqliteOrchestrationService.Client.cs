using System.Diagnostics;
using DurableTask.Core;
using DurableTask.Core.History;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>DTFx's client side: start, send, wait, terminate, read state and history, purge by age.</summary>
public sealed partial class SqliteOrchestrationService
{
    /// <summary>Starts an instance; an unfinished instance with the same id is kept and the start refused
    /// with OrchestrationAlreadyExistsException (a finished one is replaced).</summary>
    public Task CreateTaskOrchestrationAsync(TaskMessage creationMessage) => CreateTaskOrchestrationAsync(creationMessage, null);

    /// <summary>Starts an instance; one that exists in any of <paramref name="dedupeStatuses"/> is kept and
    /// the start refused with OrchestrationAlreadyExistsException, any other is replaced.</summary>
    public Task CreateTaskOrchestrationAsync(TaskMessage creationMessage, OrchestrationStatus[]? dedupeStatuses)
    {
        ArgumentNullException.ThrowIfNull(creationMessage);
        if (creationMessage.Event is not ExecutionStartedEvent started)
        {
            throw new ArgumentException("A creation message carries an ExecutionStartedEvent.", nameof(creationMessage));
        }

        var json = DurableJson.Serialize(creationMessage);
        return _db.WriteAsync(ctx =>
        {
            StartInstance(ctx, creationMessage, started, json, NowTicks, dedupeStatuses, fromOrchestration: false);
            return 0;
        });
    }

    public Task SendTaskOrchestrationMessageAsync(TaskMessage message) => SendTaskOrchestrationMessageBatchAsync(message);

    public Task SendTaskOrchestrationMessageBatchAsync(params TaskMessage[] messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var prepared = messages.Select(m => (Message: m, Json: DurableJson.Serialize(m))).ToList();
        return _db.WriteAsync(ctx =>
        {
            var now = NowTicks;
            foreach (var (message, json) in prepared)
            {
                Route(ctx, message, json, now);
            }

            ctx.AfterCommit(_changes.Set);
            return 0;
        });
    }

    /// <summary>Completes when the instance has finished, signalled by the commit that finished it; null
    /// when <paramref name="timeout"/> passes first. Only the current execution is kept, so a wait on an
    /// execution that continued as new follows it to the execution that finishes.</summary>
    public async Task<OrchestrationState?> WaitForOrchestrationAsync(string instanceId, string? executionId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var signal = _completions.Current;
            var state = await GetOrchestrationStateAsync(instanceId, allExecutions: false).ConfigureAwait(false);
            if (state.Count > 0 && IsTerminal(state[0].OrchestrationStatus))
            {
                return state[0];
            }

            if (!await WorkSignal.WaitAsync(signal, timeout - Stopwatch.GetElapsedTime(started), cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }
    }

    /// <summary>Sends an ExecutionTerminatedEvent; the orchestration ends Terminated on its next turn.</summary>
    public Task ForceTerminateTaskOrchestrationAsync(string instanceId, string? reason)
        => SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = new ExecutionTerminatedEvent(-1, reason) { Timestamp = _time.GetUtcNow().UtcDateTime },
        });

    /// <summary>The current execution's state (only the current execution is kept).</summary>
    public Task<IList<OrchestrationState>> GetOrchestrationStateAsync(string instanceId, bool allExecutions)
        => _db.ReadAsync<IList<OrchestrationState>>(() =>
        {
            var command = _db.Command($"SELECT {InstanceColumns} FROM instances WHERE instance_id = @i");
            Bind(command, "@i", instanceId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? [ReadState(reader, withInputsAndOutputs: true)] : [];
        });

    public async Task<OrchestrationState?> GetOrchestrationStateAsync(string instanceId, string? executionId)
    {
        var states = await GetOrchestrationStateAsync(instanceId, allExecutions: false).ConfigureAwait(false);
        return states.FirstOrDefault(s => string.IsNullOrEmpty(executionId) || string.Equals(s.OrchestrationInstance.ExecutionId, executionId, StringComparison.Ordinal));
    }

    /// <summary>The history as a JSON array of DTFx HistoryEvents with type names (deserialise with
    /// DTFx's JsonDataConverter.Default into a List&lt;HistoryEvent&gt;); "[]" for an unknown instance or
    /// an execution that is no longer the current one.</summary>
    public async Task<string> GetOrchestrationHistoryAsync(string instanceId, string? executionId)
    {
        var events = await ReadHistoryAsync(instanceId, executionId).ConfigureAwait(false);
        return DurableJson.Serialize(events);
    }

    internal async Task<List<HistoryEvent>> ReadHistoryAsync(string instanceId, string? executionId)
    {
        var chunks = await ReadHistoryChunksAsync(instanceId, executionId).ConfigureAwait(false);
        return [.. DurableJson.DeserializeChunks(chunks)];
    }

    private Task<List<string>> ReadHistoryChunksAsync(string instanceId, string? executionId) => _db.ReadAsync(() =>
    {
        var command = _db.Command("""
            SELECT h.events FROM history h JOIN instances i ON i.instance_id = h.instance_id AND i.execution_id = h.execution_id
            WHERE h.instance_id = @i AND (@x IS NULL OR h.execution_id = @x) ORDER BY h.seq
            """);
        Bind(command, "@i", instanceId);
        Bind(command, "@x", string.IsNullOrEmpty(executionId) ? null : executionId);
        var chunks = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            chunks.Add(reader.GetString(0));
        }

        return chunks;
    });

    /// <summary>Purges finished instances whose chosen time is before the threshold.</summary>
    public Task PurgeOrchestrationHistoryAsync(DateTime thresholdDateTimeUtc, OrchestrationStateTimeRangeFilterType timeRangeFilterType)
    {
        var column = timeRangeFilterType switch
        {
            OrchestrationStateTimeRangeFilterType.OrchestrationCreatedTimeFilter => "created_at",
            OrchestrationStateTimeRangeFilterType.OrchestrationCompletedTimeFilter => "completed_at",
            _ => "updated_at",
        };
        return PurgeWhereAsync($"{column} < @threshold", command => Bind(command, "@threshold", ToTicks(thresholdDateTimeUtc)));
    }
}
