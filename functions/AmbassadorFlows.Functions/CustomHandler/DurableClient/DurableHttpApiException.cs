using System.Net;

namespace AmbassadorFlows.Functions.CustomHandler.DurableClient;

/// <summary>The Durable HTTP API answered with a status the client has no meaning for.</summary>
public sealed class DurableHttpApiException(HttpStatusCode statusCode, string operation, string? body)
    : InvalidOperationException($"Durable HTTP API {operation} failed with {(int)statusCode} {statusCode}: {Truncate(body)}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public string? ResponseBody { get; } = body;

    private static string Truncate(string? body)
        => body is null ? string.Empty : body.Length <= 500 ? body : body[..500] + "…";
}
