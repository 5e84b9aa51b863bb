using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Figures;

/// <summary>The one model of a cohort's figures, month by month: the health pages and CSV, the cohort
/// page's at-risk list and HR's monthly summary all read it, so they agree by construction. Pure:
/// computed from <see cref="CohortFiguresInput"/>, the programme's budget and its at-risk settings.</summary>
/// <param name="Months">Month 1 to the last month anyone was asked about or checked in for.</param>
public sealed record CohortFigures(string CohortId, double BudgetHoursPerMonth, IReadOnlyList<MonthFigures> Months)
{
    private static readonly string[] EndedEarly = [nameof(JourneyOutcome.SteppedDown), nameof(JourneyOutcome.LeftCompany)];

    /// <summary>Who is at risk now: the flags of the latest month (none before the first meeting).</summary>
    public IReadOnlyList<AtRiskAmbassador> AtRiskNow => Months.Count == 0 ? [] : Months[^1].AtRisk;

    /// <summary>The figures of a month; an empty month when it is not (yet) among <see cref="Months"/>.</summary>
    public MonthFigures Month(int month) => month >= 1 && month <= Months.Count ? Months[month - 1] : MonthFigures.Empty(month);

    public static CohortFigures Compute(CohortFiguresInput input, double budgetHoursPerMonth, AtRiskSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        settings ??= AtRiskSettings.Default;
        var requests = input.Requests;
        var byJourneyMonth = requests.GroupBy(r => (r.JourneyInstanceId, r.Month)).ToDictionary(g => g.Key, g => g.Any(r => r.Answered));
        var months = CohortMonths.Of(requests, input.Ambassadors.SelectMany(a => a.CheckIns).Select(c => c.Month).DefaultIfEmpty(0).Max());
        // Each journey's requests once, by id: matching every ambassador against every request grew with N².
        var monthsAsked = requests.ToLookup(r => r.JourneyInstanceId, r => r.Month, StringComparer.Ordinal);
        var first = input.Ambassadors.ToDictionary(
            a => a.JourneyInstanceId,
            a => monthsAsked[a.JourneyInstanceId].Concat(a.CheckIns.Select(c => c.Month)).DefaultIfEmpty(0).Min(),
            StringComparer.Ordinal);
        bool Asked(AmbassadorProgress a, int month) => byJourneyMonth.ContainsKey((a.JourneyInstanceId, month)) || a.CheckIns.Any(c => c.Month == month);

        var asked = input.Ambassadors.ToDictionary(a => a.JourneyInstanceId, _ => new List<int>(), StringComparer.Ordinal);
        var result = new List<MonthFigures>();
        for (var month = 1; month <= months.Count; month++)
        {
            var start = months.StartOf(month);
            var next = month < months.Count ? months.StartOf(month + 1) : null;
            var isLatest = month == months.Count;
            var active = input.Ambassadors.Where(a => Served(a, month, start, first[a.JourneyInstanceId], byJourneyMonth)).ToList();
            foreach (var a in active.Where(a => Asked(a, month)))
            {
                asked[a.JourneyInstanceId].Add(month);
            }

            var checkIns = active.SelectMany(a => a.CheckIns.Where(c => c.Month == month)).ToList();
            var hours = checkIns.Where(c => !c.HoursInvalid).ToList();
            // Flagged: still in the programme at the month's end (now, for the latest month): nobody
            // needs a conversation about a journey that has ended.
            var atRisk = active
                .Where(a => a.Step != AmbassadorStep.Ended || (!isLatest && next is { } n && a.Since >= n))
                .Select(a => new AtRiskAmbassador(a.EmployeeId, a.JourneyInstanceId, AtRiskRules.Assess(a, asked[a.JourneyInstanceId], month, isLatest, budgetHoursPerMonth, settings)))
                .Where(a => a.Reasons.Count > 0)
                .ToList();
            result.Add(new MonthFigures(
                month,
                start,
                active.Count,
                checkIns.Count(c => c.AttendedMeeting),
                active.Count(a => Asked(a, month)),
                active.Count(a => a.CheckIns.Any(c => c.Month == month) || byJourneyMonth.GetValueOrDefault((a.JourneyInstanceId, month))),
                hours.Sum(c => c.HoursSpent),
                hours.Count,
                input.Ambassadors.Count(a => a.Step == AmbassadorStep.Ended && EndedEarly.Contains(a.Outcome, StringComparer.Ordinal) && months.MonthOf(a.Since) == month),
                atRisk,
                checkIns));
        }

        return new CohortFigures(input.CohortId, budgetHoursPerMonth, result);
    }

    /// <summary>Serving in a month: from the first month the ambassador was asked about (or checked
    /// in for), unless the journey had ended before that month's meeting; then asked about that month,
    /// or, where no request says so (e.g. deciding on a renewal when the next term began), still in
    /// Training, Active or Renewal, or ended after the meeting. The read model keeps only the current
    /// step, so the requests are what tells past months apart. A check-in given during training counts:
    /// the person served that month.</summary>
    private static bool Served(AmbassadorProgress a, int month, DateTimeOffset? start, int firstMonth, Dictionary<(string, int), bool> requests)
    {
        if (firstMonth == 0 || month < firstMonth)
        {
            return false;
        }

        var ended = a.Step == AmbassadorStep.Ended;
        if (ended && start is { } s && a.Since <= s)
        {
            return false;
        }

        if (requests.ContainsKey((a.JourneyInstanceId, month)) || a.CheckIns.Any(c => c.Month == month))
        {
            return true;
        }

        return ended ? start is { } meeting && a.Since > meeting : a.Step is AmbassadorStep.Training or AmbassadorStep.Active or AmbassadorStep.Renewal;
    }
}
