using Microsoft.DurableTask.Worker;

namespace AmbassadorFlows.Durable.Hosting;

/// <summary>Settings of the local Durable runtime (worker, client and backend).</summary>
public sealed class LocalRuntimeOptions
{
    public LocalBackend Backend { get; set; } = LocalBackend.Sqlite;

    /// <summary>The SQLite file; null = a private in-memory database that lives as long as the runtime.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>Required for <see cref="LocalBackend.AzureStorage"/> (e.g. Azurite's connection string).</summary>
    public string? AzureStorageConnectionString { get; set; }

    public string TaskHubName { get; set; } = "ambassadorflows";

    /// <summary>This process's name on a shared Azure Storage task hub (partition leases). Null: the
    /// machine name, the process id and a random suffix, so two processes never share one (DTFx's
    /// default, the machine name alone, let two processes on one host both own every partition).</summary>
    public string? WorkerId { get; set; }

    /// <summary>Azure Storage: how long a dequeued message stays invisible to other workers. A worker
    /// that dies mid-turn (kill -9) leaves its messages for this long, so this is how soon its work
    /// comes back; a live worker renews it while a work item runs. DTFx's default is 5 minutes.</summary>
    public TimeSpan QueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Azure Storage: a partition lease not renewed for this long moves to another worker.</summary>
    public TimeSpan PartitionLeaseInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longer timers are chained by the SDK in steps of this size, as in Durable Functions.</summary>
    public TimeSpan MaximumTimerInterval { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Orchestration versioning, as host.json's <c>defaultVersion</c>, <c>versionMatchStrategy</c>
    /// and <c>versionFailureStrategy</c> set it in Azure: the client starts new instances on
    /// <see cref="DurableTaskWorkerOptions.VersioningOptions.DefaultVersion"/>, and the worker runs only
    /// the instances the match strategy accepts against <see cref="DurableTaskWorkerOptions.VersioningOptions.Version"/>
    /// (DTFx's own check). Null: instances carry no version and every instance runs.</summary>
    public DurableTaskWorkerOptions.VersioningOptions? Versioning { get; set; }
}
