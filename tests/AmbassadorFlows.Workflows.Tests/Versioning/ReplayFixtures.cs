using Newtonsoft.Json;
using DurableTask.Core.History;

namespace AmbassadorFlows.Workflows.Tests.Versioning;

/// <summary>
/// Recorded orchestration histories, checked in under <c>Versioning/Fixtures/{version}/{moment}/</c>:
/// one file per instance, DTFx's own history events with their type names (as the backends store
/// them). The people in them come from the anonymous sample directory, so they hold ids only.
/// </summary>
internal static class ReplayFixtures
{
    /// <summary>The fixtures beside the test binaries (copied there by the project file).</summary>
    public static string OutputRoot => Path.Combine(AppContext.BaseDirectory, "Versioning", "Fixtures");

    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Objects,
        Formatting = Formatting.Indented,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
    };

    /// <summary>Every fixture: (version, moment, instance file, path).</summary>
    public static IEnumerable<Fixture> All()
        => Directory.Exists(OutputRoot)
            ? Directory.EnumerateFiles(OutputRoot, "*.json", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(path => new Fixture(path, Path.GetRelativePath(OutputRoot, path).Replace('\\', '/')))
            : [];

    /// <summary>The folder of a version's fixtures: "v1" for instances without a version, else "v" and the major number.</summary>
    public static string Label(string version)
        => string.IsNullOrEmpty(version) ? "v1" : $"v{System.Version.Parse(version).Major}";

    public static string Serialize(IEnumerable<HistoryEvent> history) => JsonConvert.SerializeObject(history.ToList(), Settings);

    public static IReadOnlyList<HistoryEvent> Load(string path)
        => JsonConvert.DeserializeObject<List<HistoryEvent>>(File.ReadAllText(path), Settings)
            ?? throw new InvalidDataException($"{path} holds no history.");

    /// <summary>The source folder the recorder writes to (tests/…/Versioning/Fixtures).</summary>
    public static string SourceRoot()
        => Path.Combine(AzuriteFixture.RepositoryRoot(), "tests", "AmbassadorFlows.Workflows.Tests", "Versioning", "Fixtures");

    internal sealed record Fixture(string Path, string Name)
    {
        public override string ToString() => Name;
    }
}
