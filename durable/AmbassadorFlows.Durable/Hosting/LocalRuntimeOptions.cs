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

    /// <summary>Longer timers are chained by the SDK in steps of this size, as in Durable Functions.</summary>
    public TimeSpan MaximumTimerInterval { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Orchestration versioning, as host.json's <c>defaultVersion</c>, <c>versionMatchStrategy</c>
    /// and <c>versionFailureStrategy</c> set it in Azure: the client starts new instances on
    /// <see cref="DurableTaskWorkerOptions.VersioningOptions.DefaultVersion"/>, and the worker runs only
    /// the instances the match strategy accepts against <see cref="DurableTaskWorkerOptions.VersioningOptions.Version"/>
    /// (DTFx's own check). Null: instances carry no version and every instance runs.</summary>
    public DurableTaskWorkerOptions.VersioningOptions? Versioning { get; set; }
}
