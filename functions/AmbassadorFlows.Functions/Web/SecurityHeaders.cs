namespace AmbassadorFlows.Functions.Web;

/// <summary>Headers every response carries in both modes: no Referer leaks (links hold tokens), no
/// sniffing, no framing of our pages by other sites.</summary>
public static class SecurityHeaders
{
    public static void Apply(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers["Referrer-Policy"] = "no-referrer";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
    }
}
