using System.Text.Json.Serialization;
using AmbassadorFlows.Workflows.Journeys;

namespace AmbassadorFlows.Workflows.Cohorts;

// By name in every payload, whatever the serializer: histories, outputs and the management API read as words.
[JsonConverter(typeof(JsonStringEnumConverter<CohortOutcome>))]
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
