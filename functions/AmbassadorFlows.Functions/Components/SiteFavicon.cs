using AmbassadorFlows.Functions.Access;

namespace AmbassadorFlows.Functions.Components;

/// <summary>
/// The site's icon, an SVG linked from every page's head (both layouts), so browsers stop asking for
/// the /favicon.ico we never had. Public like the stylesheet: pages opened from emails show it before sign-in.
/// </summary>
public static class SiteFavicon
{
    public const string Route = "assets/favicon.svg";

    private static readonly StaticAsset Asset = new(Route, "AmbassadorFlows.Functions.Components.favicon.svg", "image/svg+xml");

    /// <summary>The URL the layouts link to, e.g. <c>/assets/favicon.svg?v=1a2b3c4d5e6f</c>.</summary>
    public static string Url => Asset.Url;

    public static IEndpointRouteBuilder MapSiteFavicon(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/" + Route, Get).WithName("SiteFavicon").ExcludeFromDescription();
        return endpoints;
    }

    /// <summary><c>GET /assets/favicon.svg</c>: public, the same icon for everyone.</summary>
    [PublicRoute("none needed: the same icon for everyone")]
    public static IResult Get(HttpContext context) => Asset.Serve(context);
}
