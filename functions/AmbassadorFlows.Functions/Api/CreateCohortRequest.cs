namespace AmbassadorFlows.Functions.Api;

/// <summary>The body of <c>POST /api/cohorts</c> (documented in the OpenAPI file; parsed by
/// <see cref="CohortRequestParser"/>, which names each bad field).</summary>
/// <param name="ProgrammeId">A programme of the catalogue, e.g. "mobility-ambassadors".</param>
/// <param name="ProgrammeVersion">A published version; omitted = the latest.</param>
/// <param name="StartDate">When the posting opens (yyyy-MM-dd), today or later; default today.</param>
/// <param name="PostingDeadline">Last day to apply (yyyy-MM-dd), after the start date and at most 90 days after it; applications close at the end of that day in the programme's time zone. Optional: default the start date plus the programme's application window.</param>
/// <param name="Nominees">Employee ids encouraged personally to apply.</param>
/// <param name="HrOwner">Employee id of the HR programme owner, who approves the selection.</param>
/// <param name="Audience">Directory group that receives the posting ("all-staff", a department, a region); default all-staff.</param>
/// <param name="CohortId">Optional id (lower-case letters, digits, dashes); generated when omitted.</param>
public sealed record CreateCohortRequest(
    string ProgrammeId,
    int? ProgrammeVersion,
    DateOnly StartDate,
    DateOnly? PostingDeadline,
    IReadOnlyList<string> Nominees,
    string HrOwner,
    string? Audience = null,
    string? CohortId = null);

/// <summary>The 202 answer: where to follow the cohort.</summary>
public sealed record CohortAccepted(string Id, string Programme, DateOnly StartDate, DateOnly PostingDeadline, Uri StatusQueryGetUri, Uri DashboardUri);
