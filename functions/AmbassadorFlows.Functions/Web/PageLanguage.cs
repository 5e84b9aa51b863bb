using Microsoft.Net.Http.Headers;

namespace AmbassadorFlows.Functions.Web;

/// <summary>
/// Which of our languages (en, nl, fr, da: the ones the emails are written in) a page speaks. One
/// negotiation for every page: the approval pages put the assignee's directory language first, the
/// dashboard the reader's own choice (<c>?lang=</c>, remembered in a cookie); both then fall back to
/// the browser's <c>Accept-Language</c>, then English.
/// </summary>
public static class PageLanguage
{
    public const string English = "en";

    /// <summary>The query parameter that picks a language; it also sets <see cref="CookieName"/>.</summary>
    public const string QueryName = "lang";

    /// <summary>Remembers the reader's choice across pages. A preference, not a credential.</summary>
    public const string CookieName = "af-lang";

    /// <summary>Our languages, each named in itself (a reader who cannot read the page still finds theirs).</summary>
    public static IReadOnlyList<(string Code, string Name)> Supported { get; } =
        [(English, "English"), ("nl", "Nederlands"), ("fr", "Français"), ("da", "Dansk")];

    /// <summary>Our code for a language tag ("nl", "fr-BE", "DA"), or null when it is not one of ours.</summary>
    public static string? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var primary = language.Trim().Split('-', '_')[0];
        foreach (var (code, _) in Supported)
        {
            if (string.Equals(code, primary, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The best of ours by an <c>Accept-Language</c> header (by q, then order), else English.</summary>
    public static string FromAcceptLanguage(string? header)
    {
        if (!string.IsNullOrWhiteSpace(header) && StringWithQualityHeaderValue.TryParseList(header.Split(','), out var ranges))
        {
            var match = ranges
                .Select((r, i) => (Range: r, Index: i))
                .Where(x => x.Range.Quality is not 0)
                .OrderByDescending(x => x.Range.Quality ?? 1)
                .ThenBy(x => x.Index)
                .Select(x => Find(x.Range.Value.Value))
                .FirstOrDefault(code => code is not null);
            if (match is not null)
            {
                return match;
            }
        }

        return English;
    }

    /// <summary>
    /// The language of a page whose reader may choose: a known <c>?lang=</c> (which is then remembered
    /// in the cookie), else the remembered choice, else <c>Accept-Language</c>, else English. An unknown
    /// <c>?lang=</c> is ignored rather than remembered, so a mistyped link cannot stick.
    /// </summary>
    public static string Choose(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (Find(request.Query[QueryName].ToString()) is { } chosen)
        {
            context.Response.Cookies.Append(CookieName, chosen, new CookieOptions
            {
                Path = "/",
                HttpOnly = true,
                SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
                Secure = request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return chosen;
        }

        return Find(request.Cookies[CookieName]) ?? FromAcceptLanguage(request.Headers.AcceptLanguage.ToString());
    }

    /// <summary>The current page's address in <paramref name="code"/>: its path and query, with <c>lang</c> set.</summary>
    public static string Link(HttpRequest request, string code)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query
            .Where(p => !string.Equals(p.Key, QueryName, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"))
            .Append($"{QueryName}={code}");
        return $"{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }
}
