using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Workflows.Versioning;

namespace AmbassadorFlows.Functions.Local;

/// <summary>The <c>AmbassadorFlows:Durable</c> settings: our SQLite file (the default, zero setup) or
/// DTFx's Azure Storage provider, so several self-hosted instances can share one task hub.</summary>
public sealed class LocalDurableSettings
{
    /// <summary><c>Sqlite</c> (default) or <c>AzureStorage</c>.</summary>
    public LocalBackend Backend { get; set; } = LocalBackend.Sqlite;

    /// <summary>Storage connection string for <see cref="LocalBackend.AzureStorage"/>, e.g.
    /// <c>UseDevelopmentStorage=true</c> for Azurite.</summary>
    public string? AzureStorageConnectionString { get; set; }

    /// <summary>Task hub on Azure Storage (its queues, tables and blobs are named after it).</summary>
    public string TaskHubName { get; set; } = "ambassadorflows";

    /// <summary>Azure Storage: this instance's name for partition leases; empty = machine name, process id
    /// and a random suffix (unique per process).</summary>
    public string? WorkerId { get; set; }

    /// <summary>Azure Storage: how soon the work of an instance that died comes back to the others.</summary>
    public TimeSpan QueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Azure Storage: how soon a dead instance's partitions move to the others.</summary>
    public TimeSpan PartitionLeaseInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Copies these settings onto the runtime's, naming the missing setting when the choice is incomplete.</summary>
    /// <exception cref="InvalidOperationException">Azure Storage chosen without a connection string.</exception>
    internal void ApplyTo(LocalRuntimeOptions runtime, string sqliteFile)
    {
        runtime.Backend = Backend;
        runtime.TaskHubName = TaskHubName;
        // New instances start on the current orchestration version; newer ones wait for newer code (as host.json says in Azure).
        runtime.Versioning = OrchestrationVersioning.For(OrchestrationVersions.Current);
        if (Backend == LocalBackend.AzureStorage)
        {
            if (string.IsNullOrWhiteSpace(AzureStorageConnectionString))
            {
                throw new InvalidOperationException(
                    "AmbassadorFlows__Durable__Backend is AzureStorage but AmbassadorFlows__Durable__AzureStorageConnectionString is not set " +
                    "(for Azurite: UseDevelopmentStorage=true).");
            }

            runtime.AzureStorageConnectionString = AzureStorageConnectionString;
            runtime.WorkerId = string.IsNullOrWhiteSpace(WorkerId) ? null : WorkerId;
            runtime.QueueVisibilityTimeout = QueueVisibilityTimeout;
            runtime.PartitionLeaseInterval = PartitionLeaseInterval;
            return;
        }

        runtime.DatabasePath = sqliteFile;
    }
}
