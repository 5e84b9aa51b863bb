using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>The cohort's calendar, computed once by an activity so that time-zone rules live in
/// history: the application deadline and every meeting (start, UTC) for all possible terms.</summary>
public sealed record CohortPlan(Person Hr, DateTime ApplicationDeadline, IReadOnlyList<DateTime> MeetingsUtc)
{
    public DateTime TermStart => MeetingsUtc[0];
}
