using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace AmbassadorFlows.Functions.Tests.Integrations.Support;

/// <summary>An in-memory HTTP endpoint: records every request (with its body bytes) and answers
/// from a function. For hosts a loopback server cannot pose as (the brief's test vector host,
/// or https for bearer auth).</summary>
internal sealed class CapturingHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    public ConcurrentQueue<(HttpRequestMessage Request, byte[] Body)> Requests { get; } = new();

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Enqueue((request, body));
        var response = respond(request);
        response.RequestMessage = request;
        return response;
    }
}
