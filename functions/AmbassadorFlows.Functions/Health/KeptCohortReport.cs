using AmbassadorFlows.Workflows.Figures;

namespace AmbassadorFlows.Functions.Health;

/// <summary>What is kept of a cohort's figures between changes: its health report and who is at risk
/// now (the cohort page's list), both from one computation of <see cref="CohortFigures"/>.</summary>
public sealed record KeptCohortReport(HealthReport Report, IReadOnlyList<AtRiskAmbassador> AtRiskNow);
