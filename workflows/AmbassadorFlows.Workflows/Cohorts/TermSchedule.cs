namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>One term on the cohort's calendar: its first meeting and the moment the cohort ends it
/// (<see cref="CohortPlan.TermEndsAt"/>), both UTC. Messages name their dates.</summary>
public sealed record TermSchedule(DateTime Start, DateTime EndsAt);
