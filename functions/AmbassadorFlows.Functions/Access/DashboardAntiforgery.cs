using System.Text;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Access;

/// <summary>
/// Antiforgery for the dashboard's forms, the same signed double-submit scheme as the approval form
/// (<see cref="FormProtection"/>): a random HttpOnly, SameSite=Strict cookie, and HMAC(cookie) under the
/// app's signing key in a hidden field of every POST form a page renders. The key ring is in every
/// instance (Key Vault in Azure, the data folder locally), so a token survives restarts and scale-out,
/// which ASP.NET Core's antiforgery would need a shared Data Protection key ring for.
/// </summary>
public sealed class DashboardAntiforgery(ApprovalTokenService tokens)
{
    public const string CookieName = "af-antiforgery";
    public const string FieldName = "__antiforgery";
    private const string Purpose = "dashboard-form";

    /// <summary>Ensures the cookie and returns the hidden field's value for the page being rendered.</summary>
    public string Issue(HttpContext context) => tokens.Mac(Purpose, DoubleSubmitCookie.Ensure(context, CookieName, "/"));

    public bool IsValid(HttpContext context, string? field)
        => DoubleSubmitCookie.Read(context, CookieName) is { } cookie && DoubleSubmitCookie.Matches(tokens.Mac(Purpose, cookie), field);

    /// <summary>Adds the hidden field to each POST form of <paramref name="html"/> that posts to the
    /// dashboard (the approval pages' forms carry their own protection).</summary>
    public string AddToForms(HttpContext context, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        const string FormStart = "<form method=\"post\" action=\"";
        if (!html.Contains(FormStart, StringComparison.Ordinal))
        {
            return html;
        }

        var field = $"<input type=\"hidden\" name=\"{FieldName}\" value=\"{Issue(context)}\">";
        var result = new StringBuilder(html.Length + 128);
        var at = 0;
        while (html.IndexOf(FormStart, at, StringComparison.Ordinal) is var start and >= 0)
        {
            var end = html.IndexOf('>', start);
            if (end < 0)
            {
                break;
            }

            result.Append(html, at, end + 1 - at);
            var action = html.AsSpan(start + FormStart.Length);
            if (!action.StartsWith("/" + ApprovalLinks.RoutePrefix, StringComparison.Ordinal))
            {
                result.Append(field);
            }

            at = end + 1;
        }

        return result.Append(html, at, html.Length - at).ToString();
    }
}
