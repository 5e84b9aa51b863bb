using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmbassadorFlows.Functions.Approvals;
using Microsoft.AspNetCore.WebUtilities;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>
/// Personal links: <c>p1.{kid}.{payload}.{signature}</c>, signed with the approval links' key ring.
/// The purpose is the first part and is inside the signed text, so an approval token (<c>v1</c>) is
/// never a personal link and a personal link never an approval token: each validator refuses the
/// other's prefix, and changing the prefix breaks the signature. No expiry: the link stays valid
/// until the person's link version moves on (rotation) or the person is erased.
/// </summary>
public sealed class PersonalTokenService(SigningKeyRing keys)
{
    public const string Purpose = "p1";

    public string Issue(string employeeId, int linkVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        var payload = new Payload(employeeId, linkVersion);
        var body = $"{Purpose}.{keys.ActiveKeyId}.{WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        return $"{body}.{Sign(keys.ActiveKey, body)}";
    }

    /// <summary>The token's content when ours, of this purpose and untouched; else null.</summary>
    public PersonalToken? Validate(string? token)
    {
        // Bounded before any work: a personal token is about a hundred characters.
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != Purpose || !keys.TryGet(parts[1], out var key))
        {
            return null;
        }

        byte[] given;
        Payload? payload;
        try
        {
            given = WebEncoders.Base64UrlDecode(parts[3]);
            var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{parts[0]}.{parts[1]}.{parts[2]}"));
            if (!CryptographicOperations.FixedTimeEquals(expected, given))
            {
                return null;
            }

            payload = JsonSerializer.Deserialize<Payload>(WebEncoders.Base64UrlDecode(parts[2]));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }

        return payload is { EmployeeId.Length: > 0, Version: > 0 } ? new PersonalToken(payload.EmployeeId, payload.Version, parts[1]) : null;
    }

    private static string Sign(byte[] key, string body) => WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body)));

    private sealed record Payload(
        [property: JsonPropertyName("s")] string EmployeeId,
        [property: JsonPropertyName("v")] int Version);
}
