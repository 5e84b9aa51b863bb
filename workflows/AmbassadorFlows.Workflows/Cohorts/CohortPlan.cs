using AmbassadorFlows.Workflows.Programmes;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>The cohort's calendar, computed once by an activity so that time-zone rules live in
/// history: the application deadline and every meeting (start, UTC) for all possible terms.</summary>
public sealed record CohortPlan(Person Hr, DateTime ApplicationDeadline, IReadOnlyList<DateTime> MeetingsUtc)
{
    public DateTime TermStart => MeetingsUtc[0];

    /// <summary>When the cohort ends <paramref name="term"/> (from 1): after the check-ins of the
    /// term's last meeting, before the next month's invites. The one place this moment is computed:
    /// the cohort waits for it, and (version 3) journeys announce it as the term's last day.</summary>
    public DateTime TermEndsAt(int term, ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return MeetingsUtc[(term * programme.TermMonths) - 1].AddDays(28 - programme.Meetings.InviteDaysBefore);
    }

    /// <summary>Every term the programme allows, as the cohort's calendar has it.</summary>
    public IReadOnlyList<TermSchedule> Terms(ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return [.. Enumerable.Range(1, programme.MaxTerms).Select(term => new TermSchedule(MeetingsUtc[(term - 1) * programme.TermMonths], TermEndsAt(term, programme)))];
    }
}
