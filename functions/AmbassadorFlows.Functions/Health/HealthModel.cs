using AmbassadorFlows.Workflows.Figures;

namespace AmbassadorFlows.Functions.Health;

/// <summary>Programme health: per cohort, the months of <see cref="CohortFigures"/> (the one figures
/// model, which the cohort page and HR's monthly summary read too), added up ambassador by ambassador
/// with their feedback themes (<see cref="FigureParts"/>, as the stores keep them); per programme, its
/// cohorts aligned by cohort month 1..N and added up. Erased answers (null texts)
/// simply add no themes.</summary>
public static class HealthModel
{
    public static HealthReport ForCohort(CohortHealthInput cohort, string? programmeId, double budgetHoursPerMonth, IReadOnlyList<string> languages, AtRiskSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return ForCohort(Input(cohort), programmeId, budgetHoursPerMonth, languages, settings);
    }

    /// <summary>A cohort's report as the pages show it: its ambassadors' parts added up (<see cref="FigureParts"/>).</summary>
    public static HealthReport ForCohort(CohortFiguresInput cohort, string? programmeId, double budgetHoursPerMonth, IReadOnlyList<string> languages, AtRiskSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var basis = Basis(programmeId, budgetHoursPerMonth, languages, settings);
        return FigureParts.Build(cohort, basis).Totals.ToKept(cohort.CohortId, basis).Report;
    }

    public static HealthReport ForProgramme(string programmeId, IReadOnlyList<CohortHealthInput> cohorts, double budgetHoursPerMonth, IReadOnlyList<string> languages, AtRiskSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        return ForProgramme(programmeId, [.. cohorts.Select(Input)], budgetHoursPerMonth, languages, settings);
    }

    /// <summary>Month N of the programme is month N of each of its cohorts: cohorts started at
    /// different times line up by how far along they are, which is what a programme's health is about.</summary>
    public static HealthReport ForProgramme(string programmeId, IReadOnlyList<CohortFiguresInput> cohorts, double budgetHoursPerMonth, IReadOnlyList<string> languages, AtRiskSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var basis = Basis(programmeId, budgetHoursPerMonth, languages, settings);
        return ForProgramme(programmeId, budgetHoursPerMonth, [.. cohorts.Select(c => (c.CohortId, FigureParts.Build(c, basis).Totals))]);
    }

    /// <summary>A programme's months from its cohorts' kept sums (each under the programme version
    /// it runs, as its own page shows it): term counts add up, so the themes are the programme's.</summary>
    public static HealthReport ForProgramme(string programmeId, double budgetHoursPerMonth, IReadOnlyList<(string CohortId, FigureTotals Totals)> cohorts)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var months = cohorts.SelectMany(c => c.Totals.Totals.Select((total, i) => (Month: i + 1, Total: total)))
            .GroupBy(m => m.Month)
            .OrderBy(g => g.Key)
            .Select(g => MonthTotal.Sum(g.Select(m => m.Total)).ToHealthMonth(g.Key, null, g.Count()))
            .ToList();
        return new HealthReport(HealthScope.Programme, programmeId, programmeId, budgetHoursPerMonth, [.. cohorts.Select(c => c.CohortId)], months);
    }

    private static CohortFiguresInput Input(CohortHealthInput cohort)
        => CohortFiguresSource.Input(cohort.CohortId, cohort.Ambassadors, cohort.JourneyApprovals);

    /// <summary>A basis for figures computed here and not kept (so it needs no key).</summary>
    private static FigureBasis Basis(string? programmeId, double budgetHoursPerMonth, IReadOnlyList<string> languages, AtRiskSettings? settings)
        => new(string.Empty, programmeId, budgetHoursPerMonth, settings ?? AtRiskSettings.Default, languages);
}
