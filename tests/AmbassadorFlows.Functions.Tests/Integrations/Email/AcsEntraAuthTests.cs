using System.Net;
using AmbassadorFlows.Functions.Integrations.Email.Acs;
using AmbassadorFlows.Functions.Tests.Integrations.Support;
using Azure;
using Azure.Core.Pipeline;

namespace AmbassadorFlows.Functions.Tests.Integrations.Email;

/// <summary>Azure.Core refuses bearer tokens over plain http, so this uses an in-memory https
/// endpoint rather than the loopback WireMock server.</summary>
public class AcsEntraAuthTests
{
    [Fact]
    public async Task SendAsync_TokenCredential_SendsBearerForAcsScopeAndNoHmacHeaders()
    {
        var handler = new CapturingHandler(_ => CapturingHandler.Json(HttpStatusCode.Accepted, """{"id":"op-1","status":"Running"}"""));
        var credential = new FakeTokenCredential("token-abc");
        var client = new EmailClient(
            new Uri("https://contoso.communication.azure.com"),
            credential,
            new EmailClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) });

        var operation = await client.SendAsync(
            WaitUntil.Started,
            new AcsEmailMessage("DoNotReply@contoso.com", "a@b.com", new EmailContent("Hi") { Html = "<p>Hi</p>" }));

        var (request, _) = Assert.Single(handler.Requests);
        Assert.Equal("Bearer", request.Headers.Authorization?.Scheme);
        Assert.Equal("token-abc", request.Headers.Authorization?.Parameter);
        Assert.False(request.Headers.Contains("x-ms-content-sha256"));
        Assert.Equal(["https://communication.azure.com//.default"], credential.RequestedScopes.Distinct());
        Assert.True(Guid.TryParse(request.Headers.GetValues("Operation-Id").Single(), out _));
        Assert.Equal("op-1", operation.Id);
    }
}
