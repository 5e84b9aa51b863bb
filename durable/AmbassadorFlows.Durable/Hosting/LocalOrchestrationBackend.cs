using AmbassadorFlows.Durable.Sqlite;
using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.Query;
using Microsoft.Extensions.Logging;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>The one backend instance the worker, the client and the driver share, with the
/// interfaces each needs; the task hub is created once, before its first use.</summary>
internal sealed class LocalOrchestrationBackend
{
    private readonly Lazy<Task> _created;

    public LocalOrchestrationBackend(LocalBackend kind, IOrchestrationService service)
    {
        Kind = kind;
        Service = service;
        WorkerService = kind == LocalBackend.AzureStorage ? new StableChildExecutionIds(service) : service;
        Client = service as IOrchestrationServiceClient
            ?? throw new InvalidOperationException($"{service.GetType().Name} is no IOrchestrationServiceClient.");
        Query = service as IOrchestrationServiceQueryClient;
        Purge = service as IOrchestrationServicePurgeClient;
        Drivable = service as IDrivableOrchestrationService;
        _created = new Lazy<Task>(service.CreateIfNotExistsAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public LocalBackend Kind { get; }

    public IOrchestrationService Service { get; }

    /// <summary>What the worker runs on: the service itself, except on Azure Storage, where a replayed
    /// parent turn must not restart its children (see <see cref="StableChildExecutionIds"/>).</summary>
    public IOrchestrationService WorkerService { get; }

    public IOrchestrationServiceClient Client { get; }

    public IOrchestrationServiceQueryClient? Query { get; }

    public IOrchestrationServicePurgeClient? Purge { get; }

    public IDrivableOrchestrationService? Drivable { get; }

    /// <summary>Our SQLite backend signals completions; Azure Storage's own wait polls every few seconds.</summary>
    public bool SignalsCompletion => Kind == LocalBackend.Sqlite;

    /// <summary>Our SQLite backend refuses a duplicate start in the same transaction; Azure Storage
    /// (2.11) did not refuse one in our tests, so the client checks first there.</summary>
    public bool AtomicDedupe => Kind == LocalBackend.Sqlite;

    public Task EnsureCreatedAsync() => _created.Value;

    public static IOrchestrationService CreateService(LocalRuntimeOptions options, TimeProvider time, ILoggerFactory? loggerFactory)
        => options.Backend switch
        {
            LocalBackend.Sqlite => new SqliteOrchestrationService(
                new SqliteOrchestrationServiceOptions { DatabasePath = options.DatabasePath, TimeProvider = time },
                loggerFactory),
            LocalBackend.AzureStorage => CreateAzureStorage(options, time, loggerFactory),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Backend, "Unknown local backend."),
        };

    /// <summary>Unique per process, even for several processes on one host or one container image.</summary>
    internal static string DefaultWorkerId()
        => $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";

    private static AzureStorageOrchestrationService CreateAzureStorage(LocalRuntimeOptions options, TimeProvider time, ILoggerFactory? loggerFactory)
    {
        if (time != TimeProvider.System)
        {
            // Azure Storage's timers are queue messages with a visibility delay: real time only.
            throw new NotSupportedException("The AzureStorage backend runs on real time only; use the Sqlite backend with a fake TimeProvider.");
        }

        return new AzureStorageOrchestrationService(AzureStorageSettings(options, loggerFactory));
    }

    /// <summary>DTFx's Azure Storage settings for these options.</summary>
    internal static AzureStorageOrchestrationServiceSettings AzureStorageSettings(LocalRuntimeOptions options, ILoggerFactory? loggerFactory)
    {
        if (string.IsNullOrWhiteSpace(options.AzureStorageConnectionString))
        {
            throw new InvalidOperationException("LocalRuntimeOptions.AzureStorageConnectionString is required for the AzureStorage backend.");
        }

        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.TaskHubName,
            StorageAccountClientProvider = new StorageAccountClientProvider(options.AzureStorageConnectionString),
            // Idle queues back off to this interval; the default (30 s) makes a quiet app slow to react.
            MaxQueuePollingInterval = TimeSpan.FromSeconds(1),
            EventBehaviourForContinueAsNew = BehaviorOnContinueAsNew.Carryover,
            WorkerId = options.WorkerId ?? DefaultWorkerId(),
            ControlQueueVisibilityTimeout = options.QueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.QueueVisibilityTimeout,
            LeaseInterval = options.PartitionLeaseInterval,
            // Renewed and sought well within the lease, as DTFx's defaults are (10 s of 30 s).
            LeaseRenewInterval = options.PartitionLeaseInterval / 3,
            LeaseAcquireInterval = options.PartitionLeaseInterval / 3,
        };
        if (loggerFactory is not null)
        {
            settings.LoggerFactory = loggerFactory;
        }

        return settings;
    }
}
