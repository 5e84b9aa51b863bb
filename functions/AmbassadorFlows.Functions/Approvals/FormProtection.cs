using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// Anti-forgery for the decision form: a signed double-submit cookie. The GET sets a random
/// HttpOnly, SameSite=Strict cookie and puts HMAC(cookie, token nonce) in a hidden field; the POST
/// must bring both and they must match. Another site can neither read the field nor send the
/// cookie. Chosen over ASP.NET Core's antiforgery because it needs no data-protection key ring
/// (which would have to survive restarts and a fast-forwarded clock in demos).
/// </summary>
public sealed class FormProtection
{
    public const string CookieName = "af-form";
    public const string FieldName = "__form";
    private readonly ApprovalTokenService _tokens;

    public FormProtection(ApprovalTokenService tokens)
    {
        _tokens = tokens;
    }

    /// <summary>Ensures the cookie and returns the hidden-field value for this page.</summary>
    public string Issue(HttpContext context, ApprovalToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var cookie = DoubleSubmitCookie.Ensure(context, CookieName, "/" + ApprovalLinks.RoutePrefix.TrimEnd('/'));
        return _tokens.Mac("form", $"{token.Nonce}|{cookie}");
    }

    public bool IsValid(HttpContext context, ApprovalToken token, string? field)
    {
        ArgumentNullException.ThrowIfNull(token);
        return DoubleSubmitCookie.Read(context, CookieName) is { } cookie && DoubleSubmitCookie.Matches(_tokens.Mac("form", $"{token.Nonce}|{cookie}"), field);
    }
}
