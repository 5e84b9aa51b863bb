namespace AmbassadorFlows.Functions.Health;

/// <summary>A store that keeps a cohort's figures as sums of its ambassadors' parts (<see cref="FigureParts"/>)
/// and, when rows change, redoes only the parts of the ambassadors whose rows changed: a read costs
/// what changed since the last one, not the cohort's size. The months themselves moving on (a new
/// meeting, once a month) or a different basis means one full computation.</summary>
public interface ICohortFigureParts
{
    Task<FigureTotals> ReadTotalsAsync(string cohortId, FigureBasis basis, CancellationToken cancellationToken = default);
}
