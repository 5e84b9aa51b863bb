using System.Net;
using System.Text.Json;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>"Training done" through the app: every module in the training email has its own link;
/// its page changes nothing, its "Done" button completes that module, and after the last one the
/// journey is in its active term.</summary>
public sealed class TrainingLinkTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task TrainingEmail_EachModulesDoneLink_CompletesTheTrainingAndTheJourneyGoesActive()
    {
        var cohortId = await app.StartJourneysAsync("E007");
        var journeyId = JourneyIds.For(cohortId, "E007");
        using (var approved = await app.AnswerAsync(AppHost.LinkIn(await app.WaitForEmailAsync("E004", "manager-approval-request")), "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using (var accepted = await app.AnswerAsync(AppHost.LinkIn(await app.WaitForEmailAsync("E007", "agreement-request")), "accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var training = await app.WaitForEmailAsync("E007", "training-assigned");
        var links = DashboardPages.Links(training.Message.HtmlBody).Where(l => l.Contains("/api/approvals/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, links.Count);
        await WaitForStepAsync(cohortId, "Training");

        using var client = app.NewClient();
        using (var page = await client.GetAsync(new Uri(links[0])))
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.NotNull(Pages.Parse(html).QuerySelector("#decision-form button[value=done]"));
            Assert.Contains("learning.example.org", Pages.Parse(html).QuerySelector("a#module-link")?.GetAttribute("href"), StringComparison.Ordinal);
        }

        Assert.Equal(3, (await app.Approvals.ListPendingAsync(journeyId)).Count(a => a.EventName == JourneyEvents.TrainingModuleDone));
        foreach (var link in links)
        {
            using var done = await app.AnswerAsync(link, "done");
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
            Assert.Contains("recorded", Pages.Text(await done.Content.ReadAsStringAsync(), "#outcome"), StringComparison.Ordinal);
        }

        await WaitForStepAsync(cohortId, "Active");
        Assert.DoesNotContain(await app.Approvals.ListPendingAsync(journeyId), a => a.EventName == JourneyEvents.TrainingModuleDone);
        using var again = await app.AnswerAsync(links[0], "done");
        Assert.Contains("Already decided", Pages.Text(await again.Content.ReadAsStringAsync(), "#outcome"), StringComparison.Ordinal);
    }

    private async Task<string?> StepOfAsync(string cohortId)
    {
        using var client = app.NewClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"api/cohorts/{cohortId}"));
        return doc.RootElement.GetProperty("journeys").EnumerateArray()
            .Where(j => j.GetProperty("employeeId").GetString() == "E007")
            .Select(j => j.GetProperty("step").GetString())
            .FirstOrDefault();
    }

    private Task WaitForStepAsync(string cohortId, string step)
        => AppHost.EventuallyAsync(async () => await StepOfAsync(cohortId) == step ? step : null, $"E007 at {step}");
}
