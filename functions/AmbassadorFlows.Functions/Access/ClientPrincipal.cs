using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmbassadorFlows.Functions.Access;

/// <summary>
/// The <c>X-MS-CLIENT-PRINCIPAL</c> header App Service Authentication sets after Entra sign-in: base64
/// JSON with the token's claims (<c>auth_typ</c>, <c>name_typ</c>, <c>role_typ</c>, <c>claims[{typ,val}]</c>).
/// The platform strips the header from incoming requests, so it can be trusted only where the platform
/// put it there (<see cref="PlatformCallerResolver"/>).
/// </summary>
public static class ClientPrincipal
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const string RoleClaim = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    /// <summary>The caller in the header, or null when it is missing or unreadable (a bad header signs nobody in).</summary>
    public static Caller? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 64 * 1024)
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(Convert.FromBase64String(header.Trim()));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }

        var claims = payload?.Claims?.Where(c => c.Type is not null && c.Value is not null).ToList();
        if (claims is null || claims.Count == 0)
        {
            return null;
        }

        string? First(params string?[] types) => claims.FirstOrDefault(c => types.Contains(c.Type, StringComparer.OrdinalIgnoreCase))?.Value;
        var id = First(ObjectIdClaim, "oid") ?? First("sub");
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var roleTypes = new[] { payload!.RoleType, "roles", RoleClaim };
        var roles = claims.Where(c => roleTypes.Contains(c.Type, StringComparer.OrdinalIgnoreCase))
            .Select(c => AppRoles.Normalize(c.Value))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var name = First("preferred_username", payload.NameType, "name", "upn", "email") ?? id;
        return new Caller(id, name, roles);
    }

    private sealed record Payload(
        [property: JsonPropertyName("auth_typ")] string? AuthType,
        [property: JsonPropertyName("claims")] List<Claim>? Claims,
        [property: JsonPropertyName("name_typ")] string? NameType,
        [property: JsonPropertyName("role_typ")] string? RoleType);

    private sealed record Claim(
        [property: JsonPropertyName("typ")] string? Type,
        [property: JsonPropertyName("val")] string? Value);
}
