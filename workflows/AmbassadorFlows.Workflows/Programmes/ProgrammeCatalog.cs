using System.Reflection;
using System.Text.Json;
using AmbassadorFlows.Workflows.Shared;

namespace AmbassadorFlows.Workflows.Programmes;

/// <summary>Programmes loaded from JSON: by default the ones embedded under Programmes/; the app
/// may add its own. Every programme is validated on the way in.</summary>
public sealed class ProgrammeCatalog : IProgrammeCatalog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedList<int, ProgrammeDefinition>> _programmes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A catalogue with the programmes shipped in this assembly.</summary>
    public static ProgrammeCatalog LoadEmbedded()
    {
        var catalog = new ProgrammeCatalog();
        var assembly = typeof(ProgrammeCatalog).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.Contains(".Programmes.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            catalog.Add(Parse(ReadResource(assembly, resource), resource));
        }

        return catalog;
    }

    /// <exception cref="ProgrammeValidationException">The JSON is malformed or the programme invalid.</exception>
    public static ProgrammeDefinition Parse(string json, string source)
    {
        ProgrammeDefinition? programme;
        try
        {
            programme = JsonSerializer.Deserialize<ProgrammeDefinition>(json, WorkflowJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ProgrammeValidationException(source, [$"not valid programme JSON: {ex.Message}"]);
        }

        if (programme is null)
        {
            throw new ProgrammeValidationException(source, ["the file is empty"]);
        }

        var errors = ProgrammeValidator.Validate(programme);
        return errors.Count > 0 ? throw new ProgrammeValidationException($"{source} ({programme.AgreementVersion})", errors) : programme;
    }

    /// <exception cref="ProgrammeValidationException">Invalid, or this id and version exist already.</exception>
    public ProgrammeCatalog Add(ProgrammeDefinition programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var errors = ProgrammeValidator.Validate(programme);
        if (errors.Count > 0)
        {
            throw new ProgrammeValidationException(programme.AgreementVersion, errors);
        }

        lock (_gate)
        {
            if (!_programmes.TryGetValue(programme.Id, out var versions))
            {
                versions = [];
                _programmes[programme.Id] = versions;
            }

            // A published version is immutable: running cohorts and signed agreements refer to it.
            if (!versions.TryAdd(programme.Version, programme))
            {
                throw new ProgrammeValidationException(programme.AgreementVersion, [$"version {programme.Version} of '{programme.Id}' already exists; publish a new version instead"]);
            }
        }

        return this;
    }

    /// <summary>The latest version of every programme.</summary>
    public IReadOnlyList<ProgrammeSummary> List()
    {
        lock (_gate)
        {
            return _programmes.Values
                .Select(v => v.Values[^1])
                .OrderBy(p => p.Id, StringComparer.Ordinal)
                .Select(p => new ProgrammeSummary(p.Id, p.Version, [.. _programmes[p.Id].Keys], p.Name.In("en"), p.Theme, p.Languages))
                .ToList();
        }
    }

    public Task<IReadOnlyList<ProgrammeSummary>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(List());

    public Task<ProgrammeDefinition?> FindAsync(string programmeId, int? version = null, CancellationToken cancellationToken = default)
        => Task.FromResult(TryGet(programmeId, version, out var programme) ? programme : null);

    /// <summary>Every version of every programme, oldest first: what the app's store is seeded with.</summary>
    public IReadOnlyList<ProgrammeDefinition> All()
    {
        lock (_gate)
        {
            return [.. _programmes.Values.SelectMany(v => v.Values).OrderBy(p => p.Id, StringComparer.Ordinal).ThenBy(p => p.Version)];
        }
    }

    /// <exception cref="ProgrammeNotFoundException">No such programme or version.</exception>
    public ProgrammeDefinition Get(string programmeId, int? version = null)
        => TryGet(programmeId, version, out var programme) ? programme : throw new ProgrammeNotFoundException(programmeId, version);

    public bool TryGet(string programmeId, int? version, out ProgrammeDefinition programme)
    {
        lock (_gate)
        {
            programme = null!;
            if (!_programmes.TryGetValue(programmeId, out var versions) || versions.Count == 0)
            {
                return false;
            }

            if (version is null)
            {
                programme = versions.Values[^1];
                return true;
            }

            if (versions.TryGetValue(version.Value, out var found))
            {
                programme = found;
                return true;
            }

            return false;
        }
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
