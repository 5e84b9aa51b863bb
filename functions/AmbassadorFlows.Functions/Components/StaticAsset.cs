using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace AmbassadorFlows.Functions.Components;

/// <summary>
/// One embedded file served the same way by both modes: compressed once at start-up (Brotli and gzip,
/// chosen by the request's Accept-Encoding, as neither host compresses for us), linked by a URL naming its
/// content hash so it can be cached for a year, with an ETag for clients that revalidate anyway. Only
/// for public, constant files: pages that carry tokens or echo input are never compressed (BREACH).
/// </summary>
public sealed class StaticAsset
{
    private const string Immutable = "public, max-age=31536000, immutable";

    private readonly byte[] _identity;
    private readonly byte[] _brotli;
    private readonly byte[] _gzip;
    private readonly string _contentType;
    private readonly string _etag;

    public StaticAsset(string route, string resourceName, string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(route);
        _identity = Load(resourceName);
        _contentType = contentType;
        var hash = Convert.ToHexStringLower(SHA256.HashData(_identity))[..12];
        _etag = $"\"{hash}\"";
        Url = $"/{route}?v={hash}";
        _brotli = Compress(_identity, s => new BrotliStream(s, CompressionLevel.SmallestSize, leaveOpen: true));
        _gzip = Compress(_identity, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true));
    }

    /// <summary>The URL pages link to, e.g. <c>/assets/site.css?v=1a2b3c4d5e6f</c>.</summary>
    public string Url { get; }

    public IResult Serve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.CacheControl = Immutable;
        headers.ETag = _etag;
        // Caches must keep the encodings apart, or a gzip body would reach a client that cannot read it.
        headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v.Contains(_etag, StringComparison.Ordinal) || v.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var (encoding, body) = Negotiate(context.Request.Headers.AcceptEncoding);
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return Results.Bytes(body, _contentType);
    }

    /// <summary>Brotli over gzip over none, each only if the client accepts it with a nonzero quality.</summary>
    private (string? Encoding, byte[] Body) Negotiate(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        var accepted = StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var values)
            ? values.Where(v => v.Quality is not 0).Select(v => v.Value.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        return accepted.Contains("br") ? ("br", _brotli)
            : accepted.Contains("gzip") ? ("gzip", _gzip)
            : (null, _identity);
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer))
        {
            stream.Write(content);
        }

        return buffer.ToArray();
    }

    private static byte[] Load(string resourceName)
    {
        using var stream = typeof(StaticAsset).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
