using System.Net;
using System.Text.Json;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using AngleSharp.Dom;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>Statuses that tell the truth on HR's pages: a request past its deadline is not open, and
/// a cohort Ops terminated through the host's management API (none of our code running) reads as
/// terminated, not as a posting waiting on applicants.</summary>
public sealed class CohortStatusPageTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Overview_RequestPastItsDeadline_IsNeitherListedNorCountedAsOpen()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        await AppHost.EventuallyAsync(() => app.Approvals.GetAsync($"{cohortId}:apply:E007"), "the posting's requests");
        await app.Driver.RunUntilIdleAsync();
        using var client = app.NewClient();
        var now = app.Clock.GetUtcNow();
        var expired = await RequestAsync(cohortId, "E011", now.AddDays(-10), now.AddHours(-1));
        var open = await RequestAsync(cohortId, "E020", now.AddDays(-1), now.AddDays(5));
        var inStore = await app.Approvals.ListPendingAsync(cohortId);

        var overview = Pages.Parse(await client.GetStringAsync(new Uri("/?lang=en", UriKind.Relative)));
        var rows = overview.QuerySelectorAll("#pending + table td[data-kind='renewal-wish']").Select(td => td.ParentElement!.TextContent).ToList();

        var row = Assert.Single(rows);
        Assert.Contains(open.AssigneeEmail, row, StringComparison.Ordinal);
        Assert.DoesNotContain(overview.QuerySelector("#pending + table")!.TextContent, expired.AssigneeEmail, StringComparison.Ordinal);
        Assert.DoesNotContain("(past)", overview.QuerySelector("#pending + table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(inStore, a => a.ApprovalId == expired.ApprovalId);
        Assert.Equal(inStore.Count - 1, await OpenRequestsOfAsync(client, cohortId));
    }

    [Fact]
    public async Task OverviewAndCohortPage_CohortTerminatedThroughTheManagementApi_ShowItTerminatedWaitingOnNobody()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        await AppHost.EventuallyAsync(() => app.Approvals.GetAsync($"{cohortId}:apply:E007"), "the posting's requests");
        using var client = app.NewClient();
        var before = CohortRow(Pages.Parse(await client.GetStringAsync(new Uri("/?lang=en", UriKind.Relative))), cohortId);
        Assert.Equal("posting", before.QuerySelector("td.step")!.GetAttribute("data-step"));

        using (var terminated = await client.PostAsync(new Uri($"runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(cohortId)}/terminate?reason=stopped&code={AppHost.ManagementKey}", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Accepted, terminated.StatusCode);
        }

        await AppHost.EventuallyAsync(
            async () => (await app.Client.GetInstanceAsync(cohortId))?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated ? cohortId : null,
            "the cohort to be terminated");

        var overview = Pages.Parse(await client.GetStringAsync(new Uri("/?lang=en", UriKind.Relative)));
        var row = CohortRow(overview, cohortId);
        Assert.Equal("Terminated", row.QuerySelector("span.pill")!.TextContent);
        Assert.Equal("Terminated", row.QuerySelector("td.step")!.TextContent);
        Assert.DoesNotContain("Posting open", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("applicants", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("0", row.Children.Last().TextContent);
        Assert.DoesNotContain(cohortId, overview.QuerySelector("#pending + table")?.InnerHtml ?? string.Empty, StringComparison.Ordinal);

        var page = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{Uri.EscapeDataString(cohortId)}?lang=en", UriKind.Relative)));
        Assert.Equal("Terminated", page.QuerySelector("#cohort-step")!.TextContent);
        Assert.Equal("terminated", page.QuerySelector("#cohort-step")!.GetAttribute("data-step"));
        Assert.Equal("Terminated", page.QuerySelector(".card span.pill")!.TextContent);
        Assert.DoesNotContain("waiting on", page.QuerySelector(".card")!.TextContent, StringComparison.Ordinal);

        // And in Danish.
        var danish = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{Uri.EscapeDataString(cohortId)}?lang=da", UriKind.Relative)));
        Assert.Equal("Stoppet", danish.QuerySelector("#cohort-step")!.TextContent);
    }

    /// <summary>One journey for both languages: <see cref="AppHost.StartJourneysAsync"/> runs once per host.</summary>
    [Fact]
    public async Task CohortPage_JourneyEndedByTheManagersNo_ShowsTheOutcomeAsASentenceAndTheProgrammeByName()
    {
        var cohortId = await app.StartJourneysAsync("E012");
        var request = await AppHost.EventuallyAsync(
            async () => (await app.Approvals.ListPendingAsync(cohortId)).FirstOrDefault(a => a.Kind == "manager-approval"),
            "the manager's request");
        using (var declined = await app.AnswerAsync(app.Services.GetRequiredService<IApprovalLinks>().CreateLink(request).AbsoluteUri, "reject"))
        {
            Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        }

        using var client = app.NewClient();
        foreach (var (language, ended, outcome, programme) in new[] { ("en", "Ended", "The manager declined", "Mobility ambassadors"), ("nl", "Beëindigd", "De leidinggevende heeft geweigerd", "Mobiliteitsambassadeurs") })
        {
            var page = await AppHost.EventuallyAsync(
                async () =>
                {
                    var html = Pages.Parse(await client.GetStringAsync(new Uri($"/cohorts/{Uri.EscapeDataString(cohortId)}?lang={language}", UriKind.Relative)));
                    return html.QuerySelector("tr[data-employee='E012'] td.step[data-step='Ended']") is null ? null : html;
                },
                "the journey to end");
            var cell = page.QuerySelector("tr[data-employee='E012'] td.step")!;

            Assert.Equal("ManagerDeclined", cell.GetAttribute("data-outcome"));
            Assert.Equal(ended, cell.FirstChild!.TextContent);
            Assert.Equal(outcome, cell.QuerySelector(".outcome")!.TextContent);
            Assert.DoesNotContain("ManagerDeclined", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(programme, page.QuerySelector("#programme")!.TextContent);
        }
    }

    private static IElement CohortRow(IDocument overview, string cohortId)
        => overview.QuerySelectorAll("#cohorts + table tr").Single(tr => tr.QuerySelector($"a[href='/cohorts/{Uri.EscapeDataString(cohortId)}']") is not null);

    /// <summary>The cohort's count of open requests, as the HR API gives it.</summary>
    private static async Task<int> OpenRequestsOfAsync(HttpClient client, string cohortId)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/cohorts", UriKind.Relative)));
        return list.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == cohortId).GetProperty("pendingApprovals").GetInt32();
    }

    /// <summary>A request on the running cohort, made directly in the store with the given dates.</summary>
    private async Task<PendingApproval> RequestAsync(string cohortId, string assigneeId, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        var assignee = (await app.Services.GetRequiredService<IDirectory>().GetEmployeeAsync(assigneeId))!;
        return await app.Approvals.CreateAsync(new PendingApproval(
            $"{cohortId}:test:{Guid.NewGuid():N}", cohortId, JourneyEvents.RenewalWish, "renewal-wish", assignee.Id, assignee.Email, ["renew", "step-back"], createdAt, expiresAt));
    }
}
