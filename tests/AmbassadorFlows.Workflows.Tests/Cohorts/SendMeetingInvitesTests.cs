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

    [Fact]
    public async Task RunAsync_ParticipantsInTwoLanguages_EachInviteAndCalendarEntryInTheReadersLanguage()
    {
        await ServeAsync("E005", term: 1); // Danish
        await ServeAsync("E010", term: 1); // Dutch
        await ServeAsync("E002", term: 1); // French

        await InviteAsync(month: 1);

        var danish = Ics(Mail("E005"));
        Assert.Contains("SUMMARY:Arbejdsfællesskabs-ambassadører #1", danish, StringComparison.Ordinal);
        Assert.Contains("ingen feedback endnu", danish, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Ambassadeurs voor de werkgemeenschap #1", Ics(Mail("E010")), StringComparison.Ordinal);
        var french = Mail("E002");
        Assert.Equal("fr", french.Language);
        Assert.Contains("SUMMARY:Ambassadeurs du collectif de travail #1", Ics(french), StringComparison.Ordinal);
        Assert.Contains("pas encore de retours", french.TextBody, StringComparison.Ordinal);
    }

    private EmailMessage Mail(string employeeId) => Assert.Single(_email.Sent, m => m.IdempotencyKey == $"c1:meeting:1:{employeeId}");

    private static string Ics(EmailMessage mail) => System.Text.Encoding.UTF8.GetString(Assert.Single(mail.Attachments).Content).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
}
