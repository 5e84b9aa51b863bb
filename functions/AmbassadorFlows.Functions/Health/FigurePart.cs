using AmbassadorFlows.Workflows.Figures;

namespace AmbassadorFlows.Functions.Health;

/// <summary>What one ambassador adds to their cohort's kept figures (<see cref="FigureTotals"/>),
/// kept so that when their rows change the old contribution can be taken out and the new one put in.</summary>
/// <param name="Requests">Their journey's check-in requests as the cohort's months read them: a change
/// here other than a new request the months admit means the months themselves must be read again.</param>
/// <param name="LastCheckInMonth">The latest month they checked in for (the months run at least that far).</param>
/// <param name="AtRiskNow">Their flag in the cohort's latest month.</param>
public sealed record FigurePart(string EmployeeId, IReadOnlyList<RequestMark> Requests, int LastCheckInMonth, IReadOnlyList<PartMonth> Months, AtRiskAmbassador? AtRiskNow);

/// <summary>A check-in request's month and meeting start, as <see cref="CohortMonths"/> reads them.</summary>
public sealed record RequestMark(int Month, DateTimeOffset Start, bool Recorded);

/// <summary>One ambassador's share of a month's figures, with the terms of their check-in for the themes.</summary>
public sealed record PartMonth(
    int Month,
    int Active,
    int Attended,
    int Requested,
    int Answered,
    double Hours,
    int HoursReports,
    int StepDowns,
    int AtRisk,
    IReadOnlyList<string> Successes,
    IReadOnlyList<string> Challenges,
    IReadOnlyList<string> Asks);
