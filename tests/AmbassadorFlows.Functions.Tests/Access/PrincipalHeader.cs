using System.Text;
using System.Text.Json.Nodes;

namespace AmbassadorFlows.Functions.Tests.Access;

/// <summary>An <c>X-MS-CLIENT-PRINCIPAL</c> value as App Service Authentication writes it after Entra sign-in.</summary>
internal static class PrincipalHeader
{
    public static string For(string objectId, string userPrincipalName, params string[] roles)
    {
        var claims = new JsonArray
        {
            Claim("http://schemas.microsoft.com/identity/claims/objectidentifier", objectId),
            Claim("preferred_username", userPrincipalName),
            Claim("name", userPrincipalName),
        };
        foreach (var role in roles)
        {
            claims.Add(Claim("roles", role));
        }

        var payload = new JsonObject { ["auth_typ"] = "aad", ["claims"] = claims, ["name_typ"] = "name", ["role_typ"] = "roles" };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload.ToJsonString()));
    }

    private static JsonObject Claim(string type, string value) => new() { ["typ"] = type, ["val"] = value };
}
