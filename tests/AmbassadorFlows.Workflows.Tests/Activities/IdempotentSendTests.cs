using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Shared.Activities;
using AmbassadorFlows.Workflows.Tests.Doubles;
using Microsoft.DurableTask;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace AmbassadorFlows.Workflows.Tests.Activities;

/// <summary>Activities run at least once. The official activity context carries no task id, so the
/// key of every email comes from the orchestrator's input: a redelivered activity sends nothing new.</summary>
public sealed class IdempotentSendTests
{
    private readonly InMemoryApprovalStore _approvals = new();
    private readonly RecordingEmailSender _email = new();
    private readonly FakeApprovalLinks _links = new();
    private readonly MessageComposer _composer = new(MessageRenderer.Default);
    private readonly SampleDirectory _directory = new();
    private readonly TaskActivityContext _context = Substitute.For<TaskActivityContext>();

    public IdempotentSendTests()
    {
        _context.InstanceId.Returns("c1:journey:E005");
    }

    private Person Ambassador => Person.From(_directory["E005"]);

    [Fact]
    public async Task SendMessage_RunTwiceWithOneInput_SendsOnceUnderTheOrchestratorsKey()
    {
        var activity = new SendMessage(_approvals, _links, _email, _composer);
        var input = new OutgoingMessage(Ambassador, MessageTemplates.ManagerDeclined, new MessageModel().With("programme", "P").With("managerName", "M"))
        {
            IdempotencyKey = IdempotencyKeys.For("c1:journey:E005", "ended"),
        };

        Assert.True(await activity.RunAsync(_context, input));
        Assert.False(await activity.RunAsync(_context, input));

        var sent = Assert.Single(_email.Sent);
        Assert.Equal("c1:journey:E005:ended", sent.IdempotencyKey);
        Assert.Equal(1, _email.Duplicates);
    }

    [Fact]
    public async Task SendMessage_ReminderOfARequestHandedToSomeoneElse_GoesToWhoeverHoldsItNow()
    {
        // The orchestration asked Anders Nielsen (E004); HR has since handed the request to Mette Kristensen (E005).
        var activity = new SendMessage(_approvals, _links, _email, _composer, _directory);
        var manager = Person.From(_directory["E004"]);
        var holder = _directory["E005"];
        await _approvals.CreateAsync(new Ports.PendingApproval("c1:journey:E006:manager-approval", "c1:journey:E006", "ManagerDecision", "manager-approval", holder.Id, holder.Email,
            [Decisions.Approve, Decisions.Reject], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(14)));
        var reminder = new OutgoingMessage(manager, MessageTemplates.ManagerDeclined, new MessageModel().With("programme", "P").With("managerName", "M"))
        {
            IdempotencyKey = IdempotencyKeys.Reminder("c1:journey:E006:manager-approval"),
            LinkApprovalId = "c1:journey:E006:manager-approval",
            AsReminder = true,
        };

        await activity.RunAsync(_context, reminder);

        var sent = Assert.Single(_email.Sent);
        Assert.Equal(holder.Email, sent.To.Address);
        Assert.Contains(holder.DisplayName, sent.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestResponse_RunTwice_KeepsOneApprovalAndSendsOneEmailKeyedByTheApproval()
    {
        var activity = new RequestResponse(_approvals, new ApprovalMailer(_approvals, _links, _email, _composer), new FakeTimeProvider());
        var input = new ResponseRequest("c1:journey:E005:offboarding-feedback", "OffboardingFeedback", "offboarding-feedback", Ambassador,
            [Decisions.Submit], new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), MessageTemplates.WithdrawalThanks, new MessageModel().With("programme", "P").With("termsServed", 1));

        await activity.RunAsync(_context, input);
        await activity.RunAsync(_context, input);

        var approval = Assert.Single(_approvals.All);
        Assert.Equal("c1:journey:E005", approval.InstanceId); // the calling instance, from the official context
        var sent = Assert.Single(_email.Sent);
        Assert.Equal("c1:journey:E005:offboarding-feedback:request", sent.IdempotencyKey);
    }
}
