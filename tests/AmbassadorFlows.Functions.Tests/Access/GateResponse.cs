using System.Net;
using System.Text.Json;

namespace AmbassadorFlows.Functions.Tests.Access;

/// <summary>What the access gate answered, told apart from what a handler answered (a handler may
/// itself say 400, 403 or 404 for reasons of its own).</summary>
internal static class GateResponse
{
    public static async Task<string?> RefusalAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return null;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var title = body.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
        return title is "Sign-in required" or "Role required" or "No access rule" ? $"{(int)response.StatusCode} {title}" : null;
    }
}
