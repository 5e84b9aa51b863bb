using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Figures;

/// <summary>The signals that an ambassador may be stuck or overloaded, read at one cohort month from
/// the months they were asked about (a month served without a request, e.g. while a renewal was
/// decided, says nothing either way). Options that are always open, such as stepping down, are no
/// signal: only what the ambassador did or said.</summary>
public static class AtRiskRules
{
    /// <param name="ambassador">The ambassador, with every check-in.</param>
    /// <param name="askedMonths">The months up to <paramref name="month"/> they served and were asked about (or checked in for), any order.</param>
    /// <param name="month">The month assessed.</param>
    /// <param name="isLatest">Whether <paramref name="month"/> is the cohort's current month: only then do
    /// signals read from the current state (training overdue) count.</param>
    public static IReadOnlyList<AtRiskReason> Assess(AmbassadorProgress ambassador, IReadOnlyCollection<int> askedMonths, int month, bool isLatest, double budgetHoursPerMonth, AtRiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(ambassador);
        ArgumentNullException.ThrowIfNull(askedMonths);
        ArgumentNullException.ThrowIfNull(settings);
        var byMonth = new Dictionary<int, CheckInRecord>();
        foreach (var checkIn in ambassador.CheckIns.Where(c => c.Month <= month))
        {
            byMonth[checkIn.Month] = checkIn; // one per month (upsert); the last one read wins
        }

        var latestFirst = askedMonths.Where(m => m <= month).Distinct().OrderDescending().ToList();
        var reasons = new List<AtRiskReason>();

        var missed = InARow(latestFirst, m => byMonth.TryGetValue(m, out var c) ? !c.AttendedMeeting : null);
        if (missed >= settings.MissedMeetingsInARow)
        {
            reasons.Add(new AtRiskReason(AtRiskKind.MissedMeetings, month, missed));
        }

        var silent = InARow(latestFirst, m => !byMonth.ContainsKey(m));
        if (silent >= settings.MonthsWithoutCheckIn)
        {
            reasons.Add(new AtRiskReason(AtRiskKind.NoCheckIn, month, silent));
        }

        var noTime = InARow(latestFirst, m => byMonth.TryGetValue(m, out var c) ? c.NoTime : null);
        if (noTime >= settings.NoTimeInARow)
        {
            reasons.Add(new AtRiskReason(AtRiskKind.NoTime, month, noTime));
        }

        // The hours of this month's check-in, or last month's while this one is still open; unreadable
        // hours say nothing about the budget either way, and "no time" already says why they are low.
        var hours = (byMonth.GetValueOrDefault(month) ?? byMonth.GetValueOrDefault(month - 1)) is { HoursInvalid: false } recent ? recent : null;
        if (hours is not null && hours.HoursSpent > budgetHoursPerMonth * settings.HoursOverBudgetFactor)
        {
            reasons.Add(new AtRiskReason(AtRiskKind.HoursOverBudget, hours.Month, Hours: hours.HoursSpent, BudgetHours: budgetHoursPerMonth));
        }
        else if (hours is { NoTime: false } && settings.HoursUnderBudgetFactor > 0 && hours.HoursSpent < budgetHoursPerMonth * settings.HoursUnderBudgetFactor)
        {
            reasons.Add(new AtRiskReason(AtRiskKind.HoursUnderBudget, hours.Month, Hours: hours.HoursSpent, BudgetHours: budgetHoursPerMonth));
        }

        if (isLatest && ambassador.Training is { Overdue: true } training && training.CompletedModuleIds.Count < training.AssignedModuleIds.Count)
        {
            reasons.Add(new AtRiskReason(AtRiskKind.TrainingOverdue, month));
        }

        return reasons;
    }

    /// <summary>How many of the months, latest first, hold in a row; a month that does not say (null) ends the run.</summary>
    private static int InARow(IEnumerable<int> latestFirst, Func<int, bool?> holds)
    {
        var count = 0;
        foreach (var m in latestFirst)
        {
            if (holds(m) != true)
            {
                break;
            }

            count++;
        }

        return count;
    }
}
