namespace AmbassadorFlows.Functions.Health;

/// <summary>A cohort's health report and at-risk list as last computed, with the version of its inputs it was
/// computed from (the store moves the version on at every write to them).</summary>
public interface IHealthSnapshots
{
    /// <summary>The inputs' current version, and what was kept when it was computed from that
    /// version on the same <paramref name="basis"/> (programme version: budget, languages, thresholds).</summary>
    Task<(long Version, KeptCohortReport? Kept)> ReadAsync(string cohortId, string basis, CancellationToken cancellationToken = default);

    /// <summary>Keeps <paramref name="kept"/>, computed from inputs at <paramref name="version"/>; a
    /// report of a later version already kept stays.</summary>
    Task WriteAsync(string cohortId, long version, string basis, KeptCohortReport kept, CancellationToken cancellationToken = default);
}
