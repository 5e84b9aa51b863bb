namespace AmbassadorFlows.Workflows.Programmes;

/// <summary>The programmes HR can start a cohort on.</summary>
public interface IProgrammeCatalog
{
    /// <summary>The latest version of every programme.</summary>
    IReadOnlyList<ProgrammeSummary> List();

    /// <summary>One version, or the latest when <paramref name="version"/> is null.</summary>
    /// <exception cref="ProgrammeNotFoundException">No such programme or version.</exception>
    ProgrammeDefinition Get(string programmeId, int? version = null);

    bool TryGet(string programmeId, int? version, out ProgrammeDefinition programme);
}

public sealed record ProgrammeSummary(string Id, int LatestVersion, IReadOnlyList<int> Versions, string Name, string Theme, IReadOnlyList<string> Languages);
