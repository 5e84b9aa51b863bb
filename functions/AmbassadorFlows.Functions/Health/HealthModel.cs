using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Health;

/// <summary>Programme health computed from the read model and the check-in requests: per cohort month
/// by month, and per programme (its cohorts aligned by cohort month 1..N and added up). Only ids,
/// steps, counts, hours and the words of answers are read; erased answers (null texts) simply add no themes.</summary>
public static class HealthModel
{
    private static readonly string[] EndedEarly = [nameof(JourneyOutcome.SteppedDown), nameof(JourneyOutcome.LeftCompany)];

    public static HealthReport ForCohort(CohortHealthInput cohort, string? programmeId, double budgetHoursPerMonth, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(languages);
        var months = Facts(cohort).Select(f => f.ToMonth(f.Start, 1, FeedbackThemes.Of(f.CheckIns, languages))).ToList();
        return new HealthReport(HealthScope.Cohort, cohort.CohortId, programmeId, budgetHoursPerMonth, [cohort.CohortId], months);
    }

    /// <summary>Month N of the programme is month N of each of its cohorts: cohorts started at
    /// different times line up by how far along they are, which is what a programme's health is about.</summary>
    public static HealthReport ForProgramme(string programmeId, IReadOnlyList<CohortHealthInput> cohorts, double budgetHoursPerMonth, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(languages);
        var months = cohorts.SelectMany(Facts)
            .GroupBy(f => f.Month)
            .OrderBy(g => g.Key)
            .Select(g => g.Aggregate(MonthFacts.Sum).ToMonth(null, g.Count(), FeedbackThemes.Of(g.SelectMany(f => f.CheckIns).ToList(), languages)))
            .ToList();
        return new HealthReport(HealthScope.Programme, programmeId, programmeId, budgetHoursPerMonth, [.. cohorts.Select(c => c.CohortId)], months);
    }

    private static IEnumerable<MonthFacts> Facts(CohortHealthInput cohort)
    {
        var requests = cohort.JourneyApprovals.Select(CheckInRequest.From).OfType<CheckInRequest>().ToList();
        var byJourneyMonth = requests.GroupBy(r => (r.JourneyInstanceId, r.Month)).ToDictionary(g => g.Key, g => g.Any(r => r.Answered));
        var months = CohortMonths.Of(requests, cohort.Ambassadors.SelectMany(a => a.CheckIns).Select(c => c.Month).DefaultIfEmpty(0).Max());
        var first = cohort.Ambassadors.ToDictionary(
            a => a.JourneyInstanceId,
            a => requests.Where(r => r.JourneyInstanceId == a.JourneyInstanceId).Select(r => r.Month).Concat(a.CheckIns.Select(c => c.Month)).DefaultIfEmpty(0).Min(),
            StringComparer.Ordinal);
        for (var month = 1; month <= months.Count; month++)
        {
            var start = months.StartOf(month);
            var active = cohort.Ambassadors.Where(a => Served(a, month, start, first[a.JourneyInstanceId], byJourneyMonth)).ToList();
            var checkIns = active.SelectMany(a => a.CheckIns.Where(c => c.Month == month)).ToList();
            var hours = checkIns.Where(c => !c.HoursInvalid).ToList();
            yield return new MonthFacts(
                month,
                start,
                active.Count,
                checkIns.Count(c => c.AttendedMeeting),
                active.Count(a => byJourneyMonth.ContainsKey((a.JourneyInstanceId, month)) || a.CheckIns.Any(c => c.Month == month)),
                active.Count(a => a.CheckIns.Any(c => c.Month == month) || byJourneyMonth.GetValueOrDefault((a.JourneyInstanceId, month))),
                hours.Sum(c => c.HoursSpent),
                hours.Count,
                cohort.Ambassadors.Count(a => a.Step == AmbassadorStep.Ended && EndedEarly.Contains(a.Outcome, StringComparer.Ordinal) && months.MonthOf(a.Since) == month),
                active.Count(a => CohortReadModel.CheckInRiskReasons(a.CheckIns.Where(c => c.Month <= month)).Count > 0),
                checkIns);
        }
    }

    /// <summary>Serving in a month: from the first month the ambassador was asked about (or checked
    /// in for), unless the journey had ended before that month's meeting; then asked about that month,
    /// or, where no request says so (e.g. deciding on a renewal when the next term began), still in
    /// Training, Active or Renewal, or ended after the meeting. The read model keeps only the current
    /// step, so the requests are what tells past months apart.</summary>
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

    /// <summary>One month's counts before themes are drawn (a programme draws them over all its cohorts' check-ins).</summary>
    private sealed record MonthFacts(int Month, DateTimeOffset? Start, int Active, int Attended, int Requested, int Answered, double Hours, int HoursReports, int StepDowns, int AtRisk, IReadOnlyList<CheckInRecord> CheckIns)
    {
        public static MonthFacts Sum(MonthFacts a, MonthFacts b)
            => new(a.Month, null, a.Active + b.Active, a.Attended + b.Attended, a.Requested + b.Requested, a.Answered + b.Answered, a.Hours + b.Hours, a.HoursReports + b.HoursReports, a.StepDowns + b.StepDowns, a.AtRisk + b.AtRisk, [.. a.CheckIns, .. b.CheckIns]);

        public HealthMonth ToMonth(DateTimeOffset? start, int cohorts, FeedbackThemes themes)
            => new(Month, start, cohorts, Active, Attended, Requested, Answered, Hours, HoursReports, StepDowns, AtRisk, themes);
    }
}
