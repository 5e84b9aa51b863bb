using System.Security.Cryptography;
using System.Text.Json;
using AmbassadorFlows.Functions.Approvals;

namespace AmbassadorFlows.Functions.Local;

/// <summary>
/// The management key and the link-signing keys. Configuration wins; otherwise they are generated
/// once and kept in <c>{DataPath}/local-secrets.json</c> (never in the repo), so links in the
/// outbox and scripts keep working across restarts.
/// </summary>
public sealed class LocalSecrets
{
    public const string FileName = "local-secrets.json";

    private LocalSecrets(string managementKey, bool managementKeyGenerated, SigningKeyRing signingKeys)
    {
        ManagementKey = managementKey;
        ManagementKeyGenerated = managementKeyGenerated;
        SigningKeys = signingKeys;
    }

    public string ManagementKey { get; }

    /// <summary>True when no key was configured, so the one in use came from the data folder.</summary>
    public bool ManagementKeyGenerated { get; }

    public SigningKeyRing SigningKeys { get; }

    public static LocalSecrets Load(LocalModeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.DataFile(FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stored = File.Exists(path) ? JsonSerializer.Deserialize<StoredSecrets>(File.ReadAllText(path)) : null;
        var changed = false;
        if (stored is null || string.IsNullOrEmpty(stored.ManagementKey) || string.IsNullOrEmpty(stored.SigningKeyId) || string.IsNullOrEmpty(stored.SigningKey))
        {
            stored = new StoredSecrets(
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('='),
                $"local{DateTime.UtcNow:yyyyMMdd}",
                Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            changed = true;
        }

        if (changed)
        {
            WriteOwnerOnly(path, JsonSerializer.Serialize(stored));
        }

        var configuredKey = string.IsNullOrWhiteSpace(options.ManagementKey) ? null : options.ManagementKey.Trim();
        return new LocalSecrets(configuredKey ?? stored.ManagementKey, configuredKey is null, KeyRing(options, stored));
    }

    /// <summary>
    /// Writes to a temp file in the same folder, created readable by the owner only, then renames it
    /// over <paramref name="path"/>: the secrets are never world-readable, not even for a moment,
    /// and a crash leaves the old file or the new one, never half of one. The rename replaces a
    /// link at <paramref name="path"/> rather than writing through it.
    /// </summary>
    private static void WriteOwnerOnly(string path, string contents)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temp, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(contents);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static SigningKeyRing KeyRing(LocalModeOptions options, StoredSecrets stored)
        => ConfiguredSigningKeys.Read(options)
           ?? new SigningKeyRing(stored.SigningKeyId, new Dictionary<string, byte[]> { [stored.SigningKeyId] = Convert.FromBase64String(stored.SigningKey) });

    private sealed record StoredSecrets(string ManagementKey, string SigningKeyId, string SigningKey);
}
