using System.Net;
using System.Text.RegularExpressions;

namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>The links of an email, for its page (Components/Dashboard/OutboxMessagePage) and the tests.
/// (Every dashboard page is a Razor component in Components/Dashboard/DashboardLayout.razor.)</summary>
public static partial class DashboardPages
{
    /// <summary>The http(s) links of an email's HTML, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Links(string html)
        => [.. Href().Matches(html ?? string.Empty).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(l => l.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || l.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)];

    [GeneratedRegex("href=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
