using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Assets;

/// <summary>The stylesheet and icon over real HTTP: compressed as the client accepts, cached for a year
/// under a hashed URL, revalidated by ETag; and the pages that carry tokens never compressed (BREACH).</summary>
public sealed class StaticAssetTests(AppHost app) : IClassFixture<AppHost>
{
    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip;q=1.0, br;q=0", "gzip")]
    [InlineData("identity", null)]
    [InlineData(null, null)]
    public async Task Stylesheet_ByAcceptEncoding_IsCompressedAsAcceptedAndCachedForAYear(string? acceptEncoding, string? expected)
    {
        using var client = app.NewClient();
        var url = await StylesheetUrlAsync(client);
        var identity = await GetBytesAsync(client, url, null);

        using var response = await GetAsync(client, url, acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.StartsWith("/assets/site.css?v=", url, StringComparison.Ordinal);
        Assert.Equal(identity.Body, Decode(await response.Content.ReadAsByteArrayAsync(), expected));
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.StartsWith("text/css", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_RevalidatedWithItsETag_IsNotModified()
    {
        using var client = app.NewClient();
        var url = await StylesheetUrlAsync(client);
        using var first = await GetAsync(client, url, null);
        var etag = Assert.IsType<EntityTagHeaderValue>(first.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Favicon_LinkedFromBothLayouts_IsAnSvgServedCompressed()
    {
        using var client = app.NewClient();
        var fromDashboard = await LinkedUrlAsync(client, "link[rel=icon]");
        var approvalPage = await client.GetStringAsync(new Uri(await ApprovalLinkAsync()));
        var fromApprovalPage = Pages.Parse(approvalPage).QuerySelector("link[rel=icon]")?.GetAttribute("href");
        Assert.Equal(fromDashboard, fromApprovalPage);
        Assert.StartsWith("/assets/favicon.svg?v=", fromDashboard, StringComparison.Ordinal);

        using var response = await GetAsync(client, fromDashboard, "gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.StartsWith("<svg", System.Text.Encoding.UTF8.GetString(Decode(await response.Content.ReadAsByteArrayAsync(), "gzip")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_WithTokensOrEchoedInput_AreNeverCompressed()
    {
        using var client = app.NewClient();

        // The approval page carries its token in its form; the dashboard echoes names and ids.
        using var approvalPage = await GetAsync(client, await ApprovalLinkAsync(), "br, gzip");
        using var dashboard = await GetAsync(client, "/", "br, gzip");

        foreach (var page in new[] { approvalPage, dashboard })
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.StartsWith("text/html", page.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
            Assert.Empty(page.Content.Headers.ContentEncoding);
        }
    }

    private async Task<string> ApprovalLinkAsync()
    {
        await app.CreateCohortAsync(["E007"]);
        return AppHost.LinkIn(await app.WaitForEmailAsync("E007", "posting-invitation"));
    }

    /// <summary>The stylesheet as the pages people open from emails link it (the dashboard's is inline).</summary>
    private async Task<string> StylesheetUrlAsync(HttpClient client)
        => Pages.Parse(await client.GetStringAsync(new Uri(await ApprovalLinkAsync()))).QuerySelector("link[rel=stylesheet]")?.GetAttribute("href")
            ?? throw new InvalidOperationException("The approval page links no stylesheet.");

    private static async Task<string> LinkedUrlAsync(HttpClient client, string selector)
        => Pages.Parse(await client.GetStringAsync(string.Empty)).QuerySelector(selector)?.GetAttribute("href")
            ?? throw new InvalidOperationException($"The dashboard has no {selector}.");

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await client.SendAsync(request);
    }

    private static async Task<(HttpStatusCode Status, byte[] Body)> GetBytesAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var response = await GetAsync(client, url, acceptEncoding);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    private static byte[] Decode(byte[] body, string? encoding)
    {
        if (encoding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
