using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Components.Personal;
using AmbassadorFlows.Workflows.Calendar;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Programmes;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Personal;

/// <summary>
/// Gathers one person's page from what exists: their open requests (one indexed query on the
/// assignee), each read as its own request page reads it (<see cref="RequestPageReader"/>), and,
/// when one of those belongs to their own journey, the journey's programme and term and their row in
/// the cohort's read model. Language: the person's, unless their programme is not written in it
/// (then the programme's first language, for the whole page).
/// </summary>
public sealed class PersonalPageReader(IOpenRequests open, IDirectory directory, ICohortProgress progress, RequestPageReader requests, TimeProvider time)
{
    /// <summary>The kinds of request a manager (or HR, escalated) decides on the page.</summary>
    public static bool IsManagerRequest(PendingApproval approval)
        => approval.EventName is JourneyEvents.ManagerDecision or JourneyEvents.RenewalDecision;

    public async Task<PersonalView> ReadAsync(PersonalToken token, string formField, string? acceptLanguage, DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var person = await directory.GetEmployeeAsync(token.EmployeeId, cancellationToken);
        var text = ApprovalPageText.Find(person?.PreferredLanguage) ?? ApprovalPageText.FromAcceptLanguage(acceptLanguage);
        var now = time.GetUtcNow();
        var waiting = (await open.ListOpenForAsync(token.EmployeeId, cancellationToken)).Where(a => a.ExpiresAt > now).ToList();

        MyProgramme? mine = null;
        var own = waiting.Where(a => !IsManagerRequest(a) && a.InstanceId.Contains(":journey:", StringComparison.Ordinal)).ToList();
        if ((own.FirstOrDefault(a => a.EventName == JourneyEvents.SteppedDown) ?? own.FirstOrDefault()) is { } anchor)
        {
            var page = await requests.ReadAsync(anchor, text, client, cancellationToken);
            // The programme decides the page's one language (its texts exist only in its languages).
            text = page.Text;
            mine = await ProgrammeAsync(page, own.FirstOrDefault(a => a.EventName == JourneyEvents.SteppedDown), now, client, cancellationToken);
        }

        var pages = new List<RequestPage>();
        foreach (var request in waiting.Where(IsManagerRequest))
        {
            var page = await requests.ReadAsync(request, text, client, cancellationToken);
            pages.Add(page with { Text = text });
        }

        return new PersonalView(PersonalTexts.For(text.Language), text, string.Empty, formField)
        {
            Person = person,
            Requests = pages,
            Programme = mine,
        };
    }

    private async Task<MyProgramme> ProgrammeAsync(RequestPage page, PendingApproval? stepDown, DateTimeOffset now, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var journeyId = page.Approval.InstanceId;
        var cohortId = CohortReadModel.CohortOf(journeyId);
        var row = (await progress.GetCohortAsync(cohortId, cancellationToken))
            .FirstOrDefault(p => p.JourneyInstanceId == journeyId);

        // A version-4 cohort carries this term's meetings as HR left them (moved or cancelled).
        var calendar = await client.GetInstanceAsync(cohortId, getInputsAndOutputs: false, cancellationToken) is { } cohort
            ? CohortReadModel.ReadStatus(cohort)?.Cohort
            : null;
        var left = page.Programme is { } programme && row?.Training is { } training
            ? programme.Training.Where(m => training.AssignedModuleIds.Contains(m.Id) && !training.CompletedModuleIds.Contains(m.Id)).ToList()
            : [];
        return new MyProgramme(page, row)
        {
            TrainingLeft = left,
            StepDown = stepDown,
            NextMeeting = page.Programme is { } p && row?.IsOpen != false ? NextMeeting(p.Meetings, calendar, now, page.TermStart, page.TermEnd) : null,
        };
    }

    /// <summary>The next meeting after <paramref name="now"/> (and not before the term) within the term,
    /// or null: from the cohort's <paramref name="calendar"/> when it has one (a moved meeting at its new
    /// time, a cancelled one skipped), otherwise, and after the calendar's last meeting, from the
    /// programme's monthly rhythm in its time zone.</summary>
    public static DateTimeOffset? NextMeeting(MeetingCadence meetings, CohortCalendarStatus? calendar, DateTimeOffset now, DateTimeOffset? termStart, DateTimeOffset? termEnd)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var from = termStart is { } start && start > now ? start : now;
        if (calendar is not { Meetings.Count: > 0 })
        {
            return NextMeeting(meetings, from, termEnd);
        }

        var next = calendar.Meetings
            .Where(m => m.StartUtc is { } at && new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) > from)
            .Select(m => new DateTimeOffset(DateTime.SpecifyKind(m.StartUtc!.Value, DateTimeKind.Utc)))
            .Order()
            .FirstOrDefault();
        if (next != default)
        {
            return WithinTerm(next, termEnd);
        }

        // The calendar holds this term's meetings; the rhythm goes on after its last planned one.
        var last = new DateTimeOffset(DateTime.SpecifyKind(calendar.Meetings.Max(m => m.PlannedUtc), DateTimeKind.Utc));
        return NextMeeting(meetings, last > from ? last : from, termEnd);
    }

    /// <summary>The first meeting of the programme's monthly rhythm after <paramref name="from"/>, in
    /// the programme's time zone; null when none falls within the term.</summary>
    private static DateTimeOffset? NextMeeting(MeetingCadence meetings, DateTimeOffset from, DateTimeOffset? termEnd)
    {
        var zone = PageDates.Zone(meetings.TimeZone);
        var local = TimeZoneInfo.ConvertTime(from, zone);
        if (!TimeOnly.TryParse(meetings.StartTime, System.Globalization.CultureInfo.InvariantCulture, out var at))
        {
            return null;
        }

        for (var i = 0; i < 14; i++)
        {
            var month = new DateOnly(local.Year, local.Month, 1).AddMonths(i);
            var day = MonthlyRecurrence.OccurrenceDate(month.Year, month.Month, meetings.DayOfWeek, Math.Clamp(meetings.WeekOfMonth, 1, MonthlyRecurrence.LastWeek));
            var wall = day.ToDateTime(at);
            var meeting = new DateTimeOffset(wall, zone.GetUtcOffset(wall));
            if (meeting > from)
            {
                return WithinTerm(meeting, termEnd);
            }
        }

        return null;
    }

    // The term's end is its last day: a meeting on that day still counts.
    private static DateTimeOffset? WithinTerm(DateTimeOffset meeting, DateTimeOffset? termEnd)
        => termEnd is { } end && meeting > end.AddDays(1) ? null : meeting;

    /// <summary>The next meeting as an .ics file in the page's language.</summary>
    public static string MeetingIcs(MyProgramme programme, PersonalView view, DateTimeOffset start, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(view);
        var definition = programme.Page.Programme!;
        var me = view.Person is { } person ? new EmailAddress(person.Email, person.DisplayName) : new EmailAddress("ambassador@invalid");
        var name = programme.Page.In(definition.Name);
        var meeting = new IcsMeeting(
            $"{CohortReadModel.CohortOf(programme.Page.Approval.InstanceId)}:my-meeting:{start.UtcDateTime:yyyyMM}",
            $"{view.Say.MeetingTitle} · {name}",
            programme.Page.In(definition.Purpose),
            me,
            [me],
            start.ToUniversalTime(),
            TimeSpan.FromMinutes(definition.Meetings.DurationMinutes),
            definition.Meetings.Location);
        return IcsWriter.WriteMeeting(meeting, stamp);
    }
}
