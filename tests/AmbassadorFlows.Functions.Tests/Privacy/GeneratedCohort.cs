using System.Globalization;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Functions.Tests.Privacy;

/// <summary>
/// A cohort's records written straight through the stores (no durable run, so a cohort of hundreds
/// takes seconds), shaped as the app writes them: each person's posting invitation, their manager's
/// request naming them (by name only), the manager's decision, their check-in (an approval answered
/// in their words and a read-model row), an audit line with their address, a meeting invite per
/// member of each group of ten whose .ics lists the group's attendees and whose agenda quotes the
/// group's check-ins without names, and HR's summary quoting every check-in.
/// </summary>
internal sealed class GeneratedCohort
{
    public const string CohortId = "gen-cohort";
    private const int GroupSize = 10;
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public GeneratedCohort(int size)
    {
        People = [.. Enumerable.Range(0, size).Select(Member.Of)];
    }

    public IReadOnlyList<Member> People { get; }

    public async Task WriteAsync(IEmailSender mail, IApprovalStore approvals, ICohortProgress progress)
    {
        foreach (var person in People)
        {
            await mail.SendAsync(new EmailMessage($"{person.Journey}:posting", new EmailAddress(person.Email, person.Name), "Become an ambassador", $"<p>Dear {person.Name}, would you carry the theme?</p>", $"Dear {person.Name},\nwould you carry the theme?")
            {
                Template = "posting-invitation",
            });
            var manager = Member.Manager(person.Index);
            var request = await approvals.CreateAsync(new PendingApproval($"{person.Journey}:manager-approval", person.Journey, "ManagerDecision", "manager-approval", manager.Id, manager.Email, [Decisions.Approve, Decisions.Decline], Start, Start.AddDays(14))
            {
                DetailsJson = JsonSerializer.Serialize(new { employeeId = person.Id }),
            });
            await mail.SendAsync(new EmailMessage($"{request.ApprovalId}:mail", new EmailAddress(manager.Email, manager.Name), $"{person.Name} would like to become an ambassador", $"<p>{person.Name} would like to become an ambassador.</p>", $"Dear {manager.Name},\n{person.Name} would like to become an ambassador.")
            {
                Template = "manager-approval-request",
            });
            await approvals.TryDecideAsync(new ApprovalDecision(request.ApprovalId, Decisions.Approve, manager.Id, Start.AddDays(1), person.ManagerComment));
            var checkIn = await approvals.CreateAsync(new PendingApproval($"{person.Journey}:check-in:1", person.Journey, "CheckIn", "check-in", person.Id, person.Email, ["submit"], Start.AddDays(30), Start.AddDays(37)));
            await approvals.TryDecideAsync(new ApprovalDecision(checkIn.ApprovalId, "submit", person.Id, Start.AddDays(31), null, JsonSerializer.Serialize(new { successes = person.CheckInText })));
            await progress.RecordStepAsync(new AmbassadorStepChange(CohortId, person.Id, person.Journey, AmbassadorStep.Active, Start.AddDays(2), 1, null, "1"));
            await progress.RecordCheckInAsync(CohortId, person.Id, new CheckInRecord(1, true, 3, person.CheckInText, null, null, Start.AddDays(31)));
            await approvals.AppendAuditAsync(new AuditEntry(person.Journey, Start.AddDays(31), person.Email, "answered", $"check-in of {person.Name}"));
        }

        foreach (var group in People.Chunk(GroupSize))
        {
            var ics = new StringBuilder("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Ambassador meeting\r\n");
            foreach (var attendee in group)
            {
                ics.Append(CultureInfo.InvariantCulture, $"ATTENDEE;CN={attendee.Name};ROLE=REQ-PARTICIPANT:mailto:{attendee.Email}\r\n");
            }

            ics.Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
            var agenda = string.Join('\n', group.Select(a => "- + " + a.CheckInText));
            foreach (var member in group)
            {
                await mail.SendAsync(new EmailMessage($"{CohortId}:meeting:2:{member.Id}", new EmailAddress(member.Email, member.Name), "Monthly ambassador meeting", $"<pre>{agenda}</pre>", $"Dear {member.Name},\nthe agenda:\n{agenda}")
                {
                    Template = "meeting-invite",
                    Attachments = [new EmailAttachment("meeting.ics", "text/calendar", Encoding.UTF8.GetBytes(ics.ToString()))],
                });
            }
        }

        var feedback = string.Join('\n', People.Select(a => "- + " + a.CheckInText));
        await mail.SendAsync(new EmailMessage($"{CohortId}:summary:1", new EmailAddress("hr.team@contoso.example", "HR Team"), "Month 1 of the cohort", $"<pre>{feedback}</pre>", $"Feedback of month 1:\n{feedback}")
        {
            Template = "hr-monthly-summary",
        });
    }

    /// <summary>What erasure starts from, as <see cref="PersonalDataEraser"/> gathers it: the directory's
    /// address and name, the journeys, then what each store knows (twice).</summary>
    public static async Task<PersonalDataSubject> SubjectAsync(Member person, IReadOnlyList<IPersonalDataStore> stores)
    {
        var subject = new PersonalDataSubject(person.Id);
        subject.AddEmail(person.Email);
        subject.AddName(person.Name);
        subject.JourneyInstanceIds.Add(person.Journey);
        for (var round = 0; round < 2; round++)
        {
            foreach (var store in stores)
            {
                await store.CollectAsync(subject, CancellationToken.None);
            }
        }

        return subject;
    }

    public sealed record Member(int Index, string Id, string Name, string Email)
    {
        public string Journey => $"{CohortId}:journey:{Id}";

        public string CheckInText => $"Organised lunch talk number {Index} about cargo bikes";

        public string ManagerComment => $"{Name} has the time this spring";

        /// <summary>What identifies the person, as the tests search for it.</summary>
        public IReadOnlyList<string> Identifying => [Name, Email, CheckInText, ManagerComment];

        public static Member Of(int index) => new(index, $"G{index:0000}", $"Anna Berg{index}", $"anna.berg{index}@contoso.example");

        public static Member Manager(int index) => new(-1, $"M{index / 25:000}", $"Lars Holm{index / 25}", $"lars.holm{index / 25}@contoso.example");
    }
}
