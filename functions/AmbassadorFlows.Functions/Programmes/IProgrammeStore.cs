using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>
/// Where HR's programmes live: published versions (immutable: running cohorts and signed agreements
/// refer to them) and one draft per programme. SQLite locally, Azure Tables in Azure; the programmes
/// shipped with the app are seeded into it (<see cref="StoredProgrammeCatalog"/>).
/// </summary>
public interface IProgrammeStore
{
    /// <summary>Every published version (of one programme, or of all when null), oldest first.</summary>
    Task<IReadOnlyList<PublishedProgramme>> ListVersionsAsync(string? programmeId, CancellationToken cancellationToken);

    Task<PublishedProgramme?> GetVersionAsync(string programmeId, int version, CancellationToken cancellationToken);

    /// <summary>Adds the version if that id and version are not taken; false when they are (never overwritten).</summary>
    Task<bool> TryPublishAsync(PublishedProgramme published, CancellationToken cancellationToken);

    Task<ProgrammeDraft?> GetDraftAsync(string programmeId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ProgrammeDraft>> ListDraftsAsync(CancellationToken cancellationToken);

    /// <summary>Creates or replaces the programme's draft.</summary>
    Task SaveDraftAsync(ProgrammeDraft draft, CancellationToken cancellationToken);

    Task DeleteDraftAsync(string programmeId, CancellationToken cancellationToken);
}

public sealed record PublishedProgramme(ProgrammeDefinition Programme, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>A valid programme not yet published; its version is the one publishing will give it.</summary>
public sealed record ProgrammeDraft(ProgrammeDefinition Programme, DateTimeOffset SavedAt, string SavedBy);
