namespace AmbassadorFlows.Workflows.Figures;

/// <summary>A cohort's months. Month m runs from the cohort's meeting m to meeting m+1: the cohort
/// meets once a month (CohortPlan.MeetingsUtc) and check-ins are numbered by meeting, so months
/// follow the programme's schedule, not the calendar. The plan itself is only in the cohort's
/// history; each check-in request records its meeting's start, so the months are read from those.
/// They run up to the last month anyone was asked about or checked in for: a cohort before its
/// first meeting has none.</summary>
internal sealed class CohortMonths
{
    private readonly DateTimeOffset?[] _starts;

    private CohortMonths(DateTimeOffset?[] starts) => _starts = starts;

    public int Count => _starts.Length;

    public static CohortMonths Of(IReadOnlyCollection<CheckInRequest> requests, int lastCheckInMonth)
    {
        var count = Math.Max(lastCheckInMonth, requests.Count == 0 ? 0 : requests.Max(r => r.Month));
        var starts = new DateTimeOffset?[count];
        foreach (var month in requests.GroupBy(r => r.Month))
        {
            // A recorded start wins over a stand-in (the time an erased person's request was made).
            var recorded = month.Where(r => r.StartRecorded).ToList();
            starts[month.Key - 1] = (recorded.Count > 0 ? recorded : [.. month]).Min(r => r.MeetingStart);
        }

        return new CohortMonths(starts);
    }

    public DateTimeOffset? StartOf(int month) => _starts[month - 1];

    /// <summary>The month an instant falls in: that of the last meeting at or before it; month 1
    /// before the first meeting (someone who stepped down before it is counted in the first month).</summary>
    public int MonthOf(DateTimeOffset at)
    {
        var month = 1;
        for (var m = 1; m <= _starts.Length; m++)
        {
            if (_starts[m - 1] is { } start && start <= at)
            {
                month = m;
            }
        }

        return month;
    }
}
