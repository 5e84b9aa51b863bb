using System.Net;
using System.Net.Mime;
using System.Text;
using System.Text.Json.Nodes;
using AmbassadorFlows.Functions.CustomHandler.Envelope;
using AmbassadorFlows.Functions.FunctionMetadata;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace AmbassadorFlows.Functions.CustomHandler.Http;

/// <summary>
/// Runs an HTTP function envelope through the app's own ASP.NET Core pipeline, so each endpoint is
/// written once as a minimal-API route and behaves the same in both modes. The envelope's request
/// becomes a fresh HttpContext (method, path and query from the original URL, headers, body, EasyAuth
/// user); the captured status, headers and body go back in <c>Outputs.res</c>.
/// Limits: the body travels as text (the host's http output has no binary form), multi-valued
/// response headers are joined with ", ", and nothing is streamed.
/// </summary>
public sealed class HttpFunctionDispatcher(
    IHttpContextFactory contextFactory,
    CustomHandlerPipeline pipeline,
    ILogger<HttpFunctionDispatcher> logger)
{
    /// <summary>The output binding name in the generated function.json.</summary>
    public const string ResponseBindingName = "res";

    private static readonly HashSet<string> SkippedResponseHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        // The host frames the response itself.
        HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Connection,
    };

    public async Task<InvocationResponse> DispatchAsync(HttpFunctionDescriptor function, InvocationRequest envelope, HttpContext outer)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(outer);
        var request = EnvelopeHttpRequest.From(envelope);
        var responseFeature = new EnvelopeResponseFeature();
        using var responseBody = new MemoryStream();
        var features = CreateFeatures(request, responseFeature, responseBody, outer);
        var context = contextFactory.Create(features);
        try
        {
            if (request.User is { } user)
            {
                context.User = user;
            }

            try
            {
                await pipeline.Invoke(context).ConfigureAwait(false);
                await responseFeature.StartAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (!outer.RequestAborted.IsCancellationRequested)
            {
                // Normally the app's exception handler answers; without one we still owe the caller a reply.
                logger.LogError(ex, "HTTP function {FunctionName} threw for {Method} {Path}.", function.Name, request.Method, request.Path);
                return Reply(StatusCodes.Status500InternalServerError, new Dictionary<string, string> { [HeaderNames.ContentType] = "application/problem+json" },
                    """{"type":"about:blank","title":"An unexpected error occurred.","status":500}""");
            }

            var matched = context.GetEndpoint()?.Metadata.GetMetadata<FunctionEndpoint>()?.Name;
            if (matched is not null && !string.Equals(matched, function.Name, StringComparison.OrdinalIgnoreCase))
            {
                logger.LogWarning("HTTP function {FunctionName} was invoked, but {Path} is the route of {MatchedFunction}.", function.Name, request.Path, matched);
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in responseFeature.Headers)
            {
                if (!SkippedResponseHeaders.Contains(header.Key))
                {
                    headers[header.Key] = header.Value.ToString();
                }
            }

            var contentType = responseFeature.Headers.ContentType.ToString();
            if (responseBody.Length > 0 && !IsText(contentType))
            {
                logger.LogWarning("HTTP function {FunctionName} returned {ContentType}; the host's http output carries text, so binary content is not supported.", function.Name, contentType);
            }

            return Reply(responseFeature.StatusCode, headers, Encoding.UTF8.GetString(responseBody.GetBuffer(), 0, (int)responseBody.Length));
        }
        finally
        {
            await responseFeature.CompleteAsync().ConfigureAwait(false);
            contextFactory.Dispose(context);
        }
    }

    private static FeatureCollection CreateFeatures(EnvelopeHttpRequest request, EnvelopeResponseFeature response, MemoryStream responseBody, HttpContext outer)
    {
        IHeaderDictionary headers = new HeaderDictionary();
        foreach (var (name, value) in request.Headers)
        {
            headers[name] = value;
        }

        if (!request.Host.HasValue)
        {
            headers.Host = "localhost";
        }
        else
        {
            headers.Host = request.Host.ToUriComponent();
        }

        headers.ContentLength = request.Body.Length;
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Protocol = "HTTP/1.1",
            Scheme = request.Scheme,
            Method = request.Method,
            PathBase = string.Empty,
            Path = request.Path.HasValue ? request.Path.Value! : "/",
            QueryString = request.Query.Value ?? string.Empty,
            RawTarget = request.Path.ToUriComponent() + request.Query.ToUriComponent(),
            Headers = headers,
            Body = new MemoryStream(request.Body, writable: false),
        });
        response.Body = responseBody;
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(responseBody));
        features.Set<IHttpRequestBodyDetectionFeature>(new BodyDetection(request.Body.Length > 0));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = outer.RequestAborted });
        features.Set<IHttpRequestIdentifierFeature>(new HttpRequestIdentifierFeature { TraceIdentifier = outer.TraceIdentifier });
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            RemoteIpAddress = ClientAddress(request) ?? IPAddress.Loopback,
            LocalIpAddress = IPAddress.Loopback,
            ConnectionId = outer.Connection.Id,
        });
        return features;
    }

    /// <summary>The caller's address as the Azure front end reports it (first X-Forwarded-For hop).</summary>
    private static IPAddress? ClientAddress(EnvelopeHttpRequest request)
    {
        if (!request.Headers.TryGetValue("X-Forwarded-For", out var forwarded))
        {
            return null;
        }

        var first = forwarded.ToString().Split(',')[0].Trim();
        if (IPEndPoint.TryParse(first, out var endpoint))
        {
            return endpoint.Address;
        }

        return IPAddress.TryParse(first, out var address) ? address : null;
    }

    private static bool IsText(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }

        var media = contentType.Split(';')[0].Trim();
        return media.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
               || media.EndsWith("json", StringComparison.OrdinalIgnoreCase)
               || media.EndsWith("xml", StringComparison.OrdinalIgnoreCase)
               || media.Equals(MediaTypeNames.Application.FormUrlEncoded, StringComparison.OrdinalIgnoreCase)
               || media.Contains("javascript", StringComparison.OrdinalIgnoreCase);
    }

    private static InvocationResponse Reply(int statusCode, Dictionary<string, string> headers, string body)
    {
        var headerObject = new JsonObject();
        foreach (var (name, value) in headers)
        {
            headerObject[name] = value;
        }

        return new InvocationResponse
        {
            Outputs = new Dictionary<string, JsonNode?>
            {
                // The host reads this into HttpOutputBindingResponse {StatusCode (string), Headers, Body}.
                [ResponseBindingName] = new JsonObject
                {
                    ["statusCode"] = statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["headers"] = headerObject,
                    ["body"] = body,
                },
            },
        };
    }

    /// <summary>Minimal APIs read a body only when the server says the request can have one.</summary>
    private sealed class BodyDetection(bool canHaveBody) : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody { get; } = canHaveBody;
    }
}
