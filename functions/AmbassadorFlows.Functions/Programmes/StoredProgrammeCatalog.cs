using AmbassadorFlows.Workflows.Programmes;

namespace AmbassadorFlows.Functions.Programmes;

/// <summary>The programmes cohorts start on: the published versions in the app's store, where HR
/// publishes them (and the shipped ones are seeded, see <see cref="SeededProgrammeStore"/>).</summary>
public sealed class StoredProgrammeCatalog : IProgrammeCatalog
{
    private readonly IProgrammeStore _store;

    public StoredProgrammeCatalog(IProgrammeStore store)
    {
        _store = store;
    }

    public async Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken = default)
        => [.. (await _store.ListVersionsAsync(null, cancellationToken))
            .GroupBy(v => v.Programme.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.MaxBy(v => v.Programme.Version)!.Programme;
                return new ProgrammeSummary(latest.Id, latest.Version, [.. g.Select(v => v.Programme.Version).Order()], latest.Name.In("en"), latest.Theme, latest.Languages);
            })
            .OrderBy(s => s.Id, StringComparer.Ordinal)];

    public async Task<ProgrammeDefinition?> FindAsync(string programmeId, int? version = null, CancellationToken cancellationToken = default)
        => version is { } exact
            ? (await _store.GetVersionAsync(programmeId, exact, cancellationToken))?.Programme
            : (await _store.ListVersionsAsync(programmeId, cancellationToken)).MaxBy(v => v.Programme.Version)?.Programme;
}
