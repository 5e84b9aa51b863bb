namespace AmbassadorFlows.Workflows.Figures;

/// <summary>When an ambassador is flagged as at risk: the programme's optional <c>atRisk</c> section.
/// Programmes released without it (v1, v2) get these defaults.</summary>
public sealed record AtRiskSettings
{
    /// <summary>Meetings in a row the ambassador said they did not attend.</summary>
    public int MissedMeetingsInARow { get; init; } = 2;

    /// <summary>Months in a row, while serving, without a check-in.</summary>
    public int MonthsWithoutCheckIn { get; init; } = 2;

    /// <summary>Hours reported above the budget times this factor are far over it.</summary>
    public double HoursOverBudgetFactor { get; init; } = 2;

    /// <summary>Hours reported below the budget times this factor are far under it (0 turns the rule off).</summary>
    public double HoursUnderBudgetFactor { get; init; } = 0.25;

    /// <summary>Check-ins in a row answered "I could not make time this month".</summary>
    public int NoTimeInARow { get; init; } = 1;

    public static AtRiskSettings Default { get; } = new();
}
