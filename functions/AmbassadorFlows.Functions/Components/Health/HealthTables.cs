using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Health;
using AmbassadorFlows.Workflows.Cohorts;

namespace AmbassadorFlows.Functions.Components.Health;

/// <summary>The rows of the health tables, numbers and days formatted in the reader's language ("–" where a
/// month has no value, e.g. a rate when nobody was asked).</summary>
public static class HealthTables
{
    public static IReadOnlyList<HealthTableRow> Active(HealthReport report, HealthText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cohort = report.Scope == HealthScope.Cohort;
        return [.. report.Months.Select(m => new HealthTableRow(m.Month, [
            ("meeting", cohort ? Date(m.MeetingStart, report.MeetingTimeZone, text) : Integer(m.Cohorts, text)), ("active", Integer(m.Active, text)),
            ("step-downs", Integer(m.StepDowns, text)), ("at-risk", Integer(m.AtRisk, text))]))];
    }

    public static IReadOnlyList<HealthTableRow> Rates(HealthReport report, HealthText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Months.Select(m => new HealthTableRow(m.Month, [
            ("attended", Integer(m.Attended, text)), ("attendance", Percent(m.AttendancePercent, text)), ("requested", Integer(m.CheckInsRequested, text)),
            ("answered", Integer(m.CheckInsAnswered, text)), ("answered-pct", Percent(m.AnsweredPercent, text))]))];
    }

    public static IReadOnlyList<HealthTableRow> Hours(HealthReport report, HealthText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Months.Select(m => new HealthTableRow(m.Month, [
            ("hours", Decimal(m.HoursReported, text)), ("reports", Integer(m.HoursReports, text)), ("hours-per-ambassador", Decimal(m.HoursPerAmbassador, text))]))];
    }

    public static IReadOnlyList<HealthTableRow> Themes(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Months.Select(m => new HealthTableRow(m.Month, [
            ("successes", FeedbackThemes.Describe(m.Themes.Successes)), ("challenges", FeedbackThemes.Describe(m.Themes.Challenges)), ("asks", FeedbackThemes.Describe(m.Themes.Asks))]))];
    }

    private static string Integer(int value, HealthText text) => value.ToString("N0", text.Culture);

    private static string Decimal(double? value, HealthText text) => value?.ToString("0.#", text.Culture) ?? "–";

    private static string Percent(double? value, HealthText text) => value is { } v ? (v / 100).ToString("P0", text.Culture) : "–";

    /// <summary>The meeting's day as the reader writes it, short so the table fits a phone ("24. feb. 2027"),
    /// in the zone the meetings are held in.</summary>
    private static string Date(DateTimeOffset? value, string? zone, HealthText text)
        => value is { } v ? DashboardText.For(text.Language).InZone(PageDates.Zone(zone)).DayText(v) : "–";
}
