using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components;
using Microsoft.Azure.Functions.Worker;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>The pages' stylesheet and icon as HTTP functions, anonymous and excluded from sign-in like
/// the approval links, so the pages opened from emails are styled before anyone signs in.</summary>
public sealed class AssetFunctions
{
    [PublicRoute("none needed: the same stylesheet for everyone")]
    [Function("SiteStylesheet")]
    public IResult Stylesheet([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = SiteStylesheet.Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SiteStylesheet.Get(request.HttpContext);
    }

    [PublicRoute("none needed: the same icon for everyone")]
    [Function("SiteFavicon")]
    public IResult Favicon([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = SiteFavicon.Route)] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SiteFavicon.Get(request.HttpContext);
    }
}
