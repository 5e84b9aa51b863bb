namespace AmbassadorFlows.Functions.Health;

/// <summary>Programme health of one cohort or of a whole programme, month by month.</summary>
/// <param name="Id">The cohort id, or the programme id.</param>
/// <param name="ProgrammeId">The programme (null when a cohort's input cannot be read).</param>
/// <param name="BudgetHoursPerMonth">The agreed time budget per ambassador: the cohort's programme version, or the programme's latest.</param>
/// <param name="CohortIds">The cohorts counted.</param>
public sealed record HealthReport(
    HealthScope Scope,
    string Id,
    string? ProgrammeId,
    double BudgetHoursPerMonth,
    IReadOnlyList<string> CohortIds,
    IReadOnlyList<HealthMonth> Months)
{
    /// <summary>The IANA zone the cohort's meetings are held in (null for a programme, whose cohorts may differ).</summary>
    public string? MeetingTimeZone { get; init; }
}
