namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>What HR posts to start a cohort. <see cref="ProgrammeVersion"/> null = the latest;
/// either way the cohort is pinned to the version it loads at the start.</summary>
public sealed record CohortRequest(
    string CohortId,
    string ProgrammeId,
    string HrOwnerId,
    string AudienceGroupId,
    IReadOnlyList<string> NominatedEmployeeIds,
    int? ProgrammeVersion = null);
