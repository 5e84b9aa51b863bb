using AmbassadorFlows.Durable.Protocol;
using AmbassadorFlows.Durable.Replay;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>The client of the embedded engine: talks straight to the SQLite store. Writes wake the
/// engine's workers in this process; other processes find them by polling.</summary>
public sealed class EmbeddedDurableTaskClient : DurableTaskClient
{
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromSeconds(1);
    private readonly SqliteStore _store;
    private readonly DurableTaskRegistry? _registry;
    private readonly DataConverter _converter;
    private readonly bool _ownsStore;

    internal EmbeddedDurableTaskClient(SqliteStore store, DurableTaskRegistry? registry, DataConverter converter, bool ownsStore)
    {
        _store = store;
        _registry = registry;
        _converter = converter;
        _ownsStore = ownsStore;
    }

    /// <summary>A client over a database file whose workers may run in another process. Without a
    /// registry, orchestrator names are not checked at schedule time.</summary>
    public static EmbeddedDurableTaskClient Open(string databasePath, DurableTaskRegistry? registry = null, TimeProvider? timeProvider = null, DataConverter? converter = null)
        => new(new SqliteStore(databasePath, timeProvider ?? TimeProvider.System), registry, converter ?? JsonDataConverter.Default, ownsStore: true);

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName.Name, nameof(orchestratorName));
        if (_registry is not null && !_registry.HasOrchestrator(orchestratorName.Name))
        {
            throw new OrchestratorNotRegisteredException(orchestratorName.Name);
        }

        var serialized = Serialize(input, nameof(input));
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId, nameof(options));
        await _store.CreateInstanceAsync(instanceId, orchestratorName.Name, options?.Version, serialized, options?.StartAt, cancellation);
        return instanceId;
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        return _store.RaiseEventAsync(instanceId, eventName, Serialize(eventPayload, nameof(eventPayload)), cancellation);
    }

    public override async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        var row = await _store.GetInstanceAsync(instanceId, cancellation);
        return row is null ? null : ToMetadata(row, getInputsAndOutputs);
    }

    public override Task<IReadOnlyList<HistoryEvent>> GetOrchestrationHistoryAsync(string instanceId, CancellationToken cancellation = default)
        => _store.GetHistoryAsync(instanceId, cancellation);

    public override async Task<OrchestrationQueryResult> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (rows, token) = await _store.QueryAsync(query, cancellation);
        return new OrchestrationQueryResult([.. rows.Select(r => ToMetadata(r, query.FetchInputsAndOutputs))], token);
    }

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
        => _store.TerminateAsync(instanceId, Serialize(options?.Output, nameof(options)), options?.Recursive ?? false, cancellation);

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
        => _store.SuspendAsync(instanceId, reason, cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
        => _store.ResumeAsync(instanceId, reason, cancellation);

    /// <exception cref="InvalidOperationException">The instance is still running: terminate it first.</exception>
    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, bool recursive = false, CancellationToken cancellation = default)
        => new(await _store.PurgeInstanceAsync(instanceId, recursive, cancellation));

    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellation = default)
        => new(await _store.PurgeAllAsync(filter, cancellation));

    /// <summary>Waits on in-process completion signals, re-checking the store with a backoff poll
    /// (for instances another process runs). The poll is wall-clock pacing, not workflow time, so
    /// it uses the system clock even when the engine runs on a fake one.</summary>
    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            var signal = _store.NextCompletionSignal;
            var metadata = await GetInstanceAsync(instanceId, getInputsAndOutputs, cancellation)
                ?? throw new OrchestrationNotFoundException(instanceId);
            if (metadata.IsCompleted)
            {
                return metadata;
            }

            await Task.WhenAny(signal, Task.Delay(delay, TimeProvider.System, cancellation));
            cancellation.ThrowIfCancellationRequested();
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollInterval.Ticks));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_ownsStore)
        {
            await _store.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    private string? Serialize(object? value, string parameterName)
    {
        try
        {
            return _converter.Serialize(value);
        }
        catch (Exception ex) when (ex is NotSupportedException or System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            throw new ArgumentException($"The value could not be serialized to JSON: {ex.Message}", parameterName, ex);
        }
    }

    private OrchestrationMetadata ToMetadata(InstanceRow row, bool withData) => new(row.Name, row.InstanceId)
    {
        RuntimeStatus = row.Status,
        CreatedAt = row.CreatedAt,
        LastUpdatedAt = row.UpdatedAt,
        CompletedAt = row.CompletedAt,
        ExecutionId = row.ExecutionId,
        Version = row.Version,
        ParentInstanceId = row.ParentInstanceId,
        SerializedInput = withData ? row.Input : null,
        SerializedOutput = withData ? row.Output : null,
        SerializedCustomStatus = withData ? row.CustomStatus : null,
        FailureDetails = row.Failure is null ? null : HistoryEvents.FromProtocol(row.Failure),
        DataConverter = _converter,
    };
}
