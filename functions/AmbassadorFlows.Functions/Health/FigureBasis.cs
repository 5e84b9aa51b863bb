using AmbassadorFlows.Workflows.Figures;

namespace AmbassadorFlows.Functions.Health;

/// <summary>What a cohort's figures are computed under besides its rows: the programme version it
/// runs (budget, at-risk thresholds, languages for the themes' stopwords). <see cref="Key"/> names it;
/// what was kept under another key is computed again.</summary>
public sealed record FigureBasis(string Key, string? ProgrammeId, double BudgetHoursPerMonth, AtRiskSettings AtRisk, IReadOnlyList<string> Languages);
