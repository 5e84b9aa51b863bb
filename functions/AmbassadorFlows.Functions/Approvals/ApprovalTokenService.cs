using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// Issues and checks approval tokens: <c>v1.{kid}.{payload}.{signature}</c>, base64url, where the
/// signature is HMAC-SHA256 over <c>v1.{kid}.{payload}</c> with the key <c>kid</c>. The token is
/// opaque to the reader (no management URL, no key) and cannot be forged or altered without the
/// key; single use is enforced by the approval store, not here.
/// </summary>
public sealed class ApprovalTokenService
{
    private const string Version = "v1";
    private readonly SigningKeyRing _keys;
    private readonly TimeProvider _time;

    public ApprovalTokenService(SigningKeyRing keys, TimeProvider time)
    {
        _keys = keys;
        _time = time;
    }

    public string Issue(string approvalId, string assigneeId, string eventName, DateTimeOffset expiresAt)
    {
        var payload = new Payload(approvalId, assigneeId, eventName, expiresAt.ToUnixTimeSeconds(), WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)));
        var body = $"{Version}.{_keys.ActiveKeyId}.{WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        return $"{body}.{Sign(_keys.ActiveKey, body)}";
    }

    public TokenValidation Validate(string? token, out ApprovalToken? result)
    {
        result = null;
        // Bounded before any work: a token is a few hundred characters.
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return TokenValidation.Invalid;
        }

        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != Version)
        {
            return TokenValidation.Invalid;
        }

        if (!_keys.TryGet(parts[1], out var key))
        {
            return TokenValidation.UnknownKey;
        }

        byte[] given;
        try
        {
            given = WebEncoders.Base64UrlDecode(parts[3]);
        }
        catch (FormatException)
        {
            return TokenValidation.Invalid;
        }

        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{parts[0]}.{parts[1]}.{parts[2]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return TokenValidation.Invalid;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(WebEncoders.Base64UrlDecode(parts[2]));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return TokenValidation.Invalid;
        }

        if (payload is null || string.IsNullOrEmpty(payload.ApprovalId) || string.IsNullOrEmpty(payload.AssigneeId))
        {
            return TokenValidation.Invalid;
        }

        result = new ApprovalToken(payload.ApprovalId, payload.AssigneeId, payload.EventName ?? string.Empty, DateTimeOffset.FromUnixTimeSeconds(payload.Expires), payload.Nonce ?? string.Empty, parts[1]);
        return result.ExpiresAt <= _time.GetUtcNow() ? TokenValidation.Expired : TokenValidation.Valid;
    }

    /// <summary>HMAC of <paramref name="value"/> with the active key, base64url (used for form protection too).</summary>
    public string Mac(string purpose, string value) => Sign(_keys.ActiveKey, $"{purpose}:{value}");

    private static string Sign(byte[] key, string body) => WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body)));

    private sealed record Payload(
        [property: JsonPropertyName("a")] string ApprovalId,
        [property: JsonPropertyName("s")] string AssigneeId,
        [property: JsonPropertyName("e")] string? EventName,
        [property: JsonPropertyName("x")] long Expires,
        [property: JsonPropertyName("n")] string? Nonce);
}
