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
        ArgumentNullException.ThrowIfNull(languages);
        var months = cohorts.SelectMany(c => CohortFigures.Compute(c, budgetHoursPerMonth, settings).Months)
            .GroupBy(f => f.Month)
            .OrderBy(g => g.Key)
            .Select(g => ToMonth(g.Aggregate(Sum), null, g.Count(), g.Sum(f => f.AtRisk.Count), FeedbackThemes.Of(g.SelectMany(f => f.CheckIns).ToList(), languages)))
            .ToList();
        return new HealthReport(HealthScope.Programme, programmeId, programmeId, budgetHoursPerMonth, [.. cohorts.Select(c => c.CohortId)], months);
    }

    private static CohortFiguresInput Input(CohortHealthInput cohort)
        => CohortFiguresSource.Input(cohort.CohortId, cohort.Ambassadors, cohort.JourneyApprovals);

    private static MonthFigures Sum(MonthFigures a, MonthFigures b)
        => new(a.Month, null, a.Active + b.Active, a.Attended + b.Attended, a.Requested + b.Requested, a.Answered + b.Answered, a.HoursReported + b.HoursReported, a.HoursReports + b.HoursReports, a.StepDowns + b.StepDowns, [.. a.AtRisk, .. b.AtRisk], [.. a.CheckIns, .. b.CheckIns]);

    private static HealthMonth ToMonth(MonthFigures f, DateTimeOffset? start, int cohorts, int atRisk, FeedbackThemes themes)
        => new(f.Month, start, cohorts, f.Active, f.Attended, f.Requested, f.Answered, f.HoursReported, f.HoursReports, f.StepDowns, atRisk, themes);
}
