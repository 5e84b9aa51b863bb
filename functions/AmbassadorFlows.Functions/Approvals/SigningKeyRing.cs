namespace AmbassadorFlows.Functions.Approvals;

/// <summary>HMAC keys by key id. New links are signed with <see cref="ActiveKeyId"/>; links signed
/// with an older key still verify while that key stays in the ring (rotation without breaking
/// links in flight).</summary>
public sealed class SigningKeyRing
{
    private readonly Dictionary<string, byte[]> _keys;

    public SigningKeyRing(string activeKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activeKeyId);
        ArgumentNullException.ThrowIfNull(keys);
        _keys = new Dictionary<string, byte[]>(keys, StringComparer.Ordinal);
        if (!_keys.ContainsKey(activeKeyId))
        {
            throw new ArgumentException($"The active signing key '{activeKeyId}' is not in the key ring.", nameof(activeKeyId));
        }

        foreach (var (id, key) in _keys)
        {
            if (key.Length < 32)
            {
                throw new ArgumentException($"Signing key '{id}' is shorter than 32 bytes.", nameof(keys));
            }

            if (id.Contains('.', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Signing key id '{id}' must not contain '.'.", nameof(keys));
            }
        }

        ActiveKeyId = activeKeyId;
    }

    public string ActiveKeyId { get; }

    public byte[] ActiveKey => _keys[ActiveKeyId];

    public bool TryGet(string keyId, out byte[] key) => _keys.TryGetValue(keyId, out key!);
}
