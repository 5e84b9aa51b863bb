using System.Net;
using AmbassadorFlows.Functions.Components.Guard;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Web;

namespace AmbassadorFlows.Functions.Access;

/// <summary>
/// Refuses what a browser could be tricked into sending, after <see cref="AccessGate"/> admitted the caller
/// (in both modes: in Azure the App Service session cookie rides along on a cross-site form post too):
/// <list type="bullet">
/// <item>locally, a <c>Host</c> that is neither loopback nor a name the app was configured with (DNS
/// rebinding: a page of another site, resolved to 127.0.0.1, reading the export);</item>
/// <item>a state change whose <c>Sec-Fetch-Site</c> is not same-origin (or none: typed or bookmarked) or,
/// from a browser that sends no such header, whose <c>Origin</c> is another site. Scripts send neither and
/// pass, so the JSON API and the management API keep working from curl;</item>
/// <item>a state change to a dashboard page route (not <c>/api/</c>) without the page's antiforgery field.</item>
/// </list>
/// Routes carrying their own form protection (the approval links) are left to it. Reading the form here
/// also answers a malformed or over-limit form body with 400 for every handler behind it.
/// </summary>
public sealed class SameOriginGuard(DashboardAntiforgery antiforgery, PublicUrls urls, IConfiguration configuration, bool checkHost)
{
    public async Task<IResult?> CheckAsync(HttpContext context, PublicRouteAttribute? publicRoute)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (publicRoute is { OwnFormProtection: true })
        {
            return null;
        }

        var request = context.Request;
        if (checkHost && !IsAllowedHost(request.Host.Host))
        {
            return Refuse(context, "Unknown host name", $"This app answers to localhost or its configured address, not '{request.Host.Host}'. Open it at {urls.BaseUrl}.", t => (t.UnknownHostTitle, t.Format(t.UnknownHostText, request.Host.Host, urls.BaseUrl)));
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return null;
        }

        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 ? fetchSite is not ("same-origin" or "none") : request.Headers.Origin.ToString() is { Length: > 0 } origin && !IsOwnOrigin(request, origin))
        {
            return Refuse(context, "Cross-site request refused", "A change must come from this app's own pages, or from a script that sends no Origin. Open the page in the app and submit it there.", t => (t.CrossSiteTitle, t.CrossSiteText));
        }

        if (!IsDashboardRoute(request.Path))
        {
            return null;
        }

        string? field = null;
        if (request.HasFormContentType)
        {
            try
            {
                field = (await request.ReadFormAsync(context.RequestAborted))[DashboardAntiforgery.FieldName].ToString();
            }
            catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
            {
                return MalformedForm(context, ex);
            }
        }

        return antiforgery.IsValid(context, field)
            ? null
            : Refuse(context, "Form expired", "The form's security field is missing or does not match this browser: reload the page and submit it again.", t => (t.FormExpiredTitle, t.FormExpiredText));
    }

    /// <summary>400 for a form body that cannot be read (no multipart boundary, a value or count over the limits).</summary>
    public static IResult MalformedForm(HttpContext context, Exception error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        var detail = $"The form could not be read: {error.Message}";
        return ProblemResponses.WantsJson(context.Request) || !AcceptsHtml(context.Request)
            ? ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Malformed form", detail)
            : ShortPage(context, t => (t.MalformedTitle, t.MalformedText), StatusCodes.Status400BadRequest);
    }

    private static bool IsDashboardRoute(PathString path)
        => !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
           && !path.StartsWithSegments("/runtime", StringComparison.OrdinalIgnoreCase);

    private bool IsOwnOrigin(HttpRequest request, string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false; // "null" (sandboxed frames, file:) and anything unreadable
        }

        var authority = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        return string.Equals(authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || (string.Equals(uri.Host, urls.BaseUrl.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == urls.BaseUrl.Port);
    }

    private bool IsAllowedHost(string host)
    {
        host = host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)))
        {
            return true;
        }

        return ConfiguredHosts().Contains(host, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The public base URL's host and every host the app was told to listen on by name.</summary>
    private IEnumerable<string> ConfiguredHosts()
    {
        yield return urls.BaseUrl.Host;
        foreach (var key in new[] { "urls", WebHostDefaults.ServerUrlsKey })
        {
            foreach (var url in (configuration[key] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri))
                {
                    yield return uri.Host.Trim('[', ']');
                }
            }
        }
    }

    /// <summary>403: problem details (English, for scripts) or, for a browser, a page in its reader's language.</summary>
    private static IResult Refuse(HttpContext context, string title, string detail, Func<RefusalText, (string Title, string Detail)> page)
        => AcceptsHtml(context.Request) && !ProblemResponses.WantsJson(context.Request)
            ? ShortPage(context, page, StatusCodes.Status403Forbidden)
            : ProblemResponses.Problem(StatusCodes.Status403Forbidden, title, detail);

    private static bool AcceptsHtml(HttpRequest request) => request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>In the dashboard's layout and the reader's language (the <c>af-lang</c> choice, else the
    /// browser's Accept-Language), as every dashboard page chooses it.</summary>
    private static IResult ShortPage(HttpContext context, Func<RefusalText, (string Title, string Detail)> page, int status)
    {
        var frame = DashboardText.For(context);
        var text = RefusalText.For(frame.Language);
        var (heading, detail) = page(text);
        return new ComponentPageResult(typeof(RefusalPage), new Dictionary<string, object?>
        {
            [nameof(RefusalPage.Frame)] = frame,
            [nameof(RefusalPage.Text)] = text,
            [nameof(RefusalPage.Heading)] = heading,
            [nameof(RefusalPage.Detail)] = detail,
        }, status);
    }
}
