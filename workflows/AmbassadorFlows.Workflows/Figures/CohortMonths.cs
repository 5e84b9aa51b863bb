namespace AmbassadorFlows.Workflows.Figures;

/// <summary>A cohort's months. Month m runs from the cohort's meeting m to meeting m+1: the cohort
/// meets once a month (CohortPlan.MeetingsUtc) and check-ins are numbered by meeting, so months
/// follow the programme's schedule, not the calendar. The plan itself is only in the cohort's
/// history; each check-in request records its meeting's start, so the months are read from those.
/// They run up to the last month anyone was asked about or checked in for: a cohort before its
/// first meeting has none.</summary>
/// <param name="Starts">Month m's start at index m-1; null when no request of that month says.</param>
/// <param name="Recorded">Whether that start was recorded in a request (rather than stood in for by a request's own time).</param>
public sealed record CohortMonths(IReadOnlyList<DateTimeOffset?> Starts, IReadOnlyList<bool> Recorded)
{
    public int Count => Starts.Count;

    public static CohortMonths Of(IReadOnlyCollection<CheckInRequest> requests, int lastCheckInMonth)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var count = Math.Max(lastCheckInMonth, requests.Count == 0 ? 0 : requests.Max(r => r.Month));
        var starts = new DateTimeOffset?[count];
        var recordedStarts = new bool[count];
        foreach (var month in requests.GroupBy(r => r.Month))
        {
            // A recorded start wins over a stand-in (the time an erased person's request was made).
            var recorded = month.Where(r => r.StartRecorded).ToList();
            starts[month.Key - 1] = (recorded.Count > 0 ? recorded : [.. month]).Min(r => r.MeetingStart);
            recordedStarts[month.Key - 1] = recorded.Count > 0;
        }

        return new CohortMonths(starts, recordedStarts);
    }

    public DateTimeOffset? StartOf(int month) => Starts[month - 1];

    /// <summary>The month an instant falls in: that of the last meeting at or before it; month 1
    /// before the first meeting (someone who stepped down before it is counted in the first month).</summary>
    public int MonthOf(DateTimeOffset at)
    {
        var month = 1;
        for (var m = 1; m <= Starts.Count; m++)
        {
            if (Starts[m - 1] is { } start && start <= at)
            {
                month = m;
            }
        }

        return month;
    }

    /// <summary>Whether one more request leaves these months as they are: its month is among them and
    /// its start is no earlier than the one they hold (a recorded start beats a stand-in).</summary>
    public bool Admits(CheckInRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Month < 1 || request.Month > Count || Starts[request.Month - 1] is not { } start)
        {
            return false;
        }

        return Recorded[request.Month - 1]
            ? !request.StartRecorded || request.MeetingStart >= start
            : !request.StartRecorded && request.MeetingStart >= start;
    }
}
