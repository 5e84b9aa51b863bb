using System.Net;
using AmbassadorFlows.Workflows.Cohorts;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Tests.Local;

/// <summary>
/// The same local app with its orchestrations in an Azure Storage task hub (DTFx's provider, on
/// Azurite) instead of the SQLite file, chosen by settings alone: a cohort starts from the HR API,
/// its emails go out, and an answer from a link reaches the orchestration. Real time: Azure Storage
/// timers are queue visibility delays, so nothing here waits for a timer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureStorageBackendTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private AppHost _app = null!;

    public async Task InitializeAsync()
    {
        _app = new AppHost(
            [
                "--AmbassadorFlows:Durable:Backend=AzureStorage",
                $"--AmbassadorFlows:Durable:AzureStorageConnectionString={azurite.ConnectionString}",
                "--AmbassadorFlows:Durable:TaskHubName=apptest" + Guid.NewGuid().ToString("N")[..8],
            ],
            configure: null,
            fakeClock: false);
        await _app.InitializeAsync();
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task CreateCohort_AzureStorageBackend_RunsTheCohortAndDeliversAnApplicationFromItsLink()
    {
        var cohortId = await _app.CreateCohortAsync(["E007"]);
        var invitation = await _app.WaitForEmailAsync("E007", "posting-invitation");

        using var applied = await _app.AnswerAsync(AppHost.LinkIn(invitation), "apply");

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var delivered = await AppHost.EventuallyAsync(
            async () => (await _app.Client.GetOrchestrationHistoryAsync(cohortId)).OfType<EventRaisedEvent>().FirstOrDefault(e => e.Name == CohortEvents.Application),
            "the application event in the cohort's history");
        Assert.Contains("E007", delivered.Input, StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await _app.Client.GetInstanceAsync(cohortId))!.RuntimeStatus);
        // The orchestrations live in the task hub, not in a SQLite file next to the app's own data.
        Assert.False(File.Exists(Path.Combine(_app.DataPath, "ambassadorflows-durable.db")));
    }
}
