using System.Net;
using System.Text.Json;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>Statuses that tell the truth: a cohort Ops terminated (through the Durable API, with none
/// of our code running) reads as terminated, waits on nobody, and its requests stop counting as open.</summary>
public sealed class CohortStatusTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Cohort_TerminatedWhilePosting_ReadsTerminatedAndWaitsOnNobody()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        await app.WaitForEmailAsync("E007", "posting-invitation");
        using var client = app.NewClient();
        using (var before = JsonDocument.Parse(await client.GetStringAsync($"api/cohorts/{cohortId}")))
        {
            Assert.Equal("posting", before.RootElement.GetProperty("step").GetString());
            Assert.True(before.RootElement.GetProperty("openApplications").GetInt32() > 0);
        }

        Assert.Contains(cohortId, await PendingTableAsync(client), StringComparison.Ordinal);

        await app.Client.TerminateInstanceAsync(cohortId, "stopped by Ops");
        await AppHost.EventuallyAsync(
            async () => (await app.Client.GetInstanceAsync(cohortId))?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated ? cohortId : null,
            "the cohort to be terminated");

        using var detail = JsonDocument.Parse(await client.GetStringAsync($"api/cohorts/{cohortId}"));
        Assert.Equal("Terminated", detail.RootElement.GetProperty("runtimeStatus").GetString());
        Assert.Equal("terminated", detail.RootElement.GetProperty("step").GetString());
        Assert.Equal(JsonValueKind.Null, detail.RootElement.GetProperty("waitingOn").ValueKind);
        Assert.Equal(0, detail.RootElement.GetProperty("openApplications").GetInt32());

        using var list = JsonDocument.Parse(await client.GetStringAsync("api/cohorts"));
        var summary = list.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == cohortId);
        Assert.Equal(("terminated", 0), (summary.GetProperty("step").GetString(), summary.GetProperty("pendingApprovals").GetInt32()));

        Assert.DoesNotContain(cohortId, await PendingTableAsync(client), StringComparison.Ordinal);
    }

    /// <summary>The overview's table of open requests (empty when nobody is waited on).</summary>
    private static async Task<string> PendingTableAsync(HttpClient client)
    {
        using var overview = await client.GetAsync(string.Empty);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        return Pages.Parse(await overview.Content.ReadAsStringAsync()).QuerySelector("#pending + table")?.OuterHtml ?? string.Empty;
    }
}
