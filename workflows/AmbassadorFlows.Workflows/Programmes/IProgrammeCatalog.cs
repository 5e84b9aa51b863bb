namespace AmbassadorFlows.Workflows.Programmes;

/// <summary>The programmes HR can start a cohort on.</summary>
public interface IProgrammeCatalog
{
    /// <summary>The latest published version of every programme.</summary>
    Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One published version, the latest when <paramref name="version"/> is null; null when there is no such programme or version.</summary>
    Task<ProgrammeDefinition?> FindAsync(string programmeId, int? version = null, CancellationToken cancellationToken = default);
}

public sealed record ProgrammeSummary(string Id, int LatestVersion, IReadOnlyList<int> Versions, string Name, string Theme, IReadOnlyList<string> Languages);
