using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace AmbassadorFlows.Functions.Web;

/// <summary>
/// The random half of a signed double-submit antiforgery scheme (the approval form's and the dashboard's):
/// an HttpOnly, SameSite=Strict cookie another site can neither read nor send; the caller signs it into the
/// page's hidden field and compares the posted field with <see cref="Matches"/>.
/// </summary>
public static class DoubleSubmitCookie
{
    private const int MaxLength = 64;

    /// <summary>The request's cookie, or a new one set on the response.</summary>
    public static string Ensure(HttpContext context, string name, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Read(context, name) is { } cookie)
        {
            return cookie;
        }

        cookie = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
        context.Response.Cookies.Append(name, cookie, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = path,
            IsEssential = true,
        });
        return cookie;
    }

    /// <summary>The request's cookie when it is one of ours in shape, else null.</summary>
    public static string? Read(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cookie = context.Request.Cookies[name];
        return string.IsNullOrEmpty(cookie) || cookie.Length > MaxLength ? null : cookie;
    }

    /// <summary>Constant-time comparison of the posted field with the expected one.</summary>
    public static bool Matches(string expected, string? field)
        => !string.IsNullOrEmpty(field) && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(field));
}
