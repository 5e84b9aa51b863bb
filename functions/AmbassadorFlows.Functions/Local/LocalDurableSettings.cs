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
            return;
        }

        runtime.DatabasePath = sqliteFile;
    }
}
