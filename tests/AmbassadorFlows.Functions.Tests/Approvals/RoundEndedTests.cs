using System.Net;
using AmbassadorFlows.Functions.Components;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>Links of a round that has ended: the cohort or journey behind an open request was ended
/// (by Ops through the host's management API, with none of our code running, or by running to its
/// end), so the link answers 410 with a page saying so, on GET and on POST, and records nothing. An
/// answered request keeps its 409.</summary>
public sealed class RoundEndedTests(AppHost app) : IClassFixture<AppHost>
{
    private const string ManagementBase = "runtime/webhooks/durabletask";

    [Fact]
    public async Task ApplicationLink_CohortTerminatedThroughTheManagementApi_Answers410OnGetAndPostAndRecordsNothing()
    {
        var (approval, link) = await NewApplicationAsync();
        using var client = app.NewClient();
        // The page as opened while the cohort ran: the answer is posted later, as from a stale tab.
        var field = Pages.Parse(await client.GetStringAsync(new Uri(link))).QuerySelector("input[name='__form']")!.GetAttribute("value")!;
        await TerminateThroughManagementApiAsync(approval.InstanceId);
        var historyBefore = (await app.Client.GetOrchestrationHistoryAsync(approval.InstanceId)).Count;

        using var page = await client.GetAsync(new Uri(link));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "apply", ["__form"] = field });
        using var answer = await client.PostAsync(new Uri(link), form);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        foreach (var html in new[] { await page.Content.ReadAsStringAsync(), await answer.Content.ReadAsStringAsync() })
        {
            // Emma reads English; the page names the request and says it was stopped, and that nothing was recorded.
            var document = Pages.Parse(html);
            Assert.Equal("This round has ended", document.QuerySelector("h1")!.TextContent);
            Assert.Equal(RequestPageTexts.English.RoundStopped, document.QuerySelector("#outcome")!.TextContent);
            Assert.Equal("Application", document.QuerySelector("#request-kind")!.TextContent);
            Assert.Equal(RequestPageTexts.English.RoundEndedNext, document.QuerySelector("#next p")!.TextContent);
            Assert.Null(document.QuerySelector("form"));
        }

        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
        Assert.DoesNotContain(await app.Approvals.GetAuditAsync(approval.InstanceId), e => e.Action.Contains("decided", StringComparison.Ordinal) || e.Action.Contains("decision", StringComparison.Ordinal));
        var history = await app.Client.GetOrchestrationHistoryAsync(approval.InstanceId);
        Assert.Equal(historyBefore, history.Count);
        Assert.DoesNotContain(history, e => e is EventRaisedEvent);
    }

    [Fact]
    public async Task ApplicationLink_CohortTerminatedAskingForJson_Answers410Problem()
    {
        var (approval, link) = await NewApplicationAsync();
        await TerminateThroughManagementApiAsync(approval.InstanceId);
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(link));
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CheckInLink_JourneyCompleted_Answers410OnGetAndPostAndRecordsNothing()
    {
        // Oliver's journey ends at once: his manager's request is declined (HR answers it: see RequestPageScenarios).
        var reader = RequestPageScenarios.For("en");
        var journeyId = JourneyIds.For($"ended-{Guid.NewGuid():N}", reader.SubjectId);
        var programme = await new RequestPageScenarios(app).ProgrammeAsync(reader);
        await app.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(AmbassadorJourney), new JourneyInput(journeyId.Split(':')[0], reader.SubjectId, reader.HrId, programme, RequestPageScenarios.TermStart), new StartOrchestrationOptions(journeyId));
        var managerRequest = await AppHost.EventuallyAsync(
            async () => (await app.Approvals.ListPendingAsync(journeyId)).FirstOrDefault(a => a.Kind == "manager-approval"),
            "the manager's request");
        using (var declined = await app.AnswerAsync(LinkTo(managerRequest).AbsoluteUri, "reject"))
        {
            Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        }

        await AppHost.EventuallyAsync(
            async () => (await app.Client.GetInstanceAsync(journeyId))?.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? journeyId : null,
            "the journey to complete");

        // A check-in request still open in the store for the finished journey (as one sent just before it ended).
        var now = app.Clock.GetUtcNow();
        var employee = (await app.Services.GetRequiredService<IDirectory>().GetEmployeeAsync(reader.SubjectId))!;
        var checkIn = await app.Approvals.CreateAsync(new PendingApproval($"{journeyId}:check-in:m1", journeyId, JourneyEvents.MonthlyCheckIn, "monthly-check-in", employee.Id, employee.Email, ["submit"], now, now.AddDays(20)));
        using var client = app.NewClient();

        using var page = await client.GetAsync(LinkTo(checkIn));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "submit", ["data.attendedMeeting"] = "true", ["data.hoursSpent"] = "2" });
        using var answer = await client.PostAsync(LinkTo(checkIn), form);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        var document = Pages.Parse(await page.Content.ReadAsStringAsync());
        Assert.Equal(RequestPageTexts.English.RoundFinished, document.QuerySelector("#outcome")!.TextContent);
        Assert.Equal("Monthly check-in", document.QuerySelector("#request-kind")!.TextContent);
        Assert.Null((await app.Approvals.GetAsync(checkIn.ApprovalId))!.Decision);
        Assert.DoesNotContain(await app.Approvals.GetAuditAsync(journeyId), e => e.Details?.Contains(checkIn.ApprovalId, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ApplicationLink_AnsweredThenCohortTerminated_StillAnswers409AlreadyDecided()
    {
        var (approval, link) = await NewApplicationAsync();
        using (var applied = await app.AnswerAsync(link, "apply"))
        {
            Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        }

        await TerminateThroughManagementApiAsync(approval.InstanceId);

        using var again = await app.AnswerAsync(link, "apply");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Already decided by", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("apply", (await app.Approvals.GetAsync(approval.ApprovalId))!.Decision!.Decision);
    }

    /// <summary>What Ops does: the host's own terminate call, which runs none of our code.</summary>
    private async Task TerminateThroughManagementApiAsync(string instanceId)
    {
        using var client = app.NewClient();
        using var terminated = await client.PostAsync(new Uri($"{ManagementBase}/instances/{Uri.EscapeDataString(instanceId)}/terminate?reason=stopped%20by%20Ops&code={AppHost.ManagementKey}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, terminated.StatusCode);
        await AppHost.EventuallyAsync(
            async () => (await app.Client.GetInstanceAsync(instanceId))?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated ? instanceId : null,
            "the orchestration to be terminated");
    }

    /// <summary>A fresh cohort gives a fresh apply link for Emma (a nominee, reading English).</summary>
    private async Task<(PendingApproval Approval, string Link)> NewApplicationAsync()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        var approval = await AppHost.EventuallyAsync(() => app.Approvals.GetAsync($"{cohortId}:apply:E007"), "Emma's application request");
        return (approval, LinkTo(approval).AbsoluteUri);
    }

    private Uri LinkTo(PendingApproval approval) => app.Services.GetRequiredService<IApprovalLinks>().CreateLink(approval);
}
