using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AmbassadorFlows.Functions.Integrations.Email.Acs;

/// <summary>ACS access-key authentication, as the Azure SDK signs it:
/// <c>"{VERB}\n{pathAndQuery}\n{x-ms-date};{host};{x-ms-content-sha256}"</c>, HMAC-SHA256 with the
/// base64-decoded key, ASCII-encoded. Runs per attempt so each retry carries a fresh date.</summary>
internal sealed class AcsHmacAuthenticationPolicy(AzureKeyCredential credential, TimeProvider time) : HttpPipelinePolicy
{
    public const string SignedHeaders = "x-ms-date;host;x-ms-content-sha256";

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        SignAsync(message, async: false).AsTask().GetAwaiter().GetResult();
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await SignAsync(message, async: true).ConfigureAwait(false);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    /// <summary>Base64 SHA-256 of the exact body bytes.</summary>
    public static string ContentHash(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    public static string StringToSign(string method, string pathAndQuery, string date, string host, string contentHash) =>
        $"{method}\n{pathAndQuery}\n{date};{host};{contentHash}";

    public static string Sign(string accessKey, string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(accessKey), Encoding.ASCII.GetBytes(stringToSign)));

    private async ValueTask SignAsync(HttpMessage message, bool async)
    {
        byte[] body = [];
        if (message.Request.Content is { } content)
        {
            using var buffer = new MemoryStream();
            if (async)
            {
                await content.WriteToAsync(buffer, message.CancellationToken).ConfigureAwait(false);
            }
            else
            {
                content.WriteTo(buffer, message.CancellationToken);
            }

            body = buffer.ToArray();
        }

        var uri = message.Request.Uri.ToUri();
        var date = time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var hash = ContentHash(body);
        var signature = Sign(credential.Key, StringToSign(message.Request.Method.Method, uri.PathAndQuery, date, uri.Authority, hash));
        message.Request.Headers.SetValue("x-ms-date", date);
        message.Request.Headers.SetValue("x-ms-content-sha256", hash);
        message.Request.Headers.SetValue("Date", date);
        message.Request.Headers.SetValue("Authorization", $"HMAC-SHA256 SignedHeaders={SignedHeaders}&Signature={signature}");
    }
}
