using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>
/// The programmes cohorts start on, read from the app's store, where HR publishes them. The versions
/// shipped with the app are copied in first (once per process; an insert that never replaces, so
/// running it on every instance and every start is safe, and a version HR published is never
/// overwritten by a file).
/// </summary>
public sealed class StoredProgrammeCatalog : IProgrammeCatalog
{
    private readonly IProgrammeStore _store;
    private readonly ProgrammeCatalog _shipped;
    private readonly TimeProvider _time;
    private readonly Lazy<Task> _seeded;

    public StoredProgrammeCatalog(IProgrammeStore store, TimeProvider time, ProgrammeCatalog? shipped = null)
    {
        _store = store;
        _time = time;
        _shipped = shipped ?? ProgrammeCatalog.LoadEmbedded();
        _seeded = new Lazy<Task>(SeedAsync);
    }

    /// <summary>Who published the shipped versions, as the store records it.</summary>
    public const string ShippedBy = "shipped with the app";

    public async Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await _seeded.Value;
        return [.. (await _store.ListVersionsAsync(null, cancellationToken))
            .GroupBy(v => v.Programme.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.MaxBy(v => v.Programme.Version)!.Programme;
                return new ProgrammeSummary(latest.Id, latest.Version, [.. g.Select(v => v.Programme.Version).Order()], latest.Name.In("en"), latest.Theme, latest.Languages);
            })
            .OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    public async Task<ProgrammeDefinition?> FindAsync(string programmeId, int? version = null, CancellationToken cancellationToken = default)
    {
        await _seeded.Value;
        if (version is { } exact)
        {
            return (await _store.GetVersionAsync(programmeId, exact, cancellationToken))?.Programme;
        }

        return (await _store.ListVersionsAsync(programmeId, cancellationToken)).MaxBy(v => v.Programme.Version)?.Programme;
    }

    private async Task SeedAsync()
    {
        foreach (var programme in _shipped.All())
        {
            await _store.TryPublishAsync(new PublishedProgramme(programme, _time.GetUtcNow(), ShippedBy), CancellationToken.None);
        }
    }
}
