using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Workflows.Journeys;

/// <summary>What a journey needs. The programme travels whole, so the journey's history pins the
/// version the cohort started with. <see cref="TermStart"/> is the cohort's first meeting.</summary>
public sealed record JourneyInput(
    string CohortId,
    string EmployeeId,
    string HrOwnerId,
    ProgrammeDefinition Programme,
    DateTime TermStart);
