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

    public static string Text(string html, string selector)
        => Parse(html).QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}.");
}
