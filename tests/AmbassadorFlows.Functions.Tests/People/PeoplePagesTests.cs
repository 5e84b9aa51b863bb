using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Tests.People;

/// <summary>HR's people pages over real HTTP: find a person by part of a name, open their page (audited),
/// refuse an unconfirmed or blocked erasure on the page, record that they left (their journey ends),
/// then erase them. An unknown person is a 404 with no audit line.</summary>
public sealed class PeoplePagesTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Search_PartOfAName_ListsEveryMatchLinkingToTheirPage()
    {
        using var browser = app.NewClient();

        var document = Pages.Parse(await browser.GetStringAsync(new Uri("people?q=lars", UriKind.Relative)));

        var links = document.QuerySelectorAll("#people a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Lars Hansen", "/people/E006"), links);
        Assert.Contains(("Freja Larsen", links.Single(l => l.TextContent == "Freja Larsen").Item2), links);
        Assert.Equal(2, links.Count);
    }

    [Fact]
    public async Task PersonPage_UnknownPerson_404PageAndNoAuditLine()
    {
        using var browser = app.NewClient();

        using var response = await browser.GetAsync(new Uri("people/E999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("E999", Pages.Text(await response.Content.ReadAsStringAsync(), "#notice"), StringComparison.Ordinal);
        Assert.DoesNotContain(await app.Approvals.GetAuditAsync(PersonalDataEraser.AuditInstance), e => (e.Details ?? string.Empty).Contains("E999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersonPage_RunningJourneyThenLeftThenErased_EachStepExplainedOnThePage()
    {
        var cohortId = await app.StartJourneysAsync("E012");
        var journeyId = JourneyIds.For(cohortId, "E012");
        await AppHost.EventuallyAsync(async () => (await app.Approvals.ListPendingAsync(journeyId)).Count > 0 ? "open" : null, "the manager's request");
        using var browser = app.NewClient(followRedirects: false);

        var page = Pages.Parse(await browser.GetStringAsync(new Uri("people/E012", UriKind.Relative)));
        Assert.Equal("Oliver Bennett", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(cohortId, page.QuerySelector("#journeys")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Manager’s approval", page.QuerySelector("#requests")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(await app.Approvals.GetAuditAsync(PersonalDataEraser.AuditInstance), e => e.Details == "person page of employee E012");

        using (var unconfirmed = await PostAsync(browser, "people/E012/erasure", []))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
            Assert.Equal("Please tick the box to confirm the erasure.", Pages.Text(await unconfirmed.Content.ReadAsStringAsync(), "#confirm-error"));
        }

        using (var blocked = await PostAsync(browser, "people/E012/erasure", new() { ["confirm"] = "yes" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
            Assert.StartsWith("Nothing was erased", Pages.Text(await blocked.Content.ReadAsStringAsync(), "#notice"), StringComparison.Ordinal);
        }

        using (var badDay = await PostAsync(browser, "people/E012/left-company", new() { ["lastWorkingDay"] = "31/03/2026" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
            var refused = Pages.Parse(await badDay.Content.ReadAsStringAsync());
            Assert.NotNull(refused.QuerySelector("#lastWorkingDay-error"));
            Assert.Equal("31/03/2026", refused.QuerySelector("#lastWorkingDay")?.GetAttribute("value"));
        }

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await app.Client.GetInstanceAsync(journeyId))!.RuntimeStatus);
        using (var left = await PostAsync(browser, "people/E012/left-company", new() { ["lastWorkingDay"] = "2026-03-31" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
            Assert.Equal("/people/E012?recorded=1", left.Headers.Location?.OriginalString);
        }

        await AppHost.EventuallyAsync(async () => (await app.Client.GetInstanceAsync(journeyId))?.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? "done" : null, "the journey to end");
        Assert.Contains(await app.Approvals.GetAuditAsync(journeyId), e => e.Action == "left company recorded" && e.Details == "last working day 2026-03-31");

        using var erased = await PostAsync(browser, "people/E012/erasure", new() { ["confirm"] = "yes" });
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.StartsWith("Everything held about Oliver Bennett has been erased: 1 journeys purged", Pages.Text(await erased.Content.ReadAsStringAsync(), "#notice"), StringComparison.Ordinal);
        Assert.Null(await app.Client.GetInstanceAsync(journeyId));
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, Dictionary<string, string> fields)
    {
        fields[DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(browser, "people/E012");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await browser.SendAsync(request);
    }
}
