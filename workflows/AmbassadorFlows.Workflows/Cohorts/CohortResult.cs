using AmbassadorFlows.Workflows.Journeys;

namespace AmbassadorFlows.Workflows.Cohorts;

public enum CohortOutcome
{
    Completed,
    NoApplicants,
    SelectionNotApproved,

    /// <summary>HR approved the selection with nobody ticked.</summary>
    NoAmbassadorsSelected,
}

public sealed record CohortResult(
    string CohortId,
    string ProgrammeVersion,
    CohortOutcome Outcome,
    int Candidates,
    IReadOnlyList<JourneyResult> Journeys,
    int MeetingsHeld);
