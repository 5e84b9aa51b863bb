using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Health;

/// <summary>The app's <see cref="ICohortFiguresSource"/>: a cohort's ambassadors from the progress read
/// model and its journeys' check-in requests from the rows the approvals store keeps of them (the
/// same rows for the health pages, the cohort page and the monthly summary activity). Uncapped: a
/// cap here would silently cut the figures of a large cohort.</summary>
public sealed class CohortFiguresSource(ICohortProgress progress, IApprovalHistory approvals) : ICohortFiguresSource
{
    public async Task<CohortFiguresInput> ReadAsync(string cohortId, CancellationToken cancellationToken = default)
        => new(
            cohortId,
            await progress.GetCohortAsync(cohortId, cancellationToken),
            await approvals.ListCheckInRequestsOfCohortAsync(cohortId, cancellationToken));

    /// <summary>The figures' input from the read model and a cohort's journey approvals (the check-in requests among them).</summary>
    public static CohortFiguresInput Input(string cohortId, IReadOnlyList<AmbassadorProgress> ambassadors, IReadOnlyList<PendingApproval> journeyApprovals)
    {
        ArgumentNullException.ThrowIfNull(journeyApprovals);
        return new(cohortId, ambassadors, [.. journeyApprovals.Select(CheckInRequest.From).OfType<CheckInRequest>()]);
    }
}
