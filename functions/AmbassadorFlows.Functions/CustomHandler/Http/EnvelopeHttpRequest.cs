using System.Security.Claims;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Functions.CustomHandler.Envelope;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AmbassadorFlows.Functions.CustomHandler.Http;

/// <summary>The original HTTP request, as the host puts it in <c>Data.req</c>:
/// <c>{Url, Method, Query, Headers, Params, Identities, Body}</c>. Url is the caller's full URL
/// (route prefix included), so it is the source of path and query; Query/Params are only fallbacks.
/// Body is text, or base64 for octet-stream and multipart content; it is absent when empty.</summary>
public sealed record EnvelopeHttpRequest(
    string Method,
    string Scheme,
    HostString Host,
    PathString Path,
    QueryString Query,
    IReadOnlyDictionary<string, StringValues> Headers,
    byte[] Body,
    ClaimsPrincipal? User)
{
    public const string BindingName = "req";

    /// <exception cref="InvalidOperationException">There is no request object in the envelope.</exception>
    public static EnvelopeHttpRequest From(InvocationRequest envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var req = EnvelopeValues.ReadObject(envelope.GetData(BindingName))
            ?? envelope.DataEntries.Select(p => EnvelopeValues.ReadObject(p.Value))
                .FirstOrDefault(o => EnvelopeValues.Property(o, "Method") is not null && EnvelopeValues.Property(o, "Url") is not null)
            ?? throw new InvalidOperationException($"Data.{BindingName} (the HTTP request) is missing.");

        var method = EnvelopeValues.ReadString(EnvelopeValues.Property(req, "Method"))?.ToUpperInvariant() ?? HttpMethods.Get;
        var headers = ReadHeaders(EnvelopeValues.Property(req, "Headers"));
        var url = EnvelopeValues.ReadString(EnvelopeValues.Property(req, "Url"));
        string scheme = "https";
        HostString host = headers.TryGetValue(HeaderNames.Host, out var hostHeader) ? new HostString(hostHeader.ToString()) : default;
        PathString path;
        QueryString query;
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            scheme = uri.Scheme;
            host = HostString.FromUriComponent(uri);
            path = PathString.FromUriComponent(uri);
            query = QueryString.FromUriComponent(uri);
        }
        else
        {
            path = url is not null && url.StartsWith('/') ? new PathString(url.Split('?')[0]) : PathString.Empty;
            query = ReadQuery(EnvelopeValues.ReadObject(EnvelopeValues.Property(req, "Query")));
        }

        var contentType = headers.TryGetValue(HeaderNames.ContentType, out var ct) ? ct.ToString() : null;
        var body = ReadBody(EnvelopeValues.Property(req, "Body"), contentType);
        return new EnvelopeHttpRequest(method, scheme, host, path, query, headers, body, ReadUser(EnvelopeValues.Property(req, "Identities")));
    }

    private static Dictionary<string, StringValues> ReadHeaders(JsonElement? headers)
    {
        var result = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var obj = EnvelopeValues.ReadObject(headers);
        if (obj is not { } element)
        {
            return result;
        }

        foreach (var header in element.EnumerateObject())
        {
            // Data.req.Headers has arrays of strings; Metadata.Headers has plain strings.
            result[header.Name] = header.Value.ValueKind == JsonValueKind.Array
                ? new StringValues(header.Value.EnumerateArray().Select(v => EnvelopeValues.ReadString(v) ?? string.Empty).ToArray())
                : new StringValues(EnvelopeValues.ReadString(header.Value));
        }

        return result;
    }

    private static QueryString ReadQuery(JsonElement? query)
    {
        if (query is not { } element)
        {
            return QueryString.Empty;
        }

        var builder = new QueryBuilder();
        foreach (var pair in element.EnumerateObject())
        {
            builder.Add(pair.Name, EnvelopeValues.ReadString(pair.Value) ?? string.Empty);
        }

        return builder.ToQueryString();
    }

    private static byte[] ReadBody(JsonElement? body, string? contentType)
    {
        if (body is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            // Some hosts parse JSON bodies into objects; send the JSON text on.
            return Encoding.UTF8.GetBytes(element.GetRawText());
        }

        var text = element.GetString()!;
        if (IsOctetOrMultipart(contentType))
        {
            try
            {
                return Convert.FromBase64String(text);
            }
            catch (FormatException)
            {
                // Not base64 after all: pass the text on.
            }
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private static bool IsOctetOrMultipart(string? contentType)
        => contentType is not null
           && (contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
               || contentType.Contains("multipart/", StringComparison.OrdinalIgnoreCase));

    /// <summary>App Service authentication (EasyAuth) identities, when the host sends them.</summary>
    private static ClaimsPrincipal? ReadUser(JsonElement? identities)
    {
        if (identities is not { ValueKind: JsonValueKind.Array } array)
        {
            return null;
        }

        var result = new List<ClaimsIdentity>();
        foreach (var identity in array.EnumerateArray())
        {
            var authenticated = EnvelopeValues.Property(identity, "IsAuthenticated") is { ValueKind: JsonValueKind.True };
            var type = EnvelopeValues.ReadString(EnvelopeValues.Property(identity, "AuthenticationType"));
            if (!authenticated || string.IsNullOrEmpty(type))
            {
                continue;
            }

            var claims = new List<Claim>();
            if (EnvelopeValues.Property(identity, "Claims") is { ValueKind: JsonValueKind.Array } claimArray)
            {
                foreach (var claim in claimArray.EnumerateArray())
                {
                    var claimType = EnvelopeValues.ReadString(EnvelopeValues.Property(claim, "Type"));
                    var value = EnvelopeValues.ReadString(EnvelopeValues.Property(claim, "Value"));
                    if (claimType is not null && value is not null)
                    {
                        claims.Add(new Claim(claimType, value));
                    }
                }
            }

            result.Add(new ClaimsIdentity(claims, type));
        }

        return result.Count == 0 ? null : new ClaimsPrincipal(result);
    }
}
