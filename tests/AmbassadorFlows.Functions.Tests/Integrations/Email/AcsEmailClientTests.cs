using System.Text.Json;
using AmbassadorFlows.Functions.Integrations.Email.Acs;
using AmbassadorFlows.Functions.Tests.Integrations.Support;
using Azure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WmResponse = WireMock.ResponseBuilders.Response;

namespace AmbassadorFlows.Functions.Tests.Integrations.Email;

public sealed class AcsEmailClientTests : IDisposable
{
    private const string SendPath = "/emails:send";
    private static readonly Guid OperationId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private readonly AcsFake _acs = new();

    public void Dispose() => _acs.Dispose();

    [Fact]
    public async Task SendAsync_AccessKey_PostsSignedJsonWithOperationId()
    {
        GivenSendAccepted();
        var message = new AcsEmailMessage(
            "DoNotReply@contoso.azurecomm.net",
            new EmailRecipients([new AcsEmailAddress("ann@contoso.com", "Ann")], [new AcsEmailAddress("hr@contoso.com")]),
            new EmailContent("Welcome") { PlainText = "Hello Ann", Html = "<p>Hello Ann</p>" });
        message.Attachments.Add(new AcsEmailAttachment("invite.ics", "text/calendar; method=REQUEST", BinaryData.FromString("BEGIN:VCALENDAR")));

        var operation = await _acs.Client().SendAsync(WaitUntil.Started, message, OperationId);

        Assert.Equal(OperationId.ToString(), operation.Id);
        var request = Assert.Single(_acs.Requests("POST", SendPath));
        Assert.Equal("2025-09-01", request.Query!["api-version"].Single());
        Assert.Equal(OperationId.ToString(), AcsFake.Header(request, "Operation-Id"));
        Assert.StartsWith("application/json", AcsFake.Header(request, "Content-Type"), StringComparison.Ordinal);
        Assert.Equal(
            Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(AcsFake.Body(request))),
            AcsFake.Header(request, "x-ms-content-sha256"));
        Assert.Equal("Mon, 02 Mar 2026 09:00:00 GMT", AcsFake.Header(request, "x-ms-date"));
        Assert.Equal(AcsFake.ExpectedAuthorization(request), AcsFake.Header(request, "Authorization"));

        using var body = JsonDocument.Parse(AcsFake.Body(request));
        var root = body.RootElement;
        Assert.Equal("DoNotReply@contoso.azurecomm.net", root.GetProperty("senderAddress").GetString());
        Assert.Equal("ann@contoso.com", root.GetProperty("recipients").GetProperty("to")[0].GetProperty("address").GetString());
        Assert.Equal("Ann", root.GetProperty("recipients").GetProperty("to")[0].GetProperty("displayName").GetString());
        Assert.Equal("hr@contoso.com", root.GetProperty("recipients").GetProperty("cc")[0].GetProperty("address").GetString());
        Assert.Equal("Welcome", root.GetProperty("content").GetProperty("subject").GetString());
        Assert.Equal("Hello Ann", root.GetProperty("content").GetProperty("plainText").GetString());
        Assert.Equal("<p>Hello Ann</p>", root.GetProperty("content").GetProperty("html").GetString());
        var attachment = root.GetProperty("attachments")[0];
        Assert.Equal("invite.ics", attachment.GetProperty("name").GetString());
        Assert.Equal("text/calendar; method=REQUEST", attachment.GetProperty("contentType").GetString());
        Assert.Equal("BEGIN:VCALENDAR", System.Text.Encoding.UTF8.GetString(attachment.GetProperty("contentInBase64").GetBytesFromBase64()));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task SendAsync_ThrottledThenAccepted_WaitsRetryAfterAndResendsSameOperationId(int throttleStatus)
    {
        _acs.Server.Given(Request.Create().WithPath(SendPath).UsingPost())
            .InScenario("throttle").WillSetStateTo("open")
            .RespondWith(WmResponse.Create().WithStatusCode(throttleStatus).WithHeader("Retry-After", "7")
                .WithBody("""{"error":{"code":"TooManyRequests","message":"slow down"}}"""));
        _acs.Server.Given(Request.Create().WithPath(SendPath).UsingPost())
            .InScenario("throttle").WhenStateIs("open")
            .RespondWith(Accepted("Running"));

        var operation = await _acs.Client().SendAsync(WaitUntil.Started, Simple(), OperationId);

        var requests = _acs.Requests("POST", SendPath);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(OperationId.ToString(), AcsFake.Header(r, "Operation-Id")));
        Assert.All(requests, r => Assert.Equal(AcsFake.ExpectedAuthorization(r), AcsFake.Header(r, "Authorization")));
        Assert.Equal([TimeSpan.FromSeconds(7)], _acs.Time.Waits);
        Assert.Equal(OperationId.ToString(), operation.Id);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondMaxDelay_SurfacesThrottleWithoutWaiting()
    {
        _acs.Server.Given(Request.Create().WithPath(SendPath).UsingPost())
            .RespondWith(WmResponse.Create().WithStatusCode(429).WithHeader("Retry-After", "3600")
                .WithBody("""{"error":{"code":"TooManyRequests","message":"hourly quota"}}"""));

        var ex = await Assert.ThrowsAsync<AcsEmailException>(() => _acs.Client().SendAsync(WaitUntil.Started, Simple(), OperationId));

        Assert.Equal(429, ex.Status);
        Assert.Equal("TooManyRequests", ex.ErrorCode);
        Assert.Single(_acs.Requests("POST", SendPath));
        Assert.Empty(_acs.Time.Waits);
    }

    [Fact]
    public async Task SendAsync_ServerErrorPersists_ThrowsWithServiceCodeAndMessageAfterRetries()
    {
        _acs.Server.Given(Request.Create().WithPath(SendPath).UsingPost())
            .RespondWith(WmResponse.Create().WithStatusCode(500).WithHeader("x-ms-error-code", "InternalServerError")
                .WithBody("""{"error":{"code":"InternalServerError","message":"Something broke inside ACS"}}"""));

        var ex = await Assert.ThrowsAsync<AcsEmailException>(() => _acs.Client(maxRetries: 2).SendAsync(WaitUntil.Started, Simple(), OperationId));

        Assert.Equal(500, ex.Status);
        Assert.Equal("InternalServerError", ex.ErrorCode);
        Assert.Contains("Something broke inside ACS", ex.Message, StringComparison.Ordinal);
        Assert.Equal(OperationId.ToString(), ex.OperationId);
        Assert.Equal(3, _acs.Requests("POST", SendPath).Count);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], _acs.Time.Waits);
    }

    [Fact]
    public async Task SendAsync_BadRequest_ThrowsAtOnceWithoutRetry()
    {
        _acs.Server.Given(Request.Create().WithPath(SendPath).UsingPost())
            .RespondWith(WmResponse.Create().WithStatusCode(400)
                .WithBody("""{"error":{"code":"InvalidSenderAddress","message":"Sender not verified"}}"""));

        var ex = await Assert.ThrowsAsync<AcsEmailException>(() => _acs.Client().SendAsync(WaitUntil.Started, Simple(), OperationId));

        Assert.Equal(400, ex.Status);
        Assert.Equal("InvalidSenderAddress", ex.ErrorCode);
        Assert.Contains("Sender not verified", ex.Message, StringComparison.Ordinal);
        Assert.Single(_acs.Requests("POST", SendPath));
    }

    [Fact]
    public async Task SendAsync_WaitUntilCompleted_PollsHonouringRetryAfterUntilSucceeded()
    {
        GivenSendAccepted(retryAfter: "3");
        var statusPath = $"/emails/operations/{OperationId}";
        _acs.Server.Given(Request.Create().WithPath(statusPath).UsingGet().WithParam("api-version", "2025-09-01"))
            .InScenario("poll").WillSetStateTo("done")
            .RespondWith(Status("Running", retryAfter: "2"));
        _acs.Server.Given(Request.Create().WithPath(statusPath).UsingGet())
            .InScenario("poll").WhenStateIs("done")
            .RespondWith(Status("Succeeded"));

        var operation = await _acs.Client().SendAsync(WaitUntil.Completed, Simple(), OperationId);

        Assert.True(operation.HasCompleted);
        Assert.Equal(EmailSendStatus.Succeeded, operation.Value.Status);
        var polls = _acs.Requests("GET", statusPath);
        Assert.Equal(2, polls.Count);
        Assert.All(polls, r => Assert.Equal(AcsFake.ExpectedAuthorization(r), AcsFake.Header(r, "Authorization")));
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2)], _acs.Time.Waits);
    }

    [Fact]
    public async Task WaitForCompletionAsync_OperationFails_ThrowsWithServiceErrorAndKeepsResult()
    {
        GivenSendAccepted();
        _acs.Server.Given(Request.Create().WithPath($"/emails/operations/{OperationId}").UsingGet())
            .RespondWith(WmResponse.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
                $$$"""{"id":"{{{OperationId}}}","status":"Failed","error":{"code":"EmailDropped","message":"Recipient mailbox is full"}}"""));
        var operation = await _acs.Client().SendAsync(WaitUntil.Started, Simple(), OperationId);

        var ex = await Assert.ThrowsAsync<AcsEmailException>(async () => await operation.WaitForCompletionAsync());

        Assert.Equal("EmailDropped", ex.ErrorCode);
        Assert.Equal(EmailSendStatus.Failed, ex.OperationStatus);
        Assert.Contains("Recipient mailbox is full", ex.Message, StringComparison.Ordinal);
        Assert.Equal(EmailSendStatus.Failed, operation.Value.Status);
        Assert.Equal("EmailDropped", operation.Value.Error?.Code);
    }

    [Fact]
    public async Task SendAsync_ApiVersionConfigured_UsesItForSendAndStatus()
    {
        _acs.Server.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Accepted("Running"));
        _acs.Server.Given(Request.Create().WithPath($"/emails/operations/{OperationId}").UsingGet()).RespondWith(Status("Succeeded"));
        var client = new EmailClient(
            new Uri(_acs.Server.Url!),
            new AzureKeyCredential(AcsFake.AccessKey),
            new EmailClientOptions { TimeProvider = _acs.Time, ApiVersion = "2023-03-31" });

        await client.SendAsync(WaitUntil.Completed, Simple(), OperationId);

        Assert.All(_acs.Server.LogEntries, e => Assert.Equal("2023-03-31", e.RequestMessage.Query!["api-version"].Single()));
        Assert.Equal(2, _acs.Server.LogEntries.Count());
    }

    [Fact]
    public async Task SendAsync_NoBody_ThrowsBeforeSending()
    {
        var message = new AcsEmailMessage("a@contoso.com", "b@contoso.com", new EmailContent("Subject"));

        await Assert.ThrowsAsync<ArgumentException>(() => _acs.Client().SendAsync(WaitUntil.Started, message));
        Assert.Empty(_acs.Server.LogEntries);
    }

    private static AcsEmailMessage Simple() =>
        new("DoNotReply@contoso.azurecomm.net", "ann@contoso.com", new EmailContent("Hi") { PlainText = "Hello" });

    private void GivenSendAccepted(string retryAfter = "1") =>
        _acs.Server.Given(Request.Create().WithPath(SendPath).UsingPost().WithParam("api-version", "2025-09-01"))
            .RespondWith(Accepted("Running", retryAfter));

    private static IResponseBuilder Accepted(string status, string retryAfter = "1") => WmResponse.Create()
        .WithStatusCode(202)
        .WithHeader("Content-Type", "application/json")
        .WithHeader("retry-after", retryAfter)
        .WithBody($$"""{"id":"{{OperationId}}","status":"{{status}}"}""");

    private static IResponseBuilder Status(string status, string? retryAfter = null)
    {
        var response = WmResponse.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody($$"""{"id":"{{OperationId}}","status":"{{status}}"}""");
        return retryAfter is null ? response : response.WithHeader("retry-after", retryAfter);
    }
}
