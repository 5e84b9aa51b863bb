using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Health;

/// <summary>The app's <see cref="ICohortFiguresSource"/>: a cohort's ambassadors from the progress read
/// model and its journeys' check-in requests from the approvals store (the same rows for the health
/// pages, the cohort page and the monthly summary activity).</summary>
public sealed class CohortFiguresSource(ICohortProgress progress, IApprovalHistory approvals) : ICohortFiguresSource
{
    /// <summary>Every approval of a cohort's journeys, far more than a cohort makes (a few a month per ambassador).</summary>
    private const int ApprovalLimit = 100_000;

    public async Task<CohortFiguresInput> ReadAsync(string cohortId, CancellationToken cancellationToken = default)
        => Input(
            cohortId,
            await progress.GetCohortAsync(cohortId, cancellationToken),
            await approvals.ListAllAsync(CohortReadModel.JourneyPrefix(cohortId), ApprovalLimit, cancellationToken));

    /// <summary>The figures' input from the read model and a cohort's journey approvals (the check-in requests among them).</summary>
    public static CohortFiguresInput Input(string cohortId, IReadOnlyList<AmbassadorProgress> ambassadors, IReadOnlyList<PendingApproval> journeyApprovals)
    {
        ArgumentNullException.ThrowIfNull(journeyApprovals);
        return new(cohortId, ambassadors, [.. journeyApprovals.Select(CheckInRequest.From).OfType<CheckInRequest>()]);
    }
}
