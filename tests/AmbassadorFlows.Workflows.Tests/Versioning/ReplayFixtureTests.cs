using AmbassadorFlows.Durable.Hosting;
using AmbassadorFlows.Workflows.Versioning;
using DurableTask.Core.History;

namespace AmbassadorFlows.Workflows.Tests.Versioning;

/// <summary>
/// Every recorded history of every orchestration version, replayed whole by the current code through
/// the production replay engine (DTFx's executor and the SDK's shims, as each turn runs locally and
/// as the isolated worker runs in Azure). A change to an orchestrator that is not gated on the
/// version makes these fail with the step that no longer matches.
/// </summary>
public sealed class ReplayFixtureTests : IClassFixture<ReplayFixtureTests.Replayer>
{
    private readonly Replayer _replayer;

    public ReplayFixtureTests(Replayer replayer)
    {
        _replayer = replayer;
    }

    public static TheoryData<string> Fixtures() => [.. ReplayFixtures.All().Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Replay_RecordedHistory_CurrentCodeDoesExactlyWhatItRecords(string fixture)
    {
        var history = ReplayFixtures.Load(Path.Combine(ReplayFixtures.OutputRoot, fixture));

        var replay = _replayer.Runtime.Replay(history);

        Assert.True(replay.Matches(history, out var difference), $"{fixture}: {difference}");
    }

    [Fact]
    public void Fixtures_EverySupportedVersion_HasACohortAndItsJourneysRecorded()
    {
        foreach (var version in OrchestrationVersions.Supported)
        {
            var label = ReplayFixtures.Label(version);
            var completed = ReplayFixtures.All().Where(f => f.Name.StartsWith($"{label}/cohort/completed/", StringComparison.Ordinal)).ToList();
            Assert.Contains(completed, f => f.Name.EndsWith("/cohort.json", StringComparison.Ordinal));
            Assert.True(completed.Count >= 9, $"{label}: {completed.Count} instances recorded");
            Assert.All(completed, f => Assert.Equal(version, Started(f).Version));
        }
    }

    [Fact]
    public void Replay_TwoStepsOfTheHistorySwapped_FailsAsNonDeterministic()
    {
        // The history as code that runs two steps in the other order would have recorded it: the
        // current code must not accept it (the replay test can fail).
        var fixture = ReplayFixtures.All().First(f => f.Name.EndsWith("/completed/journey-E015.json", StringComparison.Ordinal));
        var history = ReplayFixtures.Load(fixture.Path).ToList();
        var scheduled = history.OfType<TaskScheduledEvent>().ToList();
        var (first, second) = (scheduled.First(e => e.Name == "RecordStep"), scheduled.First(e => e.Name == "RequestResponse"));
        (first.Name, second.Name) = (second.Name, first.Name);

        var replay = _replayer.Runtime.Replay(history);

        Assert.False(replay.Matches(history, out var difference));
        Assert.Contains("Non-Deterministic", difference, StringComparison.OrdinalIgnoreCase);
    }

    private static ExecutionStartedEvent Started(ReplayFixtures.Fixture fixture)
        => ReplayFixtures.Load(fixture.Path).OfType<ExecutionStartedEvent>().Single();

    /// <summary>One runtime for every replay: replays run no activity and touch no backend.</summary>
    public sealed class Replayer : IAsyncLifetime
    {
        public LocalDurableRuntime Runtime { get; private set; } = null!;

        public async Task InitializeAsync()
            => Runtime = await LocalDurableRuntime.StartAsync(
                new LocalRuntimeOptions { Versioning = OrchestrationVersioning.For(OrchestrationVersions.Current) },
                registry => AmbassadorWorkflows.Register(registry));

        public async Task DisposeAsync() => await Runtime.DisposeAsync();
    }
}
