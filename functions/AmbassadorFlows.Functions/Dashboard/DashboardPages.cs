using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Components.Dashboard;
using AmbassadorFlows.Functions.Components.Ops;
using AmbassadorFlows.Functions.Web;
using static AmbassadorFlows.Functions.Web.Html;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>The dashboard's frame for the pages still built as strings (health, programmes, Ops' instance
/// list, close-posting answers, sign-in); the Razor pages use <see cref="DashboardLayout"/>, which writes the
/// same. And the links of an email, for its page and the tests.</summary>
public static partial class DashboardPages
{
    /// <summary>A dashboard page in <paramref name="text"/>'s language, with the navigation and the language switcher.</summary>
    public static string Layout(DashboardText text, HttpRequest request, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        return Page(title, body, Navigation(text, request.HttpContext) + LanguageSwitcher(text, request), text.Language);
    }

    /// <summary>The header's links the caller's roles may open (<see cref="DashboardNavigation"/>).</summary>
    public static string Navigation(DashboardText text, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var links = DashboardNavigation.For(Caller.Of(context));
        return links.Count == 0 ? string.Empty
            : $"<nav class=\"site\" aria-label=\"{OpsText.For(text.Language).Navigation}\">{string.Concat(links.Select(l => $"<a href=\"{Attr(l.Path)}\">{Encode(l.Label(text))}</a>"))}</nav>";
    }

    /// <summary>Links to this page in each language; following one remembers the choice (see <see cref="PageLanguage.Choose"/>).</summary>
    public static string LanguageSwitcher(DashboardText text, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder("<nav class=\"languages\" aria-label=\"").Append(text.Languages).Append("\">");
        foreach (var (code, name) in PageLanguage.Supported)
        {
            html.Append("<a href=\"").Append(Attr(PageLanguage.Link(request, code))).Append("\" hreflang=\"").Append(code).Append("\" lang=\"").Append(code).Append('"')
                .Append(code == text.Language ? " aria-current=\"true\"" : string.Empty).Append('>').Append(name).Append("</a>");
        }

        return html.Append("</nav>").ToString();
    }

    /// <summary>The http(s) links of an email's HTML, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Links(string html)
        => [.. Href().Matches(html ?? string.Empty).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(l => l.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || l.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)];

    [GeneratedRegex("href=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
