using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Figures;

/// <summary>One month of a cohort: what the health pages, the CSV, the cohort page and HR's monthly
/// summary all show for it.</summary>
/// <param name="Month">1 for the cohort's first meeting, 2 for the next, ...</param>
/// <param name="MeetingStart">When that month's meeting began; null when nothing records it.</param>
/// <param name="Active">Ambassadors serving that month (also those who stepped down later).</param>
/// <param name="Attended">Of those, how many said in their check-in that they attended the meeting.</param>
/// <param name="Requested">Check-ins asked of them.</param>
/// <param name="Answered">Check-ins answered.</param>
/// <param name="HoursReported">Hours reported in check-ins whose hours could be read.</param>
/// <param name="HoursReports">How many check-ins those hours come from.</param>
/// <param name="StepDowns">Journeys that ended that month because the ambassador stepped down or left the company.</param>
/// <param name="AtRisk">Ambassadors serving that month and still in the programme, flagged by the at-risk rules, with their reasons.</param>
/// <param name="CheckIns">That month's check-ins of those serving (for themes).</param>
public sealed record MonthFigures(
    int Month,
    DateTimeOffset? MeetingStart,
    int Active,
    int Attended,
    int Requested,
    int Answered,
    double HoursReported,
    int HoursReports,
    int StepDowns,
    IReadOnlyList<AtRiskAmbassador> AtRisk,
    IReadOnlyList<CheckInRecord> CheckIns)
{
    /// <summary>A month nothing is known of yet (e.g. a summary asked for before anyone was asked).</summary>
    public static MonthFigures Empty(int month) => new(month, null, 0, 0, 0, 0, 0, 0, 0, [], []);
}
