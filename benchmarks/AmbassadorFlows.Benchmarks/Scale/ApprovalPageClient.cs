using System.Net;
using AmbassadorFlows.Workflows.Ports;
using AngleSharp.Html.Parser;

namespace AmbassadorFlows.Benchmarks.Scale;

/// <summary>
/// Answers a request as its person's browser does: opens the emailed link's page (GET), then posts
/// the page's own form (its hidden fields and ticked boxes, the form-check cookie) with a decision and
/// any typed fields. Links come from the app's <see cref="IApprovalLinks"/>, so the token is the one
/// the email carries; reading it out of each mail would cost a scan of the outbox per answer.
/// One connection pool for all "browsers"; each answer carries only its own cookie.
/// </summary>
public sealed class ApprovalPageClient : IDisposable
{
    private const string FormCookie = "af-form=";
    private readonly HttpClient _http;
    private readonly IApprovalLinks _links;
    private readonly HtmlParser _parser = new();

    public ApprovalPageClient(Uri baseAddress, IApprovalLinks links)
    {
        _http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(10),
        };
        _links = links;
    }

    public HttpClient Http => _http;

    /// <summary>Opens the request's page and presses <paramref name="decision"/>; throws unless the answer is recorded (200).</summary>
    /// <param name="fillIn">Fill the page's fields as a person would (see <see cref="FillIn"/>), for requests that ask for some.</param>
    public async Task AnswerAsync(PendingApproval approval, string decision, bool fillIn, CancellationToken ct)
    {
        // The link's host is the app's public address; this client talks to the bound loopback port.
        var link = new Uri(_links.CreateLink(approval).PathAndQuery, UriKind.Relative);
        using var page = await _http.GetAsync(link, ct);
        var html = await page.Content.ReadAsStringAsync(ct);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET of {approval.Kind} {approval.ApprovalId}: {(int)page.StatusCode} {Excerpt(html)}");
        }

        var form = _parser.ParseDocument(html).QuerySelector("#decision-form")
            ?? throw new InvalidOperationException($"No answer form on the page of {approval.Kind} {approval.ApprovalId}.");
        var fields = form.QuerySelectorAll("input[type=hidden], input[type=checkbox][checked]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name") ?? string.Empty, i.GetAttribute("value") ?? "on"))
            .Concat(fillIn ? FillIn(form) : [])
            .Where(f => f.Key.Length > 0)
            .Append(new("decision", decision))
            .ToList();

        using var post = new HttpRequestMessage(HttpMethod.Post, link) { Content = new FormUrlEncodedContent(fields) };
        if (page.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.FirstOrDefault(c => c.StartsWith(FormCookie, StringComparison.Ordinal)) is { } cookie)
        {
            post.Headers.Add("Cookie", cookie.Split(';', 2)[0]);
        }

        using var answered = await _http.SendAsync(post, ct);
        if (answered.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST {decision} to {approval.Kind} {approval.ApprovalId}: {(int)answered.StatusCode} {Excerpt(await answered.Content.ReadAsStringAsync(ct))}");
        }
    }

    /// <summary>What a person types into a form such as the monthly check-in: the first choice of
    /// each radio group ("yes, I attended"), 3 in each short text field (hours), a sentence in each
    /// text area; boxes left as the page set them. Read from the page, so renamed fields still fit.</summary>
    private static IEnumerable<KeyValuePair<string, string>> FillIn(AngleSharp.Dom.IElement form)
    {
        var radios = form.QuerySelectorAll("input[type=radio]")
            .GroupBy(r => r.GetAttribute("name") ?? string.Empty, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, string>(g.Key, g.First().GetAttribute("value") ?? "on"));
        var texts = form.QuerySelectorAll("input[type=text], input[type=number], input:not([type])")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name") ?? string.Empty, "3"));
        var areas = form.QuerySelectorAll("textarea")
            .Select(t => new KeyValuePair<string, string>(t.GetAttribute("name") ?? string.Empty, "Showed the bike-to-work calculator at our team breakfast"));
        return [.. radios, .. texts, .. areas];
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The page's words (what a refusal says), not its markup.</summary>
    private string Excerpt(string body)
    {
        var text = string.Join(' ', (_parser.ParseDocument(body).Body?.TextContent ?? body).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 600 ? text : text[..600];
    }
}
