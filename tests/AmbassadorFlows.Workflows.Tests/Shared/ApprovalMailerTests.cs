using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Tests.Doubles;

namespace AmbassadorFlows.Workflows.Tests.Shared;

public sealed class ApprovalMailerTests
{
    private readonly InMemoryApprovalStore _approvals = new();
    private readonly RecordingEmailSender _email = new();
    private readonly SampleDirectory _directory = new();

    private ApprovalMailer Mailer() => new(_approvals, new FakeApprovalLinks(), _email, new MessageComposer(MessageRenderer.Default));

    private PendingApproval Approval(string id, DateTimeOffset createdAt) => new(id, "c1", "Application", "application", "E005", _directory["E005"].Email,
        ["apply"], createdAt, createdAt.AddDays(14));

    private static MessageModel Model() => new MessageModel().With("programme", "P").With("month", 1).With("timeBudget", 3);

    [Fact]
    public async Task SendAsync_NewApproval_RecordsItAndMailsItsLinkInTheRecipientsLanguage()
    {
        var to = Person.From(_directory["E005"]);

        var recorded = await Mailer().SendAsync(Approval("c1:apply:E005", DateTimeOffset.UnixEpoch), "k1", to, MessageTemplates.CheckInRequest,
            Model(), CancellationToken.None);

        Assert.Same(recorded, Assert.Single(_approvals.All));
        var mail = Assert.Single(_email.Sent);
        Assert.Equal(("k1", "da", MessageTemplates.CheckInRequest), (mail.IdempotencyKey, mail.Language, mail.Template));
        Assert.Contains("https://approvals.test/a/c1%3Aapply%3AE005", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Twice_KeepsTheFirstApprovalAndSendsOnce()
    {
        var to = Person.From(_directory["E005"]);
        var first = await Mailer().SendAsync(Approval("c1:apply:E005", DateTimeOffset.UnixEpoch), "k1", to, MessageTemplates.CheckInRequest, Model(), CancellationToken.None);

        var second = await Mailer().SendAsync(Approval("c1:apply:E005", DateTimeOffset.UnixEpoch.AddHours(1)), "k1", to, MessageTemplates.CheckInRequest, Model(), CancellationToken.None);

        Assert.Equal(first.CreatedAt, second.CreatedAt);
        Assert.Single(_email.Sent);
        Assert.Equal(1, _email.Duplicates);
    }
}
