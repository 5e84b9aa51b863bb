using AmbassadorFlows.Workflows.Cohorts;

namespace AmbassadorFlows.Functions.Health;

/// <summary>One month of a cohort, or of a programme (month N of each of its cohorts added up).</summary>
/// <param name="Month">1 for the cohort's first meeting, 2 for the next, ...</param>
/// <param name="MeetingStart">When that month's meeting began; null for a programme (its cohorts meet on different days) or when nothing records it.</param>
/// <param name="Cohorts">How many cohorts reached this month (1 for a cohort).</param>
/// <param name="Active">Ambassadors serving that month.</param>
/// <param name="Attended">Of those, how many said in their check-in that they attended the meeting.</param>
/// <param name="CheckInsRequested">Check-ins asked of them.</param>
/// <param name="CheckInsAnswered">Check-ins answered.</param>
/// <param name="HoursReported">Hours reported in check-ins whose hours could be read.</param>
/// <param name="HoursReports">How many check-ins those hours come from.</param>
/// <param name="StepDowns">Journeys that ended that month because the ambassador stepped down or left the company.</param>
/// <param name="AtRisk">Ambassadors serving that month whose check-ins up to then raise a flag.</param>
/// <param name="Themes">What that month's check-ins keep mentioning.</param>
public sealed record HealthMonth(
    int Month,
    DateTimeOffset? MeetingStart,
    int Cohorts,
    int Active,
    int Attended,
    int CheckInsRequested,
    int CheckInsAnswered,
    double HoursReported,
    int HoursReports,
    int StepDowns,
    int AtRisk,
    FeedbackThemes Themes)
{
    /// <summary>Attended / active, in percent; null when nobody was serving.</summary>
    public double? AttendancePercent => Percent(Attended, Active);

    /// <summary>Answered / requested, in percent; null when nothing was asked.</summary>
    public double? AnsweredPercent => Percent(CheckInsAnswered, CheckInsRequested);

    /// <summary>Hours per ambassador who reported hours. A check-in not (yet) answered is no report
    /// of zero hours: dividing by everyone serving would show an unanswered month as under budget.</summary>
    public double? HoursPerAmbassador => HoursReports == 0 ? null : HoursReported / HoursReports;

    private static double? Percent(int part, int whole) => whole == 0 ? null : 100.0 * part / whole;
}
