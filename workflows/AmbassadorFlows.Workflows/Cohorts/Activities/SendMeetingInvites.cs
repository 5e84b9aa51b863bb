using System.Text;
using AmbassadorFlows.Durable;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Invites everyone currently serving (in training or active) to this
/// month's meeting, with an .ics and an agenda built from last month's challenges, asks and successes.</summary>
public sealed class SendMeetingInvites : TaskActivity<MeetingRoundInput, MeetingRound>
{
    private readonly ICohortProgress _progress;
    private readonly IDirectory _directory;
    private readonly IEmailSender _email;
    private readonly MessageComposer _composer;
    private readonly TimeProvider _time;

    public SendMeetingInvites(ICohortProgress progress, IDirectory directory, IEmailSender email, MessageComposer composer, TimeProvider time)
    {
        _progress = progress;
        _directory = directory;
        _email = email;
        _composer = composer;
        _time = time;
    }

    public override async Task<MeetingRound> RunAsync(TaskActivityContext context, MeetingRoundInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cohort = await _progress.GetCohortAsync(input.CohortId, context.CancellationToken);
        var participants = new List<Employee>();
        foreach (var ambassador in cohort.Where(a => a.TakesPartInMeetings).OrderBy(a => a.EmployeeId, StringComparer.Ordinal))
        {
            if (await _directory.GetEmployeeAsync(ambassador.EmployeeId, context.CancellationToken) is { } employee)
            {
                participants.Add(employee);
            }
        }

        if (participants.Count == 0)
        {
            return new MeetingRound([]);
        }

        var programme = input.Programme;
        var agenda = Agenda(cohort, input.Month - 1);
        var meeting = new IcsMeeting(
            $"{input.CohortId}:meeting:{input.Month}",
            $"{programme.Name.In(programme.Languages[0])} #{input.Month}",
            agenda,
            input.Hr.Address,
            [.. participants.Select(p => new EmailAddress(p.Email, p.DisplayName))],
            new DateTimeOffset(DateTime.SpecifyKind(input.MeetingStart, DateTimeKind.Utc)),
            TimeSpan.FromMinutes(programme.Meetings.DurationMinutes),
            programme.Meetings.Location);
        var ics = Encoding.UTF8.GetBytes(IcsWriter.WriteMeeting(meeting, _time.GetUtcNow()));
        var model = new MessageModel()
            .With("programme", programme.Name)
            .With("month", input.Month)
            .With("agenda", agenda)
            .With("location", programme.Meetings.Location ?? "-")
            .WithDate("meetingStart", input.MeetingStart, programme.Meetings.TimeZone);
        foreach (var employee in participants)
        {
            var message = _composer.Compose($"{context.IdempotencyKey}:{employee.Id}", Person.From(employee), MessageTemplates.MeetingInvite, model) with
            {
                Attachments = [new EmailAttachment($"meeting-{input.Month}.ics", IcsWriter.RequestContentType, ics)],
            };
            await _email.SendAsync(message, context.CancellationToken);
        }

        return new MeetingRound([.. participants.Select(p => p.Id)]);
    }

    /// <summary>What to talk about: last month's asks and challenges first, then the successes.</summary>
    public static string Agenda(IReadOnlyList<AmbassadorProgress> cohort, int previousMonth)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var checkIns = cohort.SelectMany(a => a.CheckIns).Where(c => c.Month == previousMonth && previousMonth > 0).ToList();
        var lines = new List<string>();
        lines.AddRange(checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Asks)).Select(c => "- ? " + c.Asks!.ReplaceLineEndings(" ")));
        lines.AddRange(checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Challenges)).Select(c => "- ! " + c.Challenges!.ReplaceLineEndings(" ")));
        lines.AddRange(checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Successes)).Select(c => "- + " + c.Successes!.ReplaceLineEndings(" ")));
        return lines.Count == 0 ? "- (no feedback yet)" : string.Join("\n", lines);
    }
}

public sealed record MeetingRoundInput(string CohortId, ProgrammeDefinition Programme, int Month, DateTime MeetingStart, Person Hr);

/// <summary><see cref="Participants"/> were invited (serving, and found in the directory).</summary>
public sealed record MeetingRound(IReadOnlyList<string> Participants);
