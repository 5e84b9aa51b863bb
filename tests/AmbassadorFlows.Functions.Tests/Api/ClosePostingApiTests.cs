using System.Net;
using System.Text.Json;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary><c>POST /api/cohorts/{id}/close-posting</c> on the running app: HR ends a posting early
/// and the selection request goes out before the deadline (the fake clock never moves here). Each
/// test nominates its own employee: a nominee's invitation email is found by person and template.</summary>
public sealed class ClosePostingApiTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task ClosePosting_OpenPosting_Answers202AndHrIsAskedForTheSelectionAtOnce()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        var invitation = await app.WaitForEmailAsync("E007", "posting-invitation");
        using (var applied = await app.AnswerAsync(AppHost.LinkIn(invitation), "apply"))
        {
            Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        }

        using var client = app.NewClient();
        using var response = await client.PostAsync($"api/cohorts/{cohortId}/close-posting", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(cohortId, body.RootElement.GetProperty("id").GetString());
        var selection = await AppHost.EventuallyAsync(() => app.Approvals.GetAsync($"{cohortId}:selection"), "the selection request");
        Assert.Contains("\"E007\"", selection.DetailsJson, StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow(), selection.CreatedAt); // not a day later: the deadline is two weeks away

        // Once the selection has begun, the posting is no longer open.
        await AppHost.EventuallyAsync(async () => (await client.GetStringAsync($"api/cohorts/{cohortId}")).Contains("\"step\":\"selection\"", StringComparison.Ordinal) ? "selection" : null, "the selection step");
        using var again = await client.PostAsync($"api/cohorts/{cohortId}/close-posting", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not open", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosePosting_UnknownCohort_Answers404Problem()
    {
        using var client = app.NewClient();

        using var response = await client.PostAsync("api/cohorts/no-such-cohort/close-posting", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClosePosting_CohortOfVersion2_Answers409AndThePostingRunsOn()
    {
        const string cohortId = "close-v2";
        await app.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CohortOrchestrator),
            new CohortRequest(cohortId, "mobility-ambassadors", "E002", "Legal", ["E011"]),
            new StartOrchestrationOptions(cohortId) { Version = new TaskVersion(OrchestrationVersions.V2) });
        using var client = app.NewClient();
        await AppHost.EventuallyAsync(async () => (await client.GetStringAsync($"api/cohorts/{cohortId}")).Contains("\"step\":\"posting\"", StringComparison.Ordinal) ? "posting" : null, "the posting step");

        using var response = await client.PostAsync($"api/cohorts/{cohortId}/close-posting", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("3.0", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.Approvals.GetAsync($"{cohortId}:selection"));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await app.Client.GetInstanceAsync(cohortId))?.RuntimeStatus);
    }

    [Fact]
    public async Task Document_ClosePosting_DescribesItsAnswers()
    {
        using var client = app.NewClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("openapi/v1.json"));

        var operation = doc.RootElement.GetProperty("paths").GetProperty("/api/cohorts/{id}/close-posting").GetProperty("post");

        var answers = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Equal(["202", "404", "409"], answers.Where(a => a is "202" or "404" or "409").Order());
    }
}
