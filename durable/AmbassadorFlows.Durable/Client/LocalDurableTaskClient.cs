using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>
/// The official SDK client over DTFx's <see cref="IOrchestrationServiceClient"/> (plus the query and
/// purge clients) of the local backend; registered with AddDurableTaskClient(b => b.UseBuildTarget&lt;...&gt;()),
/// so app code sees what [DurableClient] gives in Azure, plus a custom-status filter in queries.
/// </summary>
public sealed partial class LocalDurableTaskClient : DurableTaskClient
{
    /// <summary>A start is refused while an instance with the same id is in one of these (DTFx's dedupe).</summary>
    private static readonly OrchestrationStatus[] RunningStatuses =
        [OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.Suspended];

    /// <summary>Poll interval where the backend has no completion signal (Azure Storage).</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan StartPollInterval = TimeSpan.FromMilliseconds(20);

    private readonly LocalOrchestrationBackend _backend;
    private readonly TimeProvider _time;
    private readonly DataConverter _converter = JsonDataConverter.Default;
    private readonly string _defaultVersion;

    public LocalDurableTaskClient(string name, IServiceProvider services)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(services);
        _backend = services.GetRequiredService<LocalOrchestrationBackend>();
        _time = services.GetRequiredService<TimeProvider>();
        _defaultVersion = services.GetService<IOptionsMonitor<DurableTaskClientOptions>>()?.Get(name).DefaultVersion ?? string.Empty;
    }

    private IOrchestrationServiceClient Backend => _backend.Client;

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null,
        StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        await _backend.EnsureCreatedAsync().ConfigureAwait(false);
        var instance = new OrchestrationInstance
        {
            InstanceId = string.IsNullOrEmpty(options?.InstanceId) ? Guid.NewGuid().ToString("N") : options.InstanceId,
            ExecutionId = Guid.NewGuid().ToString("N"),
        };
        var started = new ExecutionStartedEvent(-1, _converter.Serialize(input))
        {
            Name = orchestratorName.Name,
            // As the SDK's clients do: the caller's version, else the configured default (host.json's defaultVersion in Azure).
            Version = options?.Version?.Version ?? _defaultVersion,
            OrchestrationInstance = instance,
            Tags = options?.Tags is { Count: > 0 } tags ? new Dictionary<string, string>(tags) : null,
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
            Timestamp = _time.GetUtcNow().UtcDateTime,
        };

        var dedupe = DedupeStatuses(options);
        if (!_backend.AtomicDedupe
            && await GetStateAsync(instance.InstanceId).ConfigureAwait(false) is { } existing
            && dedupe.Contains(existing.OrchestrationStatus))
        {
            throw AlreadyExists(instance.InstanceId, null);
        }

        try
        {
            await Backend.CreateTaskOrchestrationAsync(new TaskMessage { OrchestrationInstance = instance, Event = started }, dedupe)
                .ConfigureAwait(false);
        }
        catch (OrchestrationAlreadyExistsException ex)
        {
            throw AlreadyExists(instance.InstanceId, ex);
        }

        return instance.InstanceId;
    }

    public override async Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        await _backend.EnsureCreatedAsync().ConfigureAwait(false);
        await SendAsync(instanceId, new EventRaisedEvent(-1, _converter.Serialize(eventPayload)) { Name = eventName }).ConfigureAwait(false);
    }

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        var state = await GetStateAsync(instanceId).ConfigureAwait(false);
        return state?.ToMetadata(_converter, getInputsAndOutputs);
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        while (true)
        {
            var state = await GetStateAsync(instanceId).ConfigureAwait(false);
            if (state is not null && state.OrchestrationStatus != OrchestrationStatus.Pending)
            {
                return state.ToMetadata(_converter, getInputsAndOutputs);
            }

            await Task.Delay(_backend.SignalsCompletion ? StartPollInterval : PollInterval, cancellation).ConfigureAwait(false);
        }
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (await GetStateAsync(instanceId).ConfigureAwait(false) is null)
        {
            // Waiting on a typo would never end.
            throw NotFound(instanceId);
        }

        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (_backend.SignalsCompletion)
            {
                // The backend's wait wakes on the commit that finishes the instance; re-armed every minute.
                var finished = await Backend.WaitForOrchestrationAsync(instanceId, null, TimeSpan.FromMinutes(1), cancellation).ConfigureAwait(false);
                if (finished is not null && OrchestrationStateMapping.IsTerminal(finished.OrchestrationStatus))
                {
                    return finished.ToMetadata(_converter, getInputsAndOutputs);
                }
            }
            else
            {
                var state = await GetStateAsync(instanceId).ConfigureAwait(false);
                if (state is not null && OrchestrationStateMapping.IsTerminal(state.OrchestrationStatus))
                {
                    return state.ToMetadata(_converter, getInputsAndOutputs);
                }

                await Task.Delay(PollInterval, cancellation).ConfigureAwait(false);
            }
        }
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static InvalidOperationException NotFound(string instanceId)
        => new($"No orchestration instance with ID '{instanceId}' was found.");

    private static InvalidOperationException AlreadyExists(string instanceId, Exception? inner)
        => new($"An orchestration with instance ID '{instanceId}' already exists and is pending, running or suspended.", inner);

    private static OrchestrationStatus[] DedupeStatuses(StartOrchestrationOptions? options)
    {
        if (options?.DedupeStatuses is not { Count: > 0 } requested)
        {
            return RunningStatuses;
        }

        // Running instances are always refused; the caller may refuse finished ones too.
        return RunningStatuses
            .Concat(requested.Select(s => Enum.Parse<OrchestrationStatus>(s, ignoreCase: true)))
            .Distinct()
            .ToArray();
    }

    private async Task<OrchestrationState?> GetStateAsync(string instanceId)
    {
        await _backend.EnsureCreatedAsync().ConfigureAwait(false);
        var states = await Backend.GetOrchestrationStateAsync(instanceId, allExecutions: false).ConfigureAwait(false);
        return states?.FirstOrDefault(s => s is not null) is { } state ? await WithStatusAsync(state).ConfigureAwait(false) : null;
    }

    /// <summary>The state, its status filled from the history where the backend recorded none (<see cref="UnrecordedStatus"/>).</summary>
    private async Task<OrchestrationState> WithStatusAsync(OrchestrationState state)
    {
        if (UnrecordedStatus.IsMissing(state))
        {
            var json = await Backend.GetOrchestrationHistoryAsync(state.OrchestrationInstance.InstanceId, null).ConfigureAwait(false);
            UnrecordedStatus.FillFrom(state, HistoryJson.Parse(json));
        }

        return state;
    }

    private async Task SendAsync(string instanceId, HistoryEvent historyEvent, bool requireInstance = true)
    {
        if (requireInstance && await GetStateAsync(instanceId).ConfigureAwait(false) is null)
        {
            // The backends drop messages to unknown instances silently; a typo should not be silent.
            throw NotFound(instanceId);
        }

        historyEvent.Timestamp = _time.GetUtcNow().UtcDateTime;
        await Backend.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = historyEvent,
        }).ConfigureAwait(false);
    }
}
