namespace AmbassadorFlows.Workflows.Figures;

/// <summary>Port: reads what <see cref="CohortFigures"/> needs of one cohort. The app reads the
/// progress read model and the approvals store; the summary activity and HR's pages call the same
/// reader, so they compute from the same rows.</summary>
public interface ICohortFiguresSource
{
    Task<CohortFiguresInput> ReadAsync(string cohortId, CancellationToken cancellationToken = default);
}
