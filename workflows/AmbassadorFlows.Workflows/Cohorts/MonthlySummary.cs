using AmbassadorFlows.Workflows.Figures;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>What HR hears about one month: who attended, what ambassadors said, and who may need a
/// conversation. The counts and the at-risk list are that month of <see cref="CohortFigures"/>, as
/// the health page shows it at the same moment (<see cref="Activities.SendHrMonthlySummary"/>).</summary>
/// <param name="Participants">Ambassadors serving that month (also those who stepped down later).</param>
/// <param name="CheckIns">Check-ins answered for that month.</param>
public sealed record MonthlySummary(
    int Month,
    int Participants,
    int Attended,
    int CheckIns,
    FeedbackThemes Themes,
    IReadOnlyList<AtRiskAmbassador> AtRisk)
{
    /// <summary>Check-ins asked for that month.</summary>
    public int CheckInsRequested { get; init; }

    /// <summary>Hours reported in that month's readable check-ins.</summary>
    public double HoursReported { get; init; }

    /// <summary>How many check-ins those hours come from.</summary>
    public int HoursReports { get; init; }

    /// <summary>Journeys that ended that month because the ambassador stepped down or left.</summary>
    public int StepDowns { get; init; }
}
