using System.Text;
using AmbassadorFlows.Functions.Integrations.Email.Acs;
using Azure;
using WireMock;
using WireMock.Server;

namespace AmbassadorFlows.Functions.Tests.Integrations.Support;

/// <summary>WireMock.Net standing in for an ACS resource, plus an EmailClient pointed at it.</summary>
internal sealed class AcsFake : IDisposable
{
    public const string AccessKey = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    public AcsFake()
    {
        Server = WireMockServer.Start();
    }

    public WireMockServer Server { get; }

    public InstantTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public EmailClient Client(int maxRetries = 5) => new(
        new Uri(Server.Url!),
        new AzureKeyCredential(AccessKey),
        new EmailClientOptions { TimeProvider = Time, MaxRetries = maxRetries });

    public IReadOnlyList<IRequestMessage> Requests(string method, string path) =>
        Server.LogEntries
            .Select(e => e.RequestMessage)
            .Where(r => r.Method == method && r.Path == path)
            .OrderBy(r => r.DateTime)
            .ToList();

    public static string Header(IRequestMessage request, string name) =>
        request.Headers!.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"Header {name} missing");

    public static byte[] Body(IRequestMessage request) =>
        request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? string.Empty);

    /// <summary>The signature recomputed independently from what the server received.</summary>
    public static string ExpectedAuthorization(IRequestMessage request)
    {
        var uri = new Uri(request.Url);
        var contentHash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Body(request)));
        var stringToSign = $"{request.Method}\n{uri.PathAndQuery}\n{Header(request, "x-ms-date")};{Header(request, "Host")};{contentHash}";
        var signature = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(
            Convert.FromBase64String(AccessKey), Encoding.ASCII.GetBytes(stringToSign)));
        return $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}";
    }

    public void Dispose() => Server.Stop();
}
