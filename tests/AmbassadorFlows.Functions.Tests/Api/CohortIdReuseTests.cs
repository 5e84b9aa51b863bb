using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>A cohort id is used once: approval ids and email keys derive from it, so the HR API
/// refuses an id whose cohort finished, or was purged but left approvals behind.</summary>
public sealed class CohortIdReuseTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task CreateCohort_IdOfATerminatedCohort_Returns409AndLeavesTheOldRunAlone()
    {
        var cohortId = "reuse-" + Guid.NewGuid().ToString("N")[..8];
        await StartAndStopAsync(cohortId);

        using var again = await PostAsync(cohortId);

        await AssertConflictAsync(again, cohortId);
        var instance = await app.Client.GetInstanceAsync(cohortId);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, instance!.RuntimeStatus);
    }

    [Fact]
    public async Task CreateCohort_IdOfAPurgedCohortWithApprovalsOnRecord_Returns409AndStartsNothing()
    {
        var cohortId = "purged-" + Guid.NewGuid().ToString("N")[..8];
        await StartAndStopAsync(cohortId);
        await app.Client.PurgeInstanceAsync(cohortId);

        using var again = await PostAsync(cohortId);

        await AssertConflictAsync(again, cohortId);
        Assert.Null(await app.Client.GetInstanceAsync(cohortId));
    }

    [Fact]
    public async Task CreateCohort_IdOfARunningCohort_Returns409()
    {
        var cohortId = "running-" + Guid.NewGuid().ToString("N")[..8];
        using var first = await PostAsync(cohortId);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        using var again = await PostAsync(cohortId);

        await AssertConflictAsync(again, cohortId);
    }

    [Fact]
    public async Task CreateCohort_IdClaimedByAnotherInstancesStart_Returns409AndStartsNothing()
    {
        var cohortId = "claimed-" + Guid.NewGuid().ToString("N")[..8];
        // Another instance on the same store is starting this id right now.
        Assert.True(await app.Services.GetRequiredService<IWorkClaims>().TryClaimAsync(CohortStarter.StartClaimKey(cohortId), "another-instance", TimeSpan.FromMinutes(2)));

        using var again = await PostAsync(cohortId);

        await AssertConflictAsync(again, cohortId);
        Assert.Null(await app.Client.GetInstanceAsync(cohortId));
    }

    /// <summary>Starts the cohort, waits for its apply requests, then terminates it.</summary>
    private async Task StartAndStopAsync(string cohortId)
    {
        using var created = await PostAsync(cohortId);
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        await AppHost.EventuallyAsync(() => app.Approvals.GetAsync($"{cohortId}:apply:E007"), "the apply request");
        await app.Client.TerminateInstanceAsync(cohortId, new TerminateInstanceOptions("test"));
        await AppHost.EventuallyAsync(
            async () => await app.Client.GetInstanceAsync(cohortId) is { RuntimeStatus: OrchestrationRuntimeStatus.Terminated } i ? i : null,
            "the cohort terminated");
    }

    private async Task<HttpResponseMessage> PostAsync(string cohortId)
    {
        using var client = app.NewClient();
        return await client.PostAsJsonAsync("api/cohorts", new { cohortId, programmeId = "mobility-ambassadors", hrOwner = "E002", audience = "Legal", nominees = new[] { "E007" } });
    }

    private static async Task AssertConflictAsync(HttpResponseMessage response, string cohortId)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(cohortId, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
