using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>The main job over real HTTP: HR starts a cohort, people answer from their emails,
/// and the journey moves.</summary>
public sealed class CohortFlowTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task ManagerApproval_GetThenPost_OnlyThePostAdvancesTheJourney()
    {
        var cohortId = await app.StartJourneysAsync("E007");
        var journeyId = JourneyIds.For(cohortId, "E007");
        var request = await app.WaitForEmailAsync("E004", "manager-approval-request");
        var link = AppHost.LinkIn(request);
        await WaitForStepAsync(cohortId, "E007", "ManagerApproval");
        var historyBefore = (await app.Client.GetOrchestrationHistoryAsync(journeyId)).Count;

        using var client = app.NewClient();
        using var page = await client.GetAsync(new Uri(link));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        // The manager (E004) reads Danish, and the mobility programme is written in Danish too.
        Assert.Equal("da", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Contains("Godkend", Pages.Text(html, "#decision-form"), StringComparison.Ordinal);
        var approval = (await app.Approvals.ListPendingAsync(journeyId)).Single(a => a.EventName == JourneyEvents.ManagerDecision);
        Assert.Null(approval.Decision);
        Assert.Equal(historyBefore, (await app.Client.GetOrchestrationHistoryAsync(journeyId)).Count);
        Assert.Equal("ManagerApproval", await StepOfAsync(cohortId, "E007"));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = Pages.HiddenField(html, "__form"), ["decision"] = "approve" });
        using var posted = await client.PostAsync(new Uri(link), form);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("blev registreret", Pages.Text(await posted.Content.ReadAsStringAsync(), "#outcome"), StringComparison.Ordinal);
        Assert.Equal("approve", (await app.Approvals.GetAsync(approval.ApprovalId))!.Decision!.Decision);
        await WaitForStepAsync(cohortId, "E007", "Agreement");
        await app.WaitForEmailAsync("E007", "agreement-request");
    }

    [Fact]
    public async Task GetCohort_AfterStart_ListsTheCohortAndItsOpenApplications()
    {
        var cohortId = await app.CreateCohortAsync(["E012", "E024"]);
        await app.WaitForEmailAsync("E024", "posting-invitation");
        using var client = app.NewClient();

        // Two nominees and the three Legal employees each got an apply link.
        var body = await AppHost.EventuallyAsync(
            async () =>
            {
                var text = await client.GetStringAsync($"api/cohorts/{cohortId}");
                using var doc = JsonDocument.Parse(text);
                return doc.RootElement.GetProperty("openApplications").GetInt32() == 5 ? text : null;
            },
            "five open applications");
        using var detail = JsonDocument.Parse(body);
        using var list = JsonDocument.Parse(await client.GetStringAsync("api/cohorts"));

        var cohort = detail.RootElement;
        Assert.Equal(cohortId, cohort.GetProperty("id").GetString());
        Assert.Equal("mobility-ambassadors", cohort.GetProperty("programme").GetString());
        Assert.Equal("posting", cohort.GetProperty("step").GetString());
        Assert.Equal(JsonValueKind.Array, cohort.GetProperty("journeys").ValueKind);
        Assert.Contains(list.RootElement.EnumerateArray(), c => c.GetProperty("id").GetString() == cohortId);
    }

    [Fact]
    public async Task CreateCohort_WithOwnPostingDeadline_IsAcceptedAndReachesTheCohort()
    {
        // Any date after the start up to 90 days out, not only the programme's 14-day window.
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var deadline = today.AddDays(30);
        using var client = app.NewClient();

        using var response = await client.PostAsJsonAsync("api/cohorts", new { programmeId = "mobility-ambassadors", hrOwner = "E002", audience = "Legal", nominees = new[] { "E012" }, postingDeadline = deadline });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), body.RootElement.GetProperty("postingDeadline").GetString());
        var cohortId = body.RootElement.GetProperty("id").GetString()!;
        var instance = await app.Client.GetInstanceAsync(cohortId, getInputsAndOutputs: true);
        Assert.Equal(deadline, instance!.ReadInputAs<CohortRequest>()!.PostingDeadline);
    }

    private async Task<string?> StepOfAsync(string cohortId, string employeeId)
    {
        using var client = app.NewClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"api/cohorts/{cohortId}"));
        return doc.RootElement.GetProperty("journeys").EnumerateArray()
            .Where(j => j.GetProperty("employeeId").GetString() == employeeId)
            .Select(j => j.GetProperty("step").GetString())
            .FirstOrDefault();
    }

    private Task WaitForStepAsync(string cohortId, string employeeId, string step)
        => AppHost.EventuallyAsync(async () => await StepOfAsync(cohortId, employeeId) == step ? step : null, $"{employeeId} at {step}");
}
