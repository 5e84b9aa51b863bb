using System.Text;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Invites everyone serving this meeting's term (in training or active in it) to this
/// month's meeting, with an .ics and an agenda built from last month's challenges, asks and successes.
/// The term matters at a term's first meeting: its invites can go out in the very moment the cohort
/// tells the journeys their term is over, and a journey that has not taken that in yet still reads
/// as active in the previous term; it is not invited to a term it may not serve.</summary>
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
        var cohort = await _progress.GetCohortAsync(input.CohortId, CancellationToken.None);
        var participants = new List<Employee>();
        var term = TermOf(input.Month, input.Programme.TermMonths);
        foreach (var ambassador in cohort.Where(a => a.TakesPartInMeetings && a.Term == term).OrderBy(a => a.EmployeeId, StringComparer.Ordinal))
        {
            if (await _directory.GetEmployeeAsync(ambassador.EmployeeId, CancellationToken.None) is { } employee)
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
        var model = new MessageModel()
            .With("programme", programme.Name)
            .With("month", input.Month)
            .With("agenda", agenda)
            .With("location", programme.Meetings.Location ?? "-")
            .WithDate("meetingStart", input.MeetingStart, programme.Meetings.TimeZone);
        var invites = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var employee in participants)
        {
            // The calendar entry is in the same language as the email it comes with: one invite per language.
            var language = model.LanguageFor(employee.PreferredLanguage);
            if (!invites.TryGetValue(language, out var ics))
            {
                ics = Encoding.UTF8.GetBytes(IcsWriter.WriteMeeting(Meeting(input, participants, agenda, language), _time.GetUtcNow()));
                invites[language] = ics;
            }

            var message = await _composer.ComposeAsync(IdempotencyKeys.PerRecipient(input.IdempotencyKey, employee.Id), Person.From(employee), MessageTemplates.MeetingInvite, model, cancellationToken: CancellationToken.None) with
            {
                Attachments = [new EmailAttachment($"meeting-{input.Month}.ics", IcsWriter.RequestContentType, ics)],
            };
            await _email.SendAsync(message, CancellationToken.None);
        }

        return new MeetingRound([.. participants.Select(p => p.Id)]);
    }

    private static IcsMeeting Meeting(MeetingRoundInput input, IReadOnlyList<Employee> participants, LocalizedText agenda, string language)
        => new(
            $"{input.CohortId}:meeting:{input.Month}",
            $"{input.Programme.Name.In(language)} #{input.Month}",
            agenda.In(language),
            input.Hr.Address,
            [.. participants.Select(p => new EmailAddress(p.Email, p.DisplayName))],
            new DateTimeOffset(DateTime.SpecifyKind(input.MeetingStart, DateTimeKind.Utc)),
            TimeSpan.FromMinutes(input.Programme.Meetings.DurationMinutes),
            input.Programme.Meetings.Location);

    /// <summary>The term a meeting belongs to (1 for months 1 to TermMonths).</summary>
    public static int TermOf(int month, int termMonths) => ((month - 1) / termMonths) + 1;

    /// <summary>What to talk about: last month's asks and challenges first, then the successes.</summary>
    public static LocalizedText Agenda(IReadOnlyList<AmbassadorProgress> cohort, int previousMonth)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var checkIns = cohort.SelectMany(a => a.CheckIns).Where(c => c.Month == previousMonth && previousMonth > 0).ToList();
        var lines = new List<string>();
        lines.AddRange(checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Asks)).Select(c => "- ? " + c.Asks!.ReplaceLineEndings(" ")));
        lines.AddRange(checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Challenges)).Select(c => "- ! " + c.Challenges!.ReplaceLineEndings(" ")));
        lines.AddRange(checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Successes)).Select(c => "- + " + c.Successes!.ReplaceLineEndings(" ")));
        if (lines.Count > 0)
        {
            // What ambassadors wrote stays as written; the same lines in every language.
            var text = string.Join("\n", lines);
            return new LocalizedText(MessageTemplates.Languages.ToDictionary(l => l, _ => text));
        }

        return new LocalizedText
        {
            ["en"] = "- (no feedback yet)",
            ["nl"] = "- (nog geen feedback)",
            ["fr"] = "- (pas encore de retours)",
            ["da"] = "- (ingen feedback endnu)",
        };
    }
}

/// <summary>Each participant's invite is keyed <see cref="IdempotencyKey"/> + employee id.</summary>
public sealed record MeetingRoundInput(string CohortId, ProgrammeDefinition Programme, int Month, DateTime MeetingStart, Person Hr)
{
    public required string IdempotencyKey { get; init; }
}

/// <summary><see cref="Participants"/> were invited (serving, and found in the directory).</summary>
public sealed record MeetingRound(IReadOnlyList<string> Participants);
