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

    [Fact]
    public async Task RunAsync_ThirtyPeople_BalancedGroupsAndNoInviteNamesAnyoneOutsideItsGroup()
    {
        var (people, email) = await CohortAsync(30);

        var round = await InviteAsync(people, email, _programme, month: 1);

        Assert.Equal(30, round.Participants.Count);
        Assert.Equal(30, email.Sent.Count);
        var groups = email.Sent.GroupBy(m => Uid(Ics(m))).ToList();
        Assert.Equal([10, 10, 10], groups.Select(g => g.Count()));
        foreach (var group in groups)
        {
            var members = group.Select(m => m.To.Address).ToHashSet(StringComparer.Ordinal);
            var outside = people.All.Where(p => !members.Contains(p.Email)).ToList();
            Assert.Single(group.Select(m => Region(people, m)).Distinct()); // by region, the default
            foreach (var mail in group)
            {
                var ics = Ics(mail);
                Assert.Equal(members.Order(StringComparer.Ordinal), Attendees(ics).Order(StringComparer.Ordinal));
                foreach (var other in outside)
                {
                    foreach (var text in new[] { ics, mail.TextBody, mail.HtmlBody })
                    {
                        Assert.DoesNotContain(other.Email, text, StringComparison.OrdinalIgnoreCase);
                        Assert.DoesNotContain(other.DisplayName, text, StringComparison.Ordinal);
                    }
                }
            }
        }

        Assert.Equal(3, groups.Select(g => g.Key).Distinct().Count());
        Assert.Contains(email.Sent, m => m.Language == "en" && m.TextBody.Contains("You are in group 2 of 3 (region: Region-B).", StringComparison.Ordinal));
        Assert.Contains(email.Sent, m => m.Language == "nl" && m.TextBody.Contains("Je zit in groep 3 van 3 (regio: Region-C).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_CohortOf30AndOf60_EachInviteIsTheSameSize()
    {
        var programme = _programme with { Meetings = _programme.Meetings with { GroupSize = 10 } };
        var sizes = new List<IReadOnlySet<string>>();
        foreach (var count in new[] { 30, 60 })
        {
            var (people, email) = await CohortAsync(count);
            await InviteAsync(people, email, programme, month: 2);

            Assert.Equal(count, email.Sent.Count);
            Assert.Equal(count / 10, email.Sent.Select(m => Uid(Ics(m))).Distinct().Count());
            sizes.Add(email.Sent.Select(m => $"{m.Language}: ics {Assert.Single(m.Attachments).Content.Length} B, text {System.Text.Encoding.UTF8.GetByteCount(m.TextBody)} B, html {System.Text.Encoding.UTF8.GetByteCount(m.HtmlBody)} B").ToHashSet(StringComparer.Ordinal));
        }

        Assert.Equal(sizes[0].Order(StringComparer.Ordinal), sizes[1].Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_CheckInsLastMonth_AgendaHasTheirThemesAndNoRawText()
    {
        var (people, email) = await CohortAsync(30);

        await InviteAsync(people, email, _programme, month: 2);

        var answers = (await _progress.GetCohortAsync("c1")).SelectMany(a => a.CheckIns).SelectMany(c => new[] { c.Successes!, c.Challenges!, c.Asks! }).ToList();
        Assert.All(email.Sent, mail =>
        {
            var ics = Ics(mail).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal);
            foreach (var text in new[] { ics, mail.TextBody, mail.HtmlBody })
            {
                Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase); // each person's own word is nobody's theme
                Assert.All(answers, answer => Assert.DoesNotContain(answer, text, StringComparison.Ordinal));
            }
        });
        var english = email.Sent.First(m => m.Language == "en");
        Assert.Contains("- Asks: office (30), showers (30)", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Challenges: near (30), office (30), parking (30)", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Successes: canteen (30), lunch (30), talk (30)", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("Asks: office (30)\\, showers (30)", Ics(english), StringComparison.Ordinal);
        Assert.Contains("- Vragen: office (30), showers (30)", email.Sent.First(m => m.Language == "nl").TextBody, StringComparison.Ordinal);
    }

    /// <summary><paramref name="count"/> serving ambassadors in three regions of the same name length,
    /// names and addresses of one length, each with a check-in for month 1 in their own words.</summary>
    private async Task<(GeneratedDirectory People, RecordingEmailSender Email)> CohortAsync(int count)
    {
        var people = new GeneratedDirectory(MeetingGroupsTests.People(count));
        foreach (var person in people.All)
        {
            await ServeAsync(person.Id, term: 1);
            await _progress.RecordCheckInAsync("c1", person.Id, new CheckInRecord(
                1, true, 2, $"Lunch talk in the canteen, secret{person.Id}", $"Parking near the office, secret{person.Id}x", $"Showers at the office, secret{person.Id}y", DateTimeOffset.UnixEpoch));
        }

        return (people, new RecordingEmailSender());
    }

    private Task<MeetingRound> InviteAsync(GeneratedDirectory people, RecordingEmailSender email, ProgrammeDefinition programme, int month)
        => new SendMeetingInvites(_progress, people, email, new MessageComposer(MessageRenderer.Default), new FakeTimeProvider())
            .RunAsync(Substitute.For<TaskActivityContext>(), new MeetingRoundInput("c1", programme, month, new DateTime(2026, 8, 11, 12, 0, 0, DateTimeKind.Utc), _hr)
            {
                IdempotencyKey = $"c1:meeting:{month}",
            });

    private static string? Region(GeneratedDirectory people, EmailMessage mail) => people.All.Single(p => p.Email == mail.To.Address).Region;

    private static string Uid(string ics) => ics.Split("\r\n").Single(l => l.StartsWith("UID:", StringComparison.Ordinal));

    private static IEnumerable<string> Attendees(string ics)
        => ics.Split("\r\n").Where(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)).Select(l => l[(l.LastIndexOf("mailto:", StringComparison.Ordinal) + "mailto:".Length)..]);

    private sealed class GeneratedDirectory(IReadOnlyList<Employee> people) : IDirectory
    {
        public IReadOnlyList<Employee> All => people;

        public Task<Employee?> GetEmployeeAsync(string employeeId, CancellationToken cancellationToken = default)
            => Task.FromResult(people.FirstOrDefault(p => p.Id == employeeId));

        public Task<Employee?> GetManagerAsync(string employeeId, CancellationToken cancellationToken = default) => Task.FromResult<Employee?>(null);

        public Task<IReadOnlyList<Employee>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default) => Task.FromResult(people);
    }

    private EmailMessage Mail(string employeeId) => Assert.Single(_email.Sent, m => m.IdempotencyKey == $"c1:meeting:1:{employeeId}");

    private static string Ics(EmailMessage mail) => System.Text.Encoding.UTF8.GetString(Assert.Single(mail.Attachments).Content).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
}
