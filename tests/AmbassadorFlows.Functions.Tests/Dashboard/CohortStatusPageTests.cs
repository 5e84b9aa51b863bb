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
        using var client = app.NewClient();
        var openBefore = await OpenRequestsOfAsync(client, cohortId);
        var now = app.Clock.GetUtcNow();
        var expired = await RequestAsync(cohortId, "E011", now.AddDays(-10), now.AddHours(-1));
        var open = await RequestAsync(cohortId, "E020", now.AddDays(-1), now.AddDays(5));

        var overview = Pages.Parse(await client.GetStringAsync(new Uri("/?lang=en", UriKind.Relative)));
        var rows = overview.QuerySelectorAll("#pending + table td[data-kind='renewal-wish']").Select(td => td.ParentElement!.TextContent).ToList();

        var row = Assert.Single(rows);
        Assert.Contains(open.AssigneeEmail, row, StringComparison.Ordinal);
        Assert.DoesNotContain(overview.QuerySelector("#pending + table")!.TextContent, expired.AssigneeEmail, StringComparison.Ordinal);
        Assert.DoesNotContain("(past)", overview.QuerySelector("#pending + table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(openBefore + 1, await OpenRequestsOfAsync(client, cohortId));
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
