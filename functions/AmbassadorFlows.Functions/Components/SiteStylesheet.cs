using AmbassadorFlows.Functions.Access;

namespace AmbassadorFlows.Functions.Components;

/// <summary>
/// The pages' one stylesheet, served from the assembly at <see cref="Route"/> by both modes, so pages
/// carry no inline style (a strict Content-Security-Policy can then forbid it). The link names the
/// content's hash, so it can be cached for a year and still change with a release.
/// </summary>
public static class SiteStylesheet
{
    public const string Route = "assets/site.css";

    private static readonly StaticAsset Asset = new(Route, "AmbassadorFlows.Functions.Components.site.css", "text/css; charset=utf-8");

    /// <summary>The URL the layout links to, e.g. <c>/assets/site.css?v=1a2b3c4d5e6f</c>.</summary>
    public static string Url => Asset.Url;

    public static IEndpointRouteBuilder MapSiteStylesheet(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/" + Route, Get).WithName("SiteStylesheet").ExcludeFromDescription();
        return endpoints;
    }

    /// <summary><c>GET /assets/site.css</c>: public, as the pages opened from emails need it before any sign-in.</summary>
    [PublicRoute("none needed: the same stylesheet for everyone")]
    public static IResult Get(HttpContext context) => Asset.Serve(context);
}
