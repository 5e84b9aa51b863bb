using System.Text;
using System.Text.Json;
using AmbassadorFlows.Functions.Integrations;
using AmbassadorFlows.Functions.Integrations.Email;
using AmbassadorFlows.Functions.Tests.Integrations.Support;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.Logging.Abstractions;
using WireMock.RequestBuilders;
using WmResponse = WireMock.ResponseBuilders.Response;

namespace AmbassadorFlows.Functions.Tests.Integrations.Email;

public sealed class AcsEmailSenderTests : IDisposable
{
    private readonly AcsFake _acs = new();

    public void Dispose() => _acs.Dispose();

    [Fact]
    public async Task SendAsync_SameIdempotencyKeyTwice_SendsSameDeterministicOperationId()
    {
        GivenAccepted();
        var sender = Sender();

        await sender.SendAsync(Message("journey-1:welcome"));
        await sender.SendAsync(Message("journey-1:welcome"));
        await sender.SendAsync(Message("journey-2:welcome"));

        var ids = _acs.Requests("POST", "/emails:send").Select(r => AcsFake.Header(r, "Operation-Id")).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
        Assert.Equal(DeterministicGuid.Create(DeterministicGuid.EmailNamespace, "journey-1:welcome").ToString(), ids[0]);
    }

    [Fact]
    public async Task SendAsync_Invite_SendsBothBodiesAndIcsAsTextCalendarRequest()
    {
        GivenAccepted();
        var ics = IcsWriter.WriteMeeting(
            new IcsMeeting("m-1", "Kick-off", "Agenda", new Workflows.Ports.EmailAddress("hr@contoso.com"), [new Workflows.Ports.EmailAddress("ann@contoso.com")],
                new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1)),
            new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var message = Message("invite-1") with
        {
            Cc = [new Workflows.Ports.EmailAddress("boss@contoso.com", "Boss")],
            Attachments = [new EmailAttachment("invite.ics", "text/calendar", Encoding.UTF8.GetBytes(ics))],
        };

        var result = await Sender().SendAsync(message);

        var request = Assert.Single(_acs.Requests("POST", "/emails:send"));
        using var body = JsonDocument.Parse(AcsFake.Body(request));
        var root = body.RootElement;
        Assert.Equal("DoNotReply@contoso.azurecomm.net", root.GetProperty("senderAddress").GetString());
        Assert.Equal("<p>Welcome</p>", root.GetProperty("content").GetProperty("html").GetString());
        Assert.Equal("Welcome", root.GetProperty("content").GetProperty("plainText").GetString());
        Assert.Equal("boss@contoso.com", root.GetProperty("recipients").GetProperty("cc")[0].GetProperty("address").GetString());
        var attachment = root.GetProperty("attachments")[0];
        Assert.Equal("text/calendar; method=REQUEST; charset=UTF-8", attachment.GetProperty("contentType").GetString());
        Assert.Equal(ics, Encoding.UTF8.GetString(attachment.GetProperty("contentInBase64").GetBytesFromBase64()));
        Assert.Equal("invite-1", root.GetProperty("headers").GetProperty("x-af-idempotency-key").GetString());
        Assert.Equal("op-from-service", result.MessageId);
    }

    [Fact]
    public async Task SendAsync_SixSendsAtFivePerMinute_SixthWaitsForTheWindowAndNoneIsDropped()
    {
        GivenAccepted();
        var sender = Sender();

        for (var i = 0; i < 6; i++)
        {
            await sender.SendAsync(Message($"key-{i}"));
        }

        Assert.Equal(6, _acs.Requests("POST", "/emails:send").Count);
        Assert.Equal([TimeSpan.FromMinutes(1)], _acs.Time.Waits);
    }

    private AcsEmailSender Sender()
    {
        var options = new EmailOptions
        {
            Provider = EmailProvider.Acs,
            Sender = "DoNotReply@contoso.azurecomm.net",
            Acs = new AcsEmailOptions { WaitForCompletion = false },
        };
        return new AcsEmailSender(_acs.Client(), options, new SendRateLimiter(5, TimeSpan.FromMinutes(1), _acs.Time), NullLogger<AcsEmailSender>.Instance);
    }

    private static EmailMessage Message(string key) =>
        new(key, new Workflows.Ports.EmailAddress("ann@contoso.com", "Ann"), "Welcome", "<p>Welcome</p>", "Welcome");

    private void GivenAccepted() =>
        _acs.Server.Given(Request.Create().WithPath("/emails:send").UsingPost())
            .RespondWith(WmResponse.Create().WithStatusCode(202).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"op-from-service","status":"Running"}"""));
}
