using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>Anti-forgery for the personal page's forms, as <see cref="FormProtection"/> does it for
/// approval links: a signed double-submit cookie (HttpOnly, SameSite=Strict, path <c>/me</c>) whose
/// MAC, bound to the person and their link version, goes in a hidden field.</summary>
public sealed class PersonalFormProtection(ApprovalTokenService tokens)
{
    public const string CookieName = "af-me";

    public string Issue(HttpContext context, PersonalToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var cookie = DoubleSubmitCookie.Ensure(context, CookieName, "/" + PersonalLinks.RoutePrefix.TrimEnd('/'));
        return tokens.Mac("personal-form", $"{token.EmployeeId}|{token.LinkVersion}|{cookie}");
    }

    public bool IsValid(HttpContext context, PersonalToken token, string? field)
    {
        ArgumentNullException.ThrowIfNull(token);
        return DoubleSubmitCookie.Read(context, CookieName) is { } cookie
            && DoubleSubmitCookie.Matches(tokens.Mac("personal-form", $"{token.EmployeeId}|{token.LinkVersion}|{cookie}"), field);
    }
}
