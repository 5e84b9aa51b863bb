namespace AmbassadorFlows.Functions.Storage;

/// <summary>How many of a cohort's ambassadors are at each step, kept next to the progress rows so
/// the overview reads a few counts per cohort, not every ambassador.</summary>
public interface IProgressCounts
{
    /// <summary>Step name → ambassadors at it; steps nobody is at are left out.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByStepAsync(string cohortId, CancellationToken cancellationToken = default);
}
