using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>
/// The mode's programme store with the versions shipped with the app copied in before the first
/// read, so every reader (the catalogue cohorts start on, HR's pages and API) sees them. Once per
/// process, with an insert that never replaces: safe on every instance and every start, and a
/// version HR published is never overwritten by a file.
/// </summary>
public sealed class SeededProgrammeStore : IProgrammeStore
{
    /// <summary>Who published the shipped versions, as the store records it.</summary>
    public const string ShippedBy = "shipped with the app";

    private readonly IProgrammeStore _inner;
    private readonly Lazy<Task> _seeded;

    public SeededProgrammeStore(IProgrammeStore inner, TimeProvider time, ProgrammeCatalog? shipped = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _inner = inner;
        var programmes = (shipped ?? ProgrammeCatalog.LoadEmbedded()).All();
        _seeded = new Lazy<Task>(async () =>
        {
            foreach (var programme in programmes)
            {
                await inner.TryPublishAsync(new PublishedProgramme(programme, time.GetUtcNow(), ShippedBy), CancellationToken.None);
            }
        });
    }

    public async Task<IReadOnlyList<PublishedProgramme>> ListVersionsAsync(string? programmeId, CancellationToken cancellationToken)
    {
        await _seeded.Value;
        return await _inner.ListVersionsAsync(programmeId, cancellationToken);
    }

    public async Task<PublishedProgramme?> GetVersionAsync(string programmeId, int version, CancellationToken cancellationToken)
    {
        await _seeded.Value;
        return await _inner.GetVersionAsync(programmeId, version, cancellationToken);
    }

    public async Task<bool> TryPublishAsync(PublishedProgramme published, CancellationToken cancellationToken)
    {
        await _seeded.Value; // a shipped version keeps its number even when HR publishes first
        return await _inner.TryPublishAsync(published, cancellationToken);
    }

    public Task<ProgrammeDraft?> GetDraftAsync(string programmeId, CancellationToken cancellationToken) => _inner.GetDraftAsync(programmeId, cancellationToken);

    public Task<IReadOnlyList<ProgrammeDraft>> ListDraftsAsync(CancellationToken cancellationToken) => _inner.ListDraftsAsync(cancellationToken);

    public Task SaveDraftAsync(ProgrammeDraft draft, CancellationToken cancellationToken) => _inner.SaveDraftAsync(draft, cancellationToken);

    public Task DeleteDraftAsync(string programmeId, CancellationToken cancellationToken) => _inner.DeleteDraftAsync(programmeId, cancellationToken);
}
