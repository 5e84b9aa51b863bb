namespace AmbassadorFlows.Durable.Hosting;

/// <summary>Which DTFx orchestration service the local runtime runs on.</summary>
public enum LocalBackend
{
    /// <summary>Our SQLite backend: one file (or memory), zero setup, fake clock supported.</summary>
    Sqlite,

    /// <summary>DTFx's Azure Storage provider (Durable Functions' default): several app instances share one task hub. Real time only.</summary>
    AzureStorage,
}
