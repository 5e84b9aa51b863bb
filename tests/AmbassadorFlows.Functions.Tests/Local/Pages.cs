using AmbassadorFlows.Functions.Access;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>Reads the app's HTML with a real parser.</summary>
public static class Pages
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string HiddenField(string html, string name)
        => Parse(html).QuerySelector($"input[type=hidden][name='{name}']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No hidden field {name} on the page.");

    /// <summary>Opens <paramref name="page"/>, a page with a dashboard form, as a browser would: the client
    /// gets the antiforgery cookie, and this returns the form's field to post with it.</summary>
    public static async Task<string> AntiforgeryAsync(HttpClient client, string page = "dry-run")
    {
        ArgumentNullException.ThrowIfNull(client);
        return HiddenField(await client.GetStringAsync(new Uri(page, UriKind.Relative)), DashboardAntiforgery.FieldName);
    }

    public static string Text(string html, string selector)
        => Parse(html).QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}.");
}
