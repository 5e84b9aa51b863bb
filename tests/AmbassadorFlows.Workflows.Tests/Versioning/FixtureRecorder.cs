using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Shared;
using AmbassadorFlows.Workflows.Tests.Doubles;
using AmbassadorFlows.Workflows.Tests.Scenarios;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Workflows.Tests.Versioning;

/// <summary>
/// Records the replay fixtures of the code as it is: one cohort of a whole term with every kind of
/// step, reminder, escalation, time-out and exit, and its journeys. Runs only when asked:
/// <c>AMBASSADORFLOWS_RECORD_FIXTURES=1 dotnet test tests/AmbassadorFlows.Workflows.Tests --filter FullyQualifiedName~FixtureRecorder</c>
/// writes <c>Versioning/Fixtures/v&lt;major&gt;/</c> of <see cref="OrchestrationVersions.Current"/> in the
/// source tree (README: shipping an orchestrator change). Fixtures of older versions stay as recorded.
/// </summary>
public sealed class FixtureRecorder
{
    private const string Cohort = "fx";
    private const string Hr = "E002";

    [RecordingFact]
    public async Task Record_WholeCohortWithEveryStep_WritesTheHistoriesOfTheCurrentCode()
    {
        var folder = Path.Combine(ReplayFixtures.SourceRoot(), ReplayFixtures.Label(OrchestrationVersions.Current), "cohort");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        await using var h = await WorkflowHarness.CreateAsync(directory: new SampleDirectory(anonymous: true));
        await RecordingScenario.PlayAsync(h, Cohort, Hr, moment => SnapshotAsync(h, Path.Combine(folder, moment)));
        await SnapshotAsync(h, Path.Combine(folder, "completed"));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.GetAsync(Cohort)).RuntimeStatus);
    }

    [RecordingFact]
    public async Task Record_RenewalGrantedThenRefused_WritesTheJourneysHistory()
    {
        var folder = Path.Combine(ReplayFixtures.SourceRoot(), ReplayFixtures.Label(OrchestrationVersions.Current), "renewal-refused-last");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        await using var h = await WorkflowHarness.CreateAsync(directory: new SampleDirectory(anonymous: true));
        await RecordingScenario.PlayRenewalRefusedLastAsync(h, JourneyIds.For("fr", "E010"), Hr);
        await SnapshotAsync(h, folder);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.GetAsync(JourneyIds.For("fr", "E010"))).RuntimeStatus);
    }

    [RecordingFact]
    public async Task Record_PostingClosedEarlyByHr_WritesTheCohortsHistory()
    {
        // Version 3 on: HR closes the posting before its deadline, then selects nobody.
        var folder = Path.Combine(ReplayFixtures.SourceRoot(), ReplayFixtures.Label(OrchestrationVersions.Current), "posting-closed");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        await using var h = await WorkflowHarness.CreateAsync(directory: new SampleDirectory(anonymous: true));
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("pc", "mobility-ambassadors", Hr, "IT", []), "pc");
        await h.AnswerAsync("pc:apply:E005", Decisions.Apply);
        await h.DriveDaysAsync(2);
        await h.RaiseAsync("pc", CohortEvents.ClosePosting, new ClosePosting(Hr));
        await h.AnswerAsync("pc:selection", Decisions.Approve, new SelectionForm([]));
        await SnapshotAsync(h, folder);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.GetAsync("pc")).RuntimeStatus);
    }

    [RecordingFact]
    public async Task Record_HrMovesAndCancelsMeetingsAndHandsTheCohortOn_WritesTheHistories()
    {
        // Version 4 on: month 2's meeting cancelled before its invites, month 1's moved after them, a
        // refused move, a new HR owner passed to the journeys; then one ambassador steps down.
        var folder = Path.Combine(ReplayFixtures.SourceRoot(), ReplayFixtures.Label(OrchestrationVersions.Current), "cohort-changes");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        await using var h = await WorkflowHarness.CreateAsync(directory: new SampleDirectory(anonymous: true));
        await h.StartAsync(nameof(CohortOrchestrator), new CohortRequest("hc", "mobility-ambassadors", Hr, "IT", []), "hc");
        await h.AnswerAsync("hc:apply:E005", Decisions.Apply);
        await h.AnswerAsync("hc:apply:E006", Decisions.Apply);
        await h.RaiseAsync("hc", CohortEvents.MeetingChanged, new MeetingChange(2, null, Hr));
        await h.DriveDaysAsync(14.1);
        await h.AnswerAsync("hc:selection", Decisions.Approve, new SelectionForm(["E005", "E006"]));
        foreach (var employee in new[] { "E005", "E006" })
        {
            await h.AnswerAsync($"{JourneyIds.For("hc", employee)}:manager-approval", Decisions.Approve);
            await h.AnswerAsync($"{JourneyIds.For("hc", employee)}:agreement", Decisions.Accept);
        }

        var month1 = new DateTime(2026, 2, 5, 11, 30, 0, DateTimeKind.Utc);
        await h.DriveUntilAsync(new DateTimeOffset(month1.AddDays(-6)));
        await h.RaiseAsync("hc", CohortEvents.MeetingChanged, new MeetingChange(1, month1.AddDays(30), Hr));
        await h.RaiseAsync("hc", CohortEvents.MeetingChanged, new MeetingChange(1, month1.AddDays(2), Hr));
        await h.RaiseAsync("hc", CohortEvents.HrOwnerChanged, new HrOwnerChange(Person.From(h.Directory["E003"]), Hr, "HR"));
        await h.DriveUntilAsync(new DateTimeOffset(month1.AddDays(12)));
        await h.AnswerAsync($"{JourneyIds.For("hc", "E005")}:step-down", Decisions.StepDown);
        await h.RaiseAsync(JourneyIds.For("hc", "E006"), JourneyEvents.LeftCompany, new LeftCompany("resigned"));
        await SnapshotAsync(h, folder);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await h.GetAsync("hc")).RuntimeStatus);
    }

    private static async Task SnapshotAsync(WorkflowHarness h, string folder)
    {
        Directory.CreateDirectory(folder);
        await foreach (var instance in h.Client.GetAllInstancesAsync())
        {
            var history = await h.Client.GetOrchestrationHistoryAsync(instance.InstanceId);
            var file = !instance.InstanceId.Contains(':', StringComparison.Ordinal) ? "cohort" : $"journey-{instance.InstanceId[(instance.InstanceId.LastIndexOf(':') + 1)..]}";
            await File.WriteAllTextAsync(Path.Combine(folder, $"{file}.json"), ReplayFixtures.Serialize(history));
        }
    }
}
