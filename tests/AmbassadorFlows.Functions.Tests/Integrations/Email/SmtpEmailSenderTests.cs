using System.Text;
using AmbassadorFlows.Functions.Integrations.Email;
using AmbassadorFlows.Functions.Tests.Integrations.Support;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Ports;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace AmbassadorFlows.Functions.Tests.Integrations.Email;

public sealed class SmtpEmailSenderTests : IAsyncDisposable
{
    private readonly MiniSmtpServer _smtp = new();

    public ValueTask DisposeAsync() => _smtp.DisposeAsync();

    [Fact]
    public async Task SendAsync_InviteThroughSmtpListener_DeliversSubjectBothBodiesAndCalendarAttachment()
    {
        var series = new MeetingSeries(
            "cohort-7", "Monthly ambassadors", "Successes; challenges, asks",
            new Workflows.Ports.EmailAddress("hr@contoso.com", "HR"), [new Workflows.Ports.EmailAddress("ann@contoso.com", "Ann")],
            new DateTimeOffset(2026, 1, 29, 15, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1), DayOfWeek.Thursday, 5, 6);
        var ics = IcsWriter.WriteSeries(series, new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));
        var message = new EmailMessage(
            "cohort-7:invite:ann",
            new Workflows.Ports.EmailAddress("ann@contoso.com", "Ann Æbelø"),
            "Invitation: monthly ambassadors — ønsker",
            "<p>Join us <b>monthly</b></p>",
            "Join us monthly")
        {
            Attachments = [new EmailAttachment("invite.ics", "text/calendar", Encoding.UTF8.GetBytes(ics))],
        };

        var result = await Sender().SendAsync(message);

        var mail = Assert.Single(_smtp.Received);
        Assert.Equal("noreply@ambassadors.contoso.com", mail.From);
        Assert.Equal(["ann@contoso.com"], mail.To);
        using var mime = await MimeMessage.LoadAsync(new MemoryStream(mail.Data));
        Assert.Equal("Invitation: monthly ambassadors — ønsker", mime.Subject);
        Assert.Equal("Ann Æbelø", mime.To.Mailboxes.Single().Name);
        Assert.Equal("Join us monthly", mime.TextBody?.TrimEnd());
        Assert.Equal("<p>Join us <b>monthly</b></p>", mime.HtmlBody?.TrimEnd());
        Assert.IsType<Multipart>(mime.Body);
        Assert.Equal("multipart/mixed", mime.Body.ContentType.MimeType);
        var calendar = Assert.Single(mime.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", calendar.ContentType.MimeType);
        Assert.Equal("REQUEST", calendar.ContentType.Parameters["method"]);
        Assert.Equal("invite.ics", calendar.FileName);
        using var decoded = new MemoryStream();
        await calendar.Content!.DecodeToAsync(decoded);
        Assert.Equal(ics, Encoding.UTF8.GetString(decoded.ToArray()));
        Assert.Equal(SmtpEmailSender.MessageIdFor("cohort-7:invite:ann", "ambassadors.contoso.com"), mime.MessageId);
        Assert.Equal(mime.MessageId, result.MessageId);
    }

    [Fact]
    public void BuildMessage_SameIdempotencyKey_SameMessageIdAndDifferentKeyDiffers()
    {
        var options = Options();
        var now = DateTimeOffset.UnixEpoch;
        EmailMessage Message(string key) => new(key, new Workflows.Ports.EmailAddress("a@contoso.com"), "s", "<p>h</p>", "t");

        using var a = SmtpEmailSender.BuildMessage(Message("k-1"), options, now);
        using var again = SmtpEmailSender.BuildMessage(Message("k-1"), options, now);
        using var other = SmtpEmailSender.BuildMessage(Message("k-2"), options, now);

        Assert.Equal(a.MessageId, again.MessageId);
        Assert.NotEqual(a.MessageId, other.MessageId);
        Assert.EndsWith("@ambassadors.contoso.com", a.MessageId, StringComparison.Ordinal);
    }

    private SmtpEmailSender Sender() =>
        new(Options(), new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero)), NullLogger<SmtpEmailSender>.Instance);

    private EmailOptions Options() => new()
    {
        Provider = EmailProvider.Smtp,
        Sender = "noreply@ambassadors.contoso.com",
        SenderDisplayName = "Ambassador programme",
        Smtp = new SmtpEmailOptions { Host = "127.0.0.1", Port = _smtp.Port, Security = SecureSocketOptions.None, Timeout = TimeSpan.FromSeconds(10) },
    };
}
