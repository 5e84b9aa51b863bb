using AmbassadorFlows.Functions.Local;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// The signing keys set in configuration (<c>AmbassadorFlows:SigningKeys:{keyId}</c> = base64 of 32+
/// bytes, <c>AmbassadorFlows:ActiveSigningKeyId</c> when there are several). In Azure each value is an
/// app setting holding a Key Vault reference that the platform resolves before the process starts;
/// when it cannot (missing role, identity or secret) the setting arrives as the literal reference
/// text, which is reported here instead of failing later as "not base64".
/// </summary>
public static class ConfiguredSigningKeys
{
    private const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

    /// <summary>The configured key ring, or null when no key is configured.</summary>
    /// <exception cref="InvalidOperationException">A key is unusable, or the active key is ambiguous.</exception>
    public static SigningKeyRing? Read(LocalModeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SigningKeys.Count == 0)
        {
            return null;
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, value) in options.SigningKeys)
        {
            keys[id] = Decode(id, value);
        }

        var active = string.IsNullOrWhiteSpace(options.ActiveSigningKeyId)
            ? (keys.Count == 1 ? keys.Keys.Single() : throw new InvalidOperationException($"{LocalModeOptions.SectionName}:ActiveSigningKeyId must name one of the {keys.Count} {LocalModeOptions.SectionName}:SigningKeys."))
            : options.ActiveSigningKeyId;
        try
        {
            return new SigningKeyRing(active, keys);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{LocalModeOptions.SectionName}:SigningKeys: {ex.Message}", ex);
        }
    }

    private static byte[] Decode(string id, string? value)
    {
        var setting = $"{LocalModeOptions.SectionName}__SigningKeys__{id}";
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"The signing key setting {setting} is empty.");
        }

        if (value.TrimStart().StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The signing key setting {setting} is an unresolved Key Vault reference ({value.Trim()}). The platform could not read the secret: " +
                "check that the site's keyVaultReferenceIdentity is the app's user-assigned identity, that the identity has Key Vault Secrets User on the vault, " +
                "and that the secret exists (infra/README.md, step 2).");
        }

        try
        {
            return Convert.FromBase64String(value.Trim());
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"The signing key setting {setting} is not base64.", ex);
        }
    }
}
