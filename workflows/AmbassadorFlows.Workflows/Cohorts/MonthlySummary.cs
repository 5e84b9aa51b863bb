using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Cohorts;

/// <summary>What HR hears about one month: who attended, what ambassadors said, and who may need a
/// conversation. Computed from the read model by <see cref="Activities.SendHrMonthlySummary"/>.</summary>
public sealed record MonthlySummary(
    int Month,
    int Participants,
    int Attended,
    int CheckIns,
    FeedbackThemes Themes,
    IReadOnlyList<AtRiskAmbassador> AtRisk);

public sealed record AtRiskAmbassador(string EmployeeId, IReadOnlyList<string> Reasons);

/// <summary>The signals that an ambassador may be stuck or overloaded.</summary>
public static class AtRiskRules
{
    public const string MissedMeetings = "missed-meetings";
    public const string TrainingOverdue = "training-overdue";
    public const string TimeBudgetExceeded = "time-budget-exceeded";
    public const string TimeBudgetUnused = "time-budget-unused";

    /// <summary>Missed: no attended check-in for this month and the one before (from month 2).
    /// Exceeded: more than 1.5× the budget this month. Unused: checked in with 0 hours.</summary>
    public static IReadOnlyList<string> Assess(AmbassadorProgress ambassador, int month, double budgetHoursPerMonth)
    {
        ArgumentNullException.ThrowIfNull(ambassador);
        var reasons = new List<string>();
        bool Attended(int m) => ambassador.CheckIns.Any(c => c.Month == m && c.AttendedMeeting);
        if (month >= 2 && !Attended(month) && !Attended(month - 1))
        {
            reasons.Add(MissedMeetings);
        }

        if (ambassador.Training is { Overdue: true } training && training.CompletedModuleIds.Count < training.AssignedModuleIds.Count)
        {
            reasons.Add(TrainingOverdue);
        }

        // Unreadable hours say nothing about the budget either way.
        var thisMonth = ambassador.CheckIns.LastOrDefault(c => c.Month == month && !c.HoursInvalid);
        if (thisMonth is not null && thisMonth.HoursSpent > budgetHoursPerMonth * 1.5)
        {
            reasons.Add(TimeBudgetExceeded);
        }
        else if (thisMonth is not null && thisMonth.HoursSpent <= 0)
        {
            reasons.Add(TimeBudgetUnused);
        }

        return reasons;
    }
}
