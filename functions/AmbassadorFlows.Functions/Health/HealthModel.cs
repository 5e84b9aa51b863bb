using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Figures;

namespace AmbassadorFlows.Functions.Health;

/// <summary>Programme health: per cohort, the months of <see cref="CohortFigures"/> (the one figures
/// model, which the cohort page and HR's monthly summary read too) with their feedback themes; per
/// programme, its cohorts aligned by cohort month 1..N and added up. Erased answers (null texts)
/// simply add no themes.</summary>
public static class HealthModel
{
    public static HealthReport ForCohort(CohortHealthInput cohort, string? programmeId, double budgetHoursPerMonth, IReadOnlyList<string> languages, AtRiskSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return ForCohort(Input(cohort), programmeId, budgetHoursPerMonth, languages, settings);
    }

    public static HealthReport ForCohort(CohortFiguresInput cohort, string? programmeId, double budgetHoursPerMonth, IReadOnlyList<string> languages, AtRiskSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(languages);
        return ForCohort(CohortFigures.Compute(cohort, budgetHoursPerMonth, settings), programmeId, languages);
    }

    /// <summary>A cohort's report from its figures, computed once (the cohort page's at-risk list is of the same figures).</summary>
    public static HealthReport ForCohort(CohortFigures figures, string? programmeId, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(languages);
        var months = figures.Months.Select(f => ToMonth(f, f.MeetingStart, 1, f.AtRisk.Count, FeedbackThemes.Of(f.CheckIns, languages))).ToList();
        return new HealthReport(HealthScope.Cohort, figures.CohortId, programmeId, figures.BudgetHoursPerMonth, [figures.CohortId], months);
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
        var basis = new FigureBasis(string.Empty, programmeId, budgetHoursPerMonth, settings ?? AtRiskSettings.Default, languages);
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

    private static HealthMonth ToMonth(MonthFigures f, DateTimeOffset? start, int cohorts, int atRisk, FeedbackThemes themes)
        => new(f.Month, start, cohorts, f.Active, f.Attended, f.Requested, f.Answered, f.HoursReported, f.HoursReports, f.StepDowns, atRisk, themes);
}
