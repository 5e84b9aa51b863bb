using AmbassadorFlows.Workflows.Journeys;

namespace AmbassadorFlows.Workflows.Cohorts;

public enum CohortOutcome
{
    Completed,
    NoApplicants,
    SelectionNotApproved,
}

public sealed record CohortResult(
    string CohortId,
    string ProgrammeVersion,
    CohortOutcome Outcome,
    int Candidates,
    IReadOnlyList<JourneyResult> Journeys,
    int MeetingsHeld);
