using System.Globalization;
using System.Text;
using AmbassadorFlows.Workflows.Cohorts;
using static AmbassadorFlows.Functions.Web.Html;

namespace AmbassadorFlows.Functions.Health;

/// <summary>HTML of the health pages: each chart with a table of the same numbers beside it (the
/// table is the chart for anyone who cannot see it), then the feedback themes. Every value is encoded.</summary>
public static class HealthPages
{
    /// <param name="path">The page's own path, for the CSV link.</param>
    /// <param name="showThemes">False: the themes section says who may see them instead.</param>
    /// <param name="cohortPageLink">Link to the cohort's own page (it names people: HR only).</param>
    public static string Report(HealthReport report, HealthText text, string path, bool showThemes, bool cohortPageLink)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var cohort = report.Scope == HealthScope.Cohort;
        var html = new StringBuilder("<div id=\"health\">");
        html.Append("<h1>").Append(Encode(cohort ? text.CohortTitle(report.Id) : text.ProgrammeTitle(report.Id))).Append("</h1>")
            .Append("<p class=\"muted\">").Append(Encode(cohort ? text.CohortIntro : text.ProgrammeIntro(report.CohortIds.Count))).Append("</p><p>")
            .Append(Encode(text.Budget(report.BudgetHoursPerMonth.ToString("0.#", text.Culture)))).Append(" · <a id=\"health-csv\" href=\"").Append(Attr(path)).Append(".csv\">")
            .Append(Encode(text.DownloadCsv)).Append("</a>");
        if (cohort && cohortPageLink)
        {
            html.Append(" · <a id=\"cohort-page\" href=\"/cohorts/").Append(Attr(Uri.EscapeDataString(report.Id))).Append("\">").Append(Encode(text.CohortPage)).Append("</a>");
        }

        if (cohort && report.ProgrammeId is { } programme)
        {
            html.Append(" · <a id=\"programme-health\" href=\"").Append(Attr(ProgrammePath(programme))).Append("\">").Append(Encode(text.ProgrammeHealth)).Append(": ").Append(Encode(programme)).Append("</a>");
        }

        html.Append("</p>");
        if (!cohort)
        {
            html.Append("<p>").Append(Encode(text.CohortsCounted)).Append(": ")
                .AppendJoin(", ", report.CohortIds.Select(id => $"<a class=\"cohort-health\" href=\"{Attr(CohortPath(id))}\">{Encode(id)}</a>")).Append("</p>");
        }

        if (report.Months.Count == 0)
        {
            return html.Append("<p class=\"muted\" id=\"no-months\">").Append(Encode(text.NoMonths)).Append("</p></div>").ToString();
        }

        Section(html, text.ActiveChart.Title, HealthCharts.Active(report, text), ActiveTable(report, text));
        Section(html, text.RatesChart.Title, HealthCharts.Rates(report, text), RatesTable(report, text));
        Section(html, text.HoursChart.Title, HealthCharts.Hours(report, text), HoursTable(report, text));
        html.Append("<h2 id=\"themes\">").Append(Encode(text.Themes)).Append("</h2>");
        html.Append(showThemes ? ThemesTable(report, text) : $"<p class=\"muted\" id=\"themes-hidden\">{Encode(text.ThemesForHrOnly)}</p>");
        return html.Append("</div>").ToString();
    }

    public static string CohortPath(string cohortId) => $"/health/cohorts/{Uri.EscapeDataString(cohortId)}";

    public static string ProgrammePath(string programmeId) => $"/health/programmes/{Uri.EscapeDataString(programmeId)}";

    /// <summary>A chart and its table side by side, wrapping under each other on a narrow screen.</summary>
    private static void Section(StringBuilder html, string title, string svg, string table)
        => html.Append("<h2>").Append(Encode(title)).Append("</h2><div class=\"health-row\">")
            .Append("<figure>").Append(svg).Append("</figure>")
            .Append("<div class=\"health-table\">").Append(table).Append("</div></div>");

    private static string ActiveTable(HealthReport report, HealthText text)
    {
        var cohort = report.Scope == HealthScope.Cohort;
        var html = Head("table-active", text, cohort ? text.Meeting : text.Cohorts, text.Active, text.StepDowns, text.AtRisk);
        foreach (var m in report.Months)
        {
            Row(html, m.Month, ("meeting", cohort ? Date(m.MeetingStart) : Integer(m.Cohorts, text)), ("active", Integer(m.Active, text)), ("step-downs", Integer(m.StepDowns, text)), ("at-risk", Integer(m.AtRisk, text)));
        }

        return html.Append("</table>").ToString();
    }

    private static string RatesTable(HealthReport report, HealthText text)
    {
        var html = Head("table-rates", text, text.Attended, text.Attendance, text.CheckInsRequested, text.CheckInsAnswered, text.Answered);
        foreach (var m in report.Months)
        {
            Row(html, m.Month, ("attended", Integer(m.Attended, text)), ("attendance", Percent(m.AttendancePercent, text)), ("requested", Integer(m.CheckInsRequested, text)), ("answered", Integer(m.CheckInsAnswered, text)), ("answered-pct", Percent(m.AnsweredPercent, text)));
        }

        return html.Append("</table>").ToString();
    }

    private static string HoursTable(HealthReport report, HealthText text)
    {
        var html = Head("table-hours", text, text.HoursReported, text.HoursReports, text.HoursPerAmbassador);
        foreach (var m in report.Months)
        {
            Row(html, m.Month, ("hours", Decimal(m.HoursReported, text)), ("reports", Integer(m.HoursReports, text)), ("hours-per-ambassador", Decimal(m.HoursPerAmbassador, text)));
        }

        return html.Append("</table>").ToString();
    }

    private static string ThemesTable(HealthReport report, HealthText text)
    {
        var html = Head("table-themes", text, text.Successes, text.Challenges, text.Asks);
        foreach (var m in report.Months)
        {
            Row(html, m.Month, ("successes", FeedbackThemes.Describe(m.Themes.Successes)), ("challenges", FeedbackThemes.Describe(m.Themes.Challenges)), ("asks", FeedbackThemes.Describe(m.Themes.Asks)));
        }

        return html.Append("</table>").ToString();
    }

    private static StringBuilder Head(string id, HealthText text, params string[] columns)
    {
        var html = new StringBuilder("<table id=\"").Append(id).Append("\"><tr><th scope=\"col\">").Append(Encode(text.Month)).Append("</th>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
        }

        return html.Append("</tr>");
    }

    /// <summary>Values arrive formatted and are encoded here; data-column names the cell for tests and scripts.</summary>
    private static void Row(StringBuilder html, int month, params (string Column, string Value)[] cells)
    {
        html.Append("<tr data-month=\"").Append(month).Append("\"><th scope=\"row\">").Append(month).Append("</th>");
        foreach (var (column, value) in cells)
        {
            html.Append("<td data-column=\"").Append(column).Append("\">").Append(Encode(value)).Append("</td>");
        }

        html.Append("</tr>");
    }

    private static string Integer(int value, HealthText text) => value.ToString("N0", text.Culture);

    private static string Decimal(double? value, HealthText text) => value?.ToString("0.#", text.Culture) ?? "–";

    private static string Percent(double? value, HealthText text) => value is { } v ? (v / 100).ToString("P0", text.Culture) : "–";

    private static string Date(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";
}
