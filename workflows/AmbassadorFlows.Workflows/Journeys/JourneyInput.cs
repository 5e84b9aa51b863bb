using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>What a journey needs. The programme travels whole, so the journey's history pins the
/// version the cohort started with. <see cref="TermStart"/> is the cohort's first meeting.
/// <see cref="Terms"/> (version 3 cohorts; optional, so older histories still read) is every term
/// as the cohort's calendar has it, so the dates a journey announces are the ones the cohort keeps.</summary>
public sealed record JourneyInput(
    string CohortId,
    string EmployeeId,
    string HrOwnerId,
    ProgrammeDefinition Programme,
    DateTime TermStart,
    IReadOnlyList<TermSchedule>? Terms = null);
