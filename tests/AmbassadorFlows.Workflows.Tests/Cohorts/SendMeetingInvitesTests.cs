using AmbassadorFlows.Workflows.Cohorts.Activities;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Tests.Doubles;
using Microsoft.DurableTask;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace AmbassadorFlows.Workflows.Tests.Cohorts;

public sealed class SendMeetingInvitesTests
{
    private readonly InMemoryCohortProgress _progress = new();
    private readonly RecordingEmailSender _email = new();
    private readonly ProgrammeDefinition _programme = ProgrammeCatalog.LoadEmbedded().Get("work-community-ambassadors"); // 6-month terms
    private readonly Person _hr = Person.From(new SampleDirectory()["E002"]);

    private Task<MeetingRound> InviteAsync(int month) => new SendMeetingInvites(_progress, new SampleDirectory(), _email, new MessageComposer(MessageRenderer.Default), new FakeTimeProvider())
        .RunAsync(Substitute.For<TaskActivityContext>(), new MeetingRoundInput("c1", _programme, month, new DateTime(2026, 8, 11, 12, 0, 0, DateTimeKind.Utc), _hr)
        {
            IdempotencyKey = $"c1:meeting:{month}",
        });

    private Task ServeAsync(string employeeId, int term)
        => _progress.RecordStepAsync(new AmbassadorStepChange("c1", employeeId, $"c1:journey:{employeeId}", AmbassadorStep.Active, DateTimeOffset.UnixEpoch, term, null, null));

    [Fact]
    public async Task RunAsync_FirstMeetingOfTheNextTerm_InvitesOnlyThoseServingThatTerm()
    {
        await ServeAsync("E005", term: 2); // renewed
        await ServeAsync("E010", term: 1); // its journey has not taken in the term's end yet

        var round = await InviteAsync(month: 7);

        Assert.Equal(["E005"], round.Participants);
        Assert.Equal("c1:meeting:7:E005", Assert.Single(_email.Sent).IdempotencyKey);
    }

    [Fact]
    public async Task RunAsync_LastMeetingOfTheTerm_InvitesThoseActiveInIt()
    {
        await ServeAsync("E005", term: 1);

        var round = await InviteAsync(month: 6);

        Assert.Equal(["E005"], round.Participants);
    }
}
