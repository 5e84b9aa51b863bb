using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Figures;

namespace AmbassadorFlows.Functions.Health;

/// <summary>A cohort's figures kept as sums of its ambassadors' <see cref="FigurePart"/>s under one
/// reading of its months: taking a part out and putting its new version in updates them without
/// reading anyone else. Term counts per prompt give the themes.</summary>
public sealed class FigureTotals
{
    public required CohortMonths Months { get; init; }

    public required List<MonthTotal> Totals { get; init; }

    /// <summary>Who is flagged in the latest month, by employee id.</summary>
    public Dictionary<string, AtRiskAmbassador> AtRiskNow { get; init; } = [];

    public static FigureTotals Empty(CohortMonths months)
    {
        ArgumentNullException.ThrowIfNull(months);
        return new() { Months = months, Totals = [.. Enumerable.Range(0, months.Count).Select(_ => new MonthTotal())] };
    }

    /// <summary>Adds a part (<paramref name="sign"/> 1) or takes it out (-1).</summary>
    public void Apply(FigurePart? part, int sign)
    {
        if (part is null)
        {
            return;
        }

        foreach (var m in part.Months)
        {
            Totals[m.Month - 1].Apply(m, sign);
        }

        if (sign < 0)
        {
            AtRiskNow.Remove(part.EmployeeId);
        }
        else if (part.AtRiskNow is { } flag)
        {
            AtRiskNow[part.EmployeeId] = flag;
        }
    }

    public KeptCohortReport ToKept(string cohortId, FigureBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var months = Totals.Select((t, i) => t.ToHealthMonth(i + 1, Months.StartOf(i + 1), 1)).ToList();
        return new KeptCohortReport(new HealthReport(HealthScope.Cohort, cohortId, basis.ProgrammeId, basis.BudgetHoursPerMonth, [cohortId], months), [.. AtRiskNow.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Value)]);
    }
}

/// <summary>One month's sums.</summary>
public sealed class MonthTotal
{
    public int Active { get; set; }

    public int Attended { get; set; }

    public int Requested { get; set; }

    public int Answered { get; set; }

    public double Hours { get; set; }

    public int HoursReports { get; set; }

    public int StepDowns { get; set; }

    public int AtRisk { get; set; }

    public Dictionary<string, int> Successes { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Challenges { get; init; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Asks { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The sums of several cohorts' month (a programme's month N is month N of each of its cohorts).</summary>
    public static MonthTotal Sum(IEnumerable<MonthTotal> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var sum = new MonthTotal();
        foreach (var m in months)
        {
            sum.Active += m.Active;
            sum.Attended += m.Attended;
            sum.Requested += m.Requested;
            sum.Answered += m.Answered;
            sum.Hours += m.Hours;
            sum.HoursReports += m.HoursReports;
            sum.StepDowns += m.StepDowns;
            sum.AtRisk += m.AtRisk;
            Add(sum.Successes, m.Successes);
            Add(sum.Challenges, m.Challenges);
            Add(sum.Asks, m.Asks);
        }

        return sum;
    }

    public HealthMonth ToHealthMonth(int month, DateTimeOffset? start, int cohorts)
        => new(month, start, cohorts, Active, Attended, Requested, Answered, Hours, HoursReports, StepDowns, AtRisk, FeedbackThemes.FromCounts(Successes, Challenges, Asks));

    public void Apply(PartMonth m, int sign)
    {
        ArgumentNullException.ThrowIfNull(m);
        Active += sign * m.Active;
        Attended += sign * m.Attended;
        Requested += sign * m.Requested;
        Answered += sign * m.Answered;
        Hours += sign * m.Hours;
        HoursReports += sign * m.HoursReports;
        StepDowns += sign * m.StepDowns;
        AtRisk += sign * m.AtRisk;
        if (HoursReports == 0)
        {
            Hours = 0; // no rounding left over from taking out what was put in
        }

        Count(Successes, m.Successes, sign);
        Count(Challenges, m.Challenges, sign);
        Count(Asks, m.Asks, sign);
    }

    private static void Add(Dictionary<string, int> sum, Dictionary<string, int> counts)
    {
        foreach (var (term, count) in counts)
        {
            sum[term] = sum.GetValueOrDefault(term) + count;
        }
    }

    private static void Count(Dictionary<string, int> counts, IReadOnlyList<string> terms, int sign)
    {
        foreach (var term in terms)
        {
            var count = counts.GetValueOrDefault(term) + sign;
            if (count == 0)
            {
                counts.Remove(term);
            }
            else
            {
                counts[term] = count;
            }
        }
    }
}
