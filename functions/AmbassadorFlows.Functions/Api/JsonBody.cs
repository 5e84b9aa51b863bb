using System.Text.Json;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Web;
using Microsoft.AspNetCore.Http.Features;

namespace AmbassadorFlows.Functions.Api;

/// <summary>An HR API request's JSON body, or the problem to answer instead: 415 when it is not
/// JSON, 413 above <see cref="LocalModeOptions.MaxRequestBytes"/> (also while reading a chunked body
/// without a length), 400 when malformed. Nothing is started before the body is whole.</summary>
public static class JsonBody
{
    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpContext context, LocalModeOptions options, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (context.Request.ContentType is not { } contentType || !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ProblemResponses.Problem(StatusCodes.Status415UnsupportedMediaType, "JSON expected", $"Send {what} as application/json."));
        }

        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            return (null, TooLarge(options));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBytes;
        }

        try
        {
            return (await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = 16 }, cancellationToken), null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(options));
        }
        catch (JsonException ex)
        {
            return (null, ProblemResponses.Problem(StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not valid JSON: {ex.Message}"));
        }
    }

    private static IResult TooLarge(LocalModeOptions options)
        => ProblemResponses.Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The body is larger than {options.MaxRequestBytes} bytes.");
}
