using System.Text;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Invites everyone serving this meeting's term (in training or active in it) to this
/// month's meeting, in groups (<see cref="MeetingGroups"/>, the programme's size and grouping): each
/// group has its own .ics (its own UID, only its members as attendees) and its own invite text saying
/// which group it is, and all groups meet at the same time and place. The agenda is the themes of last
/// month's check-ins (<see cref="ThemeAgenda"/>), never anyone's words: so no invite's size depends on
/// the cohort's, and nobody's answers go to the group.
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
        var agenda = AgendaOf(cohort, programme, input.Month, participants);
        var grouping = MeetingGroups.GroupingFor(programme.Meetings, participants);
        foreach (var group in MeetingGroups.Split(participants, programme.Meetings.GroupSize, grouping))
        {
            var about = MeetingGroupText.Line(group, programme.Meetings.OnlineMeeting);
            var model = new MessageModel()
                .With("programme", programme.Name)
                .With("month", input.Month)
                .With("group", about)
                .With("agenda", agenda)
                .With("location", programme.Meetings.Location ?? "-")
                .WithDate("meetingStart", input.MeetingStart, programme.Meetings.TimeZone);
            var invites = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var employee in group.Members)
            {
                // The calendar entry is in the same language as the email it comes with: one invite per group and language.
                var language = model.LanguageFor(employee.PreferredLanguage);
                if (!invites.TryGetValue(language, out var ics))
                {
                    ics = Encoding.UTF8.GetBytes(IcsWriter.WriteMeeting(Meeting(input.CohortId, programme, input.Month, input.MeetingStart, input.Hr, group, agenda, about, language), _time.GetUtcNow()));
                    invites[language] = ics;
                }

                var message = await _composer.ComposeAsync(IdempotencyKeys.PerRecipient(input.IdempotencyKey, employee.Id), Person.From(employee), MessageTemplates.MeetingInvite, model, cancellationToken: CancellationToken.None) with
                {
                    Attachments = [new EmailAttachment($"meeting-{input.Month}.ics", IcsWriter.RequestContentType, ics)],
                };
                await _email.SendAsync(message, CancellationToken.None);
            }
        }

        return new MeetingRound([.. participants.Select(p => p.Id)]);
    }

    /// <summary>The group's own calendar entry: its UID is the month's and the group's, its attendees only its members.</summary>
    public static string UidOf(string cohortId, int month, MeetingGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return $"{cohortId}:meeting:{month}:g{group.Number}";
    }

    /// <summary>The themes of the month before <paramref name="month"/>'s check-ins, with the
    /// stopwords of the programme's languages and of those invited: people may answer in their own language.</summary>
    public static LocalizedText AgendaOf(IReadOnlyList<AmbassadorProgress> cohort, ProgrammeDefinition programme, int month, IEnumerable<Employee> participants)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var languages = programme.Languages.Concat(participants.Select(p => p.PreferredLanguage)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return ThemeAgenda.Of(cohort, month - 1, languages);
    }

    /// <summary>One group's calendar entry in one language, for the invite and for its later updates
    /// (the same UID, so calendars replace it).</summary>
    public static IcsMeeting Meeting(string cohortId, ProgrammeDefinition programme, int month, DateTime startUtc, Person hr, MeetingGroup group, LocalizedText agenda, LocalizedText about, string language)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(hr);
        ArgumentNullException.ThrowIfNull(group);
        return new(
            UidOf(cohortId, month, group),
            $"{programme.Name.In(language)} {MeetingGroupText.Title(month, group, language)}",
            $"{about.In(language)}\n\n{agenda.In(language)}",
            hr.Address,
            [.. group.Members.Select(p => new EmailAddress(p.Email, p.DisplayName))],
            new DateTimeOffset(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc)),
            TimeSpan.FromMinutes(programme.Meetings.DurationMinutes),
            programme.Meetings.Location);
    }

    /// <summary>The term a meeting belongs to (1 for months 1 to TermMonths).</summary>
    public static int TermOf(int month, int termMonths) => ((month - 1) / termMonths) + 1;
}

/// <summary>Each participant's invite is keyed <see cref="IdempotencyKey"/> + employee id.</summary>
public sealed record MeetingRoundInput(string CohortId, ProgrammeDefinition Programme, int Month, DateTime MeetingStart, Person Hr)
{
    public required string IdempotencyKey { get; init; }
}

/// <summary><see cref="Participants"/> were invited (serving, and found in the directory).</summary>
public sealed record MeetingRound(IReadOnlyList<string> Participants);
