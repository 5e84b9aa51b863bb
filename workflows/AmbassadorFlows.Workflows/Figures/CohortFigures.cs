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
        var months = CohortMonths.Of(input.Requests, input.Ambassadors.SelectMany(a => a.CheckIns).Select(c => c.Month).DefaultIfEmpty(0).Max());
        // Each journey's requests once, by id: matching every ambassador against every request grew with N².
        var requestsOf = input.Requests.ToLookup(r => r.JourneyInstanceId, StringComparer.Ordinal);
        var sums = Enumerable.Range(1, months.Count).Select(m => new MonthSum(m, months.StartOf(m))).ToArray();
        foreach (var ambassador in input.Ambassadors)
        {
            foreach (var part in MonthsOf(ambassador, [.. requestsOf[ambassador.JourneyInstanceId]], months, budgetHoursPerMonth, settings))
            {
                sums[part.Month - 1].Add(part);
            }
        }

        return new CohortFigures(input.CohortId, budgetHoursPerMonth, [.. sums.Select(s => s.ToFigures())]);
    }

    /// <summary>What one ambassador adds to each month of the cohort (months they neither served nor
    /// stepped down in are left out), from their own row, check-ins and their journey's requests.</summary>
    public static IReadOnlyList<AmbassadorMonth> MonthsOf(AmbassadorProgress ambassador, IReadOnlyList<CheckInRequest> requests, CohortMonths months, double budgetHoursPerMonth, AtRiskSettings settings)
    {
        ArgumentNullException.ThrowIfNull(ambassador);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(months);
        var a = ambassador;
        var answeredOf = requests.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Any(r => r.Answered));
        var first = requests.Select(r => r.Month).Concat(a.CheckIns.Select(c => c.Month)).DefaultIfEmpty(0).Min();
        var steppedDownIn = a.Step == AmbassadorStep.Ended && EndedEarly.Contains(a.Outcome, StringComparer.Ordinal) ? months.MonthOf(a.Since) : 0;
        var asked = new List<int>();
        var result = new List<AmbassadorMonth>();
        for (var month = 1; month <= months.Count; month++)
        {
            var start = months.StartOf(month);
            var next = month < months.Count ? months.StartOf(month + 1) : null;
            var isLatest = month == months.Count;
            var steppedDown = steppedDownIn == month;
            if (!Served(a, month, start, first, answeredOf))
            {
                if (steppedDown)
                {
                    result.Add(new AmbassadorMonth(month, false, false, false, [], null, true));
                }

                continue;
            }

            var checkIns = a.CheckIns.Where(c => c.Month == month).ToList();
            var wasAsked = answeredOf.ContainsKey(month) || checkIns.Count > 0;
            if (wasAsked)
            {
                asked.Add(month);
            }

            // Flagged: still in the programme at the month's end (now, for the latest month): nobody
            // needs a conversation about a journey that has ended.
            AtRiskAmbassador? flag = null;
            if (a.Step != AmbassadorStep.Ended || (!isLatest && next is { } n && a.Since >= n))
            {
                var reasons = AtRiskRules.Assess(a, asked, month, isLatest, budgetHoursPerMonth, settings);
                flag = reasons.Count > 0 ? new AtRiskAmbassador(a.EmployeeId, a.JourneyInstanceId, reasons) : null;
            }

            result.Add(new AmbassadorMonth(month, true, wasAsked, checkIns.Count > 0 || answeredOf.GetValueOrDefault(month), checkIns, flag, steppedDown));
        }

        return result;
    }

    /// <summary>Serving in a month: from the first month the ambassador was asked about (or checked
    /// in for), unless the journey had ended before that month's meeting; then asked about that month,
    /// or, where no request says so (e.g. deciding on a renewal when the next term began), still in
    /// Training, Active or Renewal, or ended after the meeting. The read model keeps only the current
    /// step, so the requests are what tells past months apart. A check-in given during training counts:
    /// the person served that month.</summary>
    private static bool Served(AmbassadorProgress a, int month, DateTimeOffset? start, int firstMonth, Dictionary<int, bool> requests)
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

        if (requests.ContainsKey(month) || a.CheckIns.Any(c => c.Month == month))
        {
            return true;
        }

        return ended ? start is { } meeting && a.Since > meeting : a.Step is AmbassadorStep.Training or AmbassadorStep.Active or AmbassadorStep.Renewal;
    }

    /// <summary>A month's figures added up, ambassador by ambassador, in the input's order.</summary>
    private sealed class MonthSum(int month, DateTimeOffset? start)
    {
        private readonly List<AtRiskAmbassador> _atRisk = [];
        private readonly List<CheckInRecord> _checkIns = [];
        private int _active;
        private int _requested;
        private int _answered;
        private int _stepDowns;

        public void Add(AmbassadorMonth part)
        {
            _active += part.Active ? 1 : 0;
            _requested += part.Asked ? 1 : 0;
            _answered += part.Answered ? 1 : 0;
            _stepDowns += part.SteppedDown ? 1 : 0;
            _checkIns.AddRange(part.CheckIns);
            if (part.AtRisk is { } flag)
            {
                _atRisk.Add(flag);
            }
        }

        public MonthFigures ToFigures()
        {
            var hours = _checkIns.Where(c => !c.HoursInvalid).ToList();
            return new MonthFigures(month, start, _active, _checkIns.Count(c => c.AttendedMeeting), _requested, _answered, hours.Sum(c => c.HoursSpent), hours.Count, _stepDowns, _atRisk, _checkIns);
        }
    }
}
