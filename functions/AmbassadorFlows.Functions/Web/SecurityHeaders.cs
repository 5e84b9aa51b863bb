namespace AmbassadorFlows.Functions.Web;

/// <summary>Headers every response carries in both modes: no Referer leaks (links hold tokens), no
/// sniffing, no framing of our pages by other sites, and a strict Content-Security-Policy.</summary>
public static class SecurityHeaders
{
    /// <summary>Nothing but our own stylesheet (the people pages' served one, the dashboard's inline one
    /// by its hash), images of our own or inline SVG data, frames of our own (the email viewer), forms
    /// posting to us; no script at all, and no framing by anyone.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'self' {Html.StyleSource}; img-src 'self' data:; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>For a page that shows emails in sandboxed frames written inline (the dry run): such a
    /// frame inherits the page's policy, and emails carry their styles inline. Still no script.</summary>
    public static string ContentSecurityPolicyWithInlineStyles { get; } =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>For an email's own HTML in the email viewer: its inline styles, no script, framed only by
    /// our email page, in a sandbox.</summary>
    public static string EmailBodyPolicy { get; } =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

    public static void Apply(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
    }
}
