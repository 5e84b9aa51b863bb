using System.Globalization;
using System.Text;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Cohorts;

namespace AmbassadorFlows.Functions.Health;

/// <summary>A health report as CSV (RFC 4180): one line per month with the numbers of the charts and
/// tables. Column keys are fixed English and numbers invariant (a dot for decimals, percentages
/// without the sign), so a spreadsheet or script reads every export the same way; an empty cell is a
/// value that does not exist (no attendance rate in a month nobody served).</summary>
public static class HealthCsv
{
    public const string Header = "scope,id,month,meeting_start,cohorts,active,step_downs,at_risk,attended,attendance_pct,check_ins_requested,check_ins_answered,answered_pct,hours_reported,hours_reports,hours_per_ambassador,budget_hours,themes_successes,themes_challenges,themes_asks";

    public static string Write(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder(Header).Append("\r\n");
        var scope = report.Scope == HealthScope.Cohort ? "cohort" : "programme";
        foreach (var m in report.Months)
        {
            string?[] cells =
            [
                scope,
                report.Id,
                Integer(m.Month),
                m.MeetingStart?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Integer(m.Cohorts),
                Integer(m.Active),
                Integer(m.StepDowns),
                Integer(m.AtRisk),
                Integer(m.Attended),
                Decimal(m.AttendancePercent),
                Integer(m.CheckInsRequested),
                Integer(m.CheckInsAnswered),
                Decimal(m.AnsweredPercent),
                Decimal(m.HoursReported),
                Integer(m.HoursReports),
                Decimal(m.HoursPerAmbassador),
                Decimal(report.BudgetHoursPerMonth),
                Themes(m.Themes.Successes),
                Themes(m.Themes.Challenges),
                Themes(m.Themes.Asks),
            ];
            csv.AppendJoin(',', cells.Select(Csv.Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The file name offered for download: the scope and id, safe in a header.</summary>
    public static string FileName(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var id = new string([.. report.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        return $"health-{(report.Scope == HealthScope.Cohort ? "cohort" : "programme")}-{id}.csv";
    }

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Decimal(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"bike (3); showers (2)": semicolons, so the terms stay apart inside one cell.</summary>
    private static string Themes(IReadOnlyList<ThemeTerm> terms) => string.Join("; ", terms.Select(t => $"{t.Term} ({t.Mentions})"));
}
