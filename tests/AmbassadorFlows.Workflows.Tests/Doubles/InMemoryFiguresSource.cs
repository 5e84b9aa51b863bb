using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Workflows.Tests.Doubles;

/// <summary>The figures' input read from the in-memory read model and approvals, as the app's source reads its stores.</summary>
public sealed class InMemoryFiguresSource(ICohortProgress progress, InMemoryApprovalStore approvals) : ICohortFiguresSource
{
    public async Task<CohortFiguresInput> ReadAsync(string cohortId, CancellationToken cancellationToken = default)
        => new(
            cohortId,
            await progress.GetCohortAsync(cohortId, cancellationToken),
            [.. approvals.All.Where(a => a.InstanceId.StartsWith($"{cohortId}:journey:", StringComparison.Ordinal)).Select(CheckInRequest.From).OfType<CheckInRequest>()]);
}
