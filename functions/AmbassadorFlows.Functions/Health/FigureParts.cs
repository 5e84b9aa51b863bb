using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Health;

/// <summary>A cohort's figures split by ambassador (<see cref="CohortFigures.MonthsOf"/>, the one
/// figures model) so a store can keep the sums and redo only who changed; the sums equal
/// <see cref="CohortFigures.Compute"/> of the whole cohort, which the tests check after random changes.</summary>
public static class FigureParts
{
    /// <summary>One ambassador's part under <paramref name="months"/>; a journey with requests but no
    /// progress row adds only its requests (they count towards the months).</summary>
    /// <param name="stopwords">The basis's languages' stopwords (<see cref="Stopwords.For"/>), made once per read.</param>
    public static FigurePart Of(string employeeId, AmbassadorProgress? ambassador, IReadOnlyList<CheckInRequest> requests, CohortMonths months, FigureBasis basis, IReadOnlySet<string> stopwords)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(basis);
        var marks = requests.Select(r => new RequestMark(r.Month, r.MeetingStart, r.StartRecorded)).ToList();
        if (ambassador is null)
        {
            return new FigurePart(employeeId, marks, 0, [], null);
        }

        var parts = CohortFigures.MonthsOf(ambassador, requests, months, basis.BudgetHoursPerMonth, basis.AtRisk);
        return new FigurePart(
            employeeId,
            marks,
            LastCheckInMonth(ambassador),
            [.. parts.Select(p => Share(p, stopwords))],
            parts.FirstOrDefault(p => p.Month == months.Count)?.AtRisk);
    }

    /// <summary>Every part of a cohort and their sums; null parts when some journey is not under the
    /// id <see cref="JourneyIds.For"/> gives it (a store keys parts by that id, so it keeps none then).</summary>
    public static (FigureTotals Totals, IReadOnlyList<FigurePart>? Parts) Build(CohortFiguresInput input, FigureBasis basis)
    {
        ArgumentNullException.ThrowIfNull(input);
        var months = CohortMonths.Of(input.Requests, input.Ambassadors.Select(LastCheckInMonth).DefaultIfEmpty(0).Max());
        var requestsOf = input.Requests.ToLookup(r => r.JourneyInstanceId, StringComparer.Ordinal);
        var totals = FigureTotals.Empty(months);
        var stopwords = Stopwords.For(basis.Languages);
        var parts = new List<FigurePart>();
        var keyed = true;
        foreach (var ambassador in input.Ambassadors)
        {
            keyed &= ambassador.JourneyInstanceId == JourneyIds.For(input.CohortId, ambassador.EmployeeId);
            var part = Of(ambassador.EmployeeId, ambassador, [.. requestsOf[ambassador.JourneyInstanceId]], months, basis, stopwords);
            totals.Apply(part, 1);
            parts.Add(part);
        }

        var journeys = input.Ambassadors.Select(a => a.JourneyInstanceId).ToHashSet(StringComparer.Ordinal);
        parts.AddRange(requestsOf.Where(g => !journeys.Contains(g.Key)).Select(g => Of(EmployeeOf(g.Key), null, [.. g], months, basis, stopwords)));
        return (totals, keyed ? parts : null);
    }

    /// <summary>Whether an ambassador's new rows leave the cohort's months as <paramref name="months"/>
    /// reads them: no request gone or changed, every new one admitted, no check-in past the last
    /// month, and not the one whose check-in may have set the last month taking it back.</summary>
    public static bool KeepsMonths(FigurePart? old, AmbassadorProgress? ambassador, IReadOnlyList<CheckInRequest> requests, CohortMonths months)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(months);
        var lastCheckIn = ambassador is null ? 0 : LastCheckInMonth(ambassador);
        if (lastCheckIn > months.Count || (old is not null && old.LastCheckInMonth == months.Count && lastCheckIn < old.LastCheckInMonth))
        {
            return false;
        }

        var now = requests.ToDictionary(r => new RequestMark(r.Month, r.MeetingStart, r.StartRecorded), r => r);
        var before = old?.Requests.ToHashSet() ?? [];
        return before.All(now.ContainsKey) && now.Where(r => !before.Contains(r.Key)).All(r => months.Admits(r.Value));
    }

    /// <summary>The employee a journey id names (<see cref="JourneyIds.For"/>).</summary>
    public static string EmployeeOf(string journeyInstanceId)
    {
        ArgumentNullException.ThrowIfNull(journeyInstanceId);
        const string Marker = ":journey:";
        return journeyInstanceId[(journeyInstanceId.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..];
    }

    private static int LastCheckInMonth(AmbassadorProgress ambassador) => ambassador.CheckIns.Select(c => c.Month).DefaultIfEmpty(0).Max();

    private static PartMonth Share(AmbassadorMonth month, IReadOnlySet<string> stopwords)
    {
        var terms = month.CheckIns.Select(c => AnswerTerms.Of(c, stopwords)).ToList();
        var hours = month.CheckIns.Where(c => !c.HoursInvalid).ToList();
        return new PartMonth(
            month.Month,
            month.Active ? 1 : 0,
            month.CheckIns.Count(c => c.AttendedMeeting),
            month.Asked ? 1 : 0,
            month.Answered ? 1 : 0,
            hours.Sum(c => c.HoursSpent),
            hours.Count,
            month.SteppedDown ? 1 : 0,
            month.AtRisk is null ? 0 : 1,
            [.. terms.SelectMany(t => t.Successes)],
            [.. terms.SelectMany(t => t.Challenges)],
            [.. terms.SelectMany(t => t.Asks)]);
    }
}
