using System.Security.Cryptography;
using System.Text;

namespace AmbassadorFlows.Functions.Integrations;

/// <summary>Name-based UUIDs (RFC 9562 version 5): the same name always gives the same GUID, so
/// an idempotency key maps to the same ACS Operation-Id, SMTP Message-Id or Graph transactionId
/// on every retry of an activity.</summary>
public static class DeterministicGuid
{
    /// <summary>Namespace for email operation ids (ACS Operation-Id, SMTP Message-Id).</summary>
    public static readonly Guid EmailNamespace = new("8c6e1d2a-4a8f-4f7b-9a4e-2f6a1b0c5d10");

    /// <summary>Namespace for calendar ids (Graph transactionId).</summary>
    public static readonly Guid CalendarNamespace = new("2b7d0f4e-91c3-4e55-8d2a-6c1f0e9b3a77");

    public static Guid Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var ns = namespaceId.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[ns.Length + nameBytes.Length];
        ns.CopyTo(input, 0);
        nameBytes.CopyTo(input, ns.Length);
#pragma warning disable CA5350 // UUIDv5 is defined over SHA-1; this is an identifier, not a security boundary.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true);
    }
}
