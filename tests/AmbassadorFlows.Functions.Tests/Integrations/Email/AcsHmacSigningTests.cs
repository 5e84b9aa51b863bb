using System.Net;
using AmbassadorFlows.Functions.Integrations.Email.Acs;
using AmbassadorFlows.Functions.Tests.Integrations.Support;
using Azure;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace AmbassadorFlows.Functions.Tests.Integrations.Email;

/// <summary>The worked example from the ACS brief (§1.4), end to end through the client.</summary>
public class AcsHmacSigningTests
{
    private const string AccessKey = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private const string OperationId = "8540c0de-899f-5cce-acb5-3ec493af3800";

    [Fact]
    public async Task SendAsync_BriefTestVector_SendsExactBodyHashAndSignature()
    {
        var handler = new CapturingHandler(r => r.Method == HttpMethod.Post
            ? CapturingHandler.Json(HttpStatusCode.Accepted, $$"""{"id":"{{OperationId}}","status":"Running"}""")
            : CapturingHandler.Json(HttpStatusCode.OK, $$"""{"id":"{{OperationId}}","status":"Succeeded"}"""));
        var client = VectorClient(handler);
        var message = new AcsEmailMessage("DoNotReply@contoso.com", "a@b.com", new EmailContent("Hi") { PlainText = "Hello" });

        await client.SendAsync(WaitUntil.Started, message, Guid.Parse(OperationId));

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(
            """{"senderAddress":"DoNotReply@contoso.com","recipients":{"to":[{"address":"a@b.com"}]},"content":{"subject":"Hi","plainText":"Hello"}}""",
            System.Text.Encoding.UTF8.GetString(body));
        Assert.Equal("https://contoso.communication.azure.com/emails:send?api-version=2025-09-01", request.RequestUri!.AbsoluteUri);
        Assert.Equal("Mon, 01 Jan 2024 00:00:00 GMT", Header(request, "x-ms-date"));
        Assert.Equal("eRLfiC16ObNd0/kT8B37p2/jPcunWFrblOCXUUe3yL4=", Header(request, "x-ms-content-sha256"));
        Assert.Equal(
            "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=NIlQHJ4tblxvAn5DQybFDHJhi6QNh4m2pSj7euA+Z80=",
            Header(request, "Authorization"));
        Assert.Equal(OperationId, Header(request, "Operation-Id"));
    }

    [Fact]
    public async Task UpdateStatusAsync_BriefTestVector_SignsEmptyBodyGet()
    {
        var handler = new CapturingHandler(r => r.Method == HttpMethod.Post
            ? CapturingHandler.Json(HttpStatusCode.Accepted, $$"""{"id":"{{OperationId}}","status":"Running"}""")
            : CapturingHandler.Json(HttpStatusCode.OK, $$"""{"id":"{{OperationId}}","status":"Succeeded"}"""));
        var client = VectorClient(handler);
        var operation = await client.SendAsync(
            WaitUntil.Started,
            new AcsEmailMessage("DoNotReply@contoso.com", "a@b.com", new EmailContent("Hi") { PlainText = "Hello" }),
            Guid.Parse(OperationId));

        await operation.UpdateStatusAsync();

        var (request, _) = handler.Requests.Last();
        Assert.Equal($"https://contoso.communication.azure.com/emails/operations/{OperationId}?api-version=2025-09-01", request.RequestUri!.AbsoluteUri);
        Assert.Equal("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", Header(request, "x-ms-content-sha256"));
        Assert.EndsWith("&Signature=t3Appk6Ipl1//dotAKhjmtHkypBQkQ3Y2JBiOt/+oSg=", Header(request, "Authorization"), StringComparison.Ordinal);
        Assert.Equal(EmailSendStatus.Succeeded, operation.Value.Status);
    }

    private static EmailClient VectorClient(CapturingHandler handler) => new(
        new Uri("https://contoso.communication.azure.com/"),
        new AzureKeyCredential(AccessKey),
        new EmailClientOptions
        {
            TimeProvider = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Transport = new HttpClientTransport(new HttpClient(handler)),
        });

    private static string Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : request.Content?.Headers.TryGetValues(name, out var contentValues) == true ? string.Join(",", contentValues)
        : throw new Xunit.Sdk.XunitException($"Header {name} missing");
}
