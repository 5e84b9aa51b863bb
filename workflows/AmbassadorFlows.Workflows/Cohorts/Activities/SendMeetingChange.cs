using System.Text;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Messaging;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Workflows.Cohorts.Activities;

/// <summary>Records HR's change to one month's meeting in the audit trail and tells whoever was
/// already invited: each group gets an updated calendar entry (the invite's UID, a higher SEQUENCE,
/// so calendars move the meeting they hold) or a cancellation (METHOD:CANCEL, same UID), with a
/// short email in each person's language. Groups are formed as for the invite (the same people in
/// the same order give the same groups, so the same UIDs). Nobody invited yet: only the audit line;
/// the invite will carry the new time. Mails are keyed per change and person: a retry sends none twice.</summary>
public sealed class SendMeetingChange : TaskActivity<MeetingChangeInput, bool>
{
    private readonly ICohortProgress _progress;
    private readonly IDirectory _directory;
    private readonly IEmailSender _email;
    private readonly MessageComposer _composer;
    private readonly IApprovalStore _approvals;
    private readonly TimeProvider _time;

    public SendMeetingChange(ICohortProgress progress, IDirectory directory, IEmailSender email, MessageComposer composer, IApprovalStore approvals, TimeProvider time)
    {
        _progress = progress;
        _directory = directory;
        _email = email;
        _composer = composer;
        _approvals = approvals;
        _time = time;
    }

    public override async Task<bool> RunAsync(TaskActivityContext context, MeetingChangeInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = input.Programme;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(programme.Meetings.TimeZone);
        var was = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(input.OldStartUtc, DateTimeKind.Utc), zone);
        var (action, detail) = input.NewStartUtc is { } moved
            ? ($"meeting of {was:yyyy-MM-dd} moved", $"month {input.Month}, {was:yyyy-MM-dd HH:mm} to {TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(moved, DateTimeKind.Utc), zone):yyyy-MM-dd HH:mm} ({programme.Meetings.TimeZone}), by {input.ChangedBy}")
            : ($"meeting of {was:yyyy-MM-dd} cancelled", $"month {input.Month}, cancelled by {input.ChangedBy}");
        await _approvals.AppendAuditAsync(new AuditEntry(context.InstanceId, _time.GetUtcNow(), input.ChangedBy, action, detail), CancellationToken.None);
        if (input.Participants.Count == 0)
        {
            return true;
        }

        var participants = new List<Employee>();
        foreach (var id in input.Participants)
        {
            if (await _directory.GetEmployeeAsync(id, CancellationToken.None) is { } employee)
            {
                participants.Add(employee);
            }
        }

        var agenda = SendMeetingInvites.AgendaOf(await _progress.GetCohortAsync(input.CohortId, CancellationToken.None), programme, input.Month, participants);
        var grouping = MeetingGroups.GroupingFor(programme.Meetings, participants);
        var template = input.NewStartUtc is null ? MessageTemplates.MeetingCancelled : MessageTemplates.MeetingMoved;
        foreach (var group in MeetingGroups.Split(participants, programme.Meetings.GroupSize, grouping))
        {
            var about = MeetingGroupText.Line(group, programme.Meetings.OnlineMeeting);
            var model = new MessageModel()
                .With("programme", programme.Name)
                .With("month", input.Month)
                .With("location", programme.Meetings.Location ?? "-")
                .WithDate("previousStart", input.OldStartUtc, programme.Meetings.TimeZone);
            if (input.NewStartUtc is { } start)
            {
                model = model.WithDate("meetingStart", start, programme.Meetings.TimeZone);
            }

            var invites = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var employee in group.Members)
            {
                var language = model.LanguageFor(employee.PreferredLanguage);
                if (!invites.TryGetValue(language, out var ics))
                {
                    var meeting = SendMeetingInvites.Meeting(input.CohortId, programme, input.Month, input.NewStartUtc ?? input.OldStartUtc, input.Hr, group, agenda, about, language);
                    ics = Encoding.UTF8.GetBytes(input.NewStartUtc is null
                        ? IcsWriter.WriteCancel(meeting, _time.GetUtcNow(), input.Sequence)
                        : IcsWriter.WriteMeeting(meeting, _time.GetUtcNow(), input.Sequence));
                    invites[language] = ics;
                }

                var message = await _composer.ComposeAsync(IdempotencyKeys.PerRecipient(input.IdempotencyKey, employee.Id), Person.From(employee), template, model, cancellationToken: CancellationToken.None) with
                {
                    Attachments = [new EmailAttachment($"meeting-{input.Month}.ics", input.NewStartUtc is null ? IcsWriter.CancelContentType : IcsWriter.RequestContentType, ics)],
                };
                await _email.SendAsync(message, CancellationToken.None);
            }
        }

        return true;
    }
}

/// <param name="OldStartUtc">Where the meeting stood before this change.</param>
/// <param name="NewStartUtc">Where it stands now; null: cancelled.</param>
/// <param name="Participants">Who was invited to it (empty before its invites went out).</param>
/// <param name="Sequence">The change's number for this meeting (1 for the first): the calendar entries' SEQUENCE.</param>
public sealed record MeetingChangeInput(string CohortId, ProgrammeDefinition Programme, int Month, DateTime OldStartUtc, DateTime? NewStartUtc, IReadOnlyList<string> Participants, int Sequence, Person Hr, string ChangedBy)
{
    public required string IdempotencyKey { get; init; }
}
