namespace AmbassadorFlows.Functions.Local;

/// <summary>
/// Local mode's console shows what its reader needs: the app's own lines and the start-up banner, not a
/// line per request or the framework's start-up chatter. These are defaults only: they sit below every
/// other configuration source, so <c>Logging__LogLevel__…</c> in the environment, arguments or
/// appsettings still raise any category again.
/// </summary>
public static class LocalLoggingDefaults
{
    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>
    {
        // Request lines (already redacted) and routing, hosting lifetime, data protection key creation.
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        // "No XML encryptor configured": the key ring lives in the private data folder (0700), by design.
        ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        // DTFx's worker start and per-work-item lines.
        ["Logging:LogLevel:DurableTask"] = "Warning",
    };

    /// <summary>Adds <see cref="Values"/> as the lowest-priority configuration source.</summary>
    public static void Apply(IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = Values });
    }
}
