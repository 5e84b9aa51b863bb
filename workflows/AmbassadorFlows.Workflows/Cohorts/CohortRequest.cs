namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>What HR posts to start a cohort. <see cref="ProgrammeVersion"/> null = the latest;
/// either way the cohort is pinned to the version it loads at the start. <see cref="PostingDeadline"/>
/// is the last day to apply (applications close at the end of that day in the programme's time
/// zone); null = the programme's application window from the start.</summary>
public sealed record CohortRequest(
    string CohortId,
    string ProgrammeId,
    string HrOwnerId,
    string AudienceGroupId,
    IReadOnlyList<string> NominatedEmployeeIds,
    int? ProgrammeVersion = null,
    DateOnly? PostingDeadline = null);
