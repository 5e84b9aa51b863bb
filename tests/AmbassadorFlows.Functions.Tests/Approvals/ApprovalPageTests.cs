using System.Net;
using System.Text.Json;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using DurableTask.Core.History;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>Approval links: GET shows and changes nothing; POST decides once; tampered, expired,
/// reused, misbound or forged answers are refused with the right 4xx.</summary>
public sealed class ApprovalPageTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Get_ValidLink_ShowsTheQuestionAndChangesNothing()
    {
        var (approval, link) = await NewApplicationAsync();
        // The invitation is sent before the turn that starts waiting ends; measure once the cohort is
        // parked on its application deadline, or the rest of that turn counts as a change.
        var parked = await AppHost.EventuallyAsync(
            async () => await app.Client.GetOrchestrationHistoryAsync(approval.InstanceId) is { } h
                && h.OfType<TimerCreatedEvent>().Any() ? h : null,
            "the cohort waiting for applications");
        var historyBefore = parked.Count;
        using var client = app.NewClient();

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri(link));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Contains("Apply", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
        Assert.Equal(historyBefore, (await app.Client.GetOrchestrationHistoryAsync(approval.InstanceId)).Count);
    }

    [Fact]
    public async Task Post_SecondTime_SaysAlreadyDecidedByWhomAndWhen()
    {
        var (approval, link) = await NewApplicationAsync();

        using var first = await app.AnswerAsync(link, "apply");
        using var second = await app.AnswerAsync(link, "apply");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var text = Pages.Text(await second.Content.ReadAsStringAsync(), "#outcome");
        Assert.Contains($"Already decided by {approval.AssigneeEmail} on 2 March 2026, 09:00: “Apply”.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ReusedTokenAskingForJson_Returns409ProblemWithTheDecider()
    {
        var (approval, link) = await NewApplicationAsync();
        using var first = await app.AnswerAsync(link, "apply");
        using var client = app.NewClient();
        var page = await client.GetStringAsync(new Uri(link));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(link))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "apply" }),
        };
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await client.SendAsync(request);

        Assert.Contains("Already decided", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(approval.AssigneeEmail, problem.RootElement.GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task Get_TamperedToken_Returns400AndAClearPage()
    {
        var (_, link) = await NewApplicationAsync();
        var slash = link.LastIndexOf('/');
        var parts = link[(slash + 1)..].Split('.');
        parts[2] = parts[2][..^2] + (parts[2][^2] == 'A' ? "BB" : "AA");
        var tampered = link[..(slash + 1)] + string.Join('.', parts);
        using var client = app.NewClient();

        using var page = await client.GetAsync(new Uri(tampered));
        using var json = await GetJsonAsync(client, tampered);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("not valid", Pages.Text(await page.Content.ReadAsStringAsync(), "h1"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_ExpiredToken_Returns410()
    {
        var approval = await CreateApprovalAsync(expiresIn: TimeSpan.FromHours(-1));
        var link = app.Services.GetRequiredService<IApprovalLinks>().CreateLink(approval).AbsoluteUri;
        using var client = app.NewClient();

        using var response = await GetJsonAsync(client, link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ClosedApproval_Returns410AndRecordsNothing()
    {
        var (approval, link) = await NewApplicationAsync();
        using var client = app.NewClient();
        var page = await client.GetStringAsync(new Uri(link));
        await app.Approvals.CloseAsync(approval.ApprovalId, "no answer in time", app.Clock.GetUtcNow());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = Pages.HiddenField(page, "__form"), ["decision"] = "apply" });

        using var response = await client.PostAsync(new Uri(link), form);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
    }

    [Fact]
    public async Task Get_TokenSignedForAnotherPerson_Returns400()
    {
        var approval = await CreateApprovalAsync(expiresIn: TimeSpan.FromDays(3));
        var token = app.Services.GetRequiredService<ApprovalTokenService>().Issue(approval.ApprovalId, "E999", approval.EventName, approval.ExpiresAt);
        using var client = app.NewClient();

        using var response = await GetJsonAsync(client, new Uri(app.BaseAddress, "api/approvals/" + token).AbsoluteUri);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutTheFormField_Returns403AndRecordsNothing()
    {
        var (approval, link) = await NewApplicationAsync();
        using var client = app.NewClient();
        await client.GetStringAsync(new Uri(link));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "apply" });

        using var response = await client.PostAsync(new Uri(link), form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
    }

    [Fact]
    public async Task Post_FormFieldFromAnotherBrowser_Returns403()
    {
        var (approval, link) = await NewApplicationAsync();
        using var attacker = app.NewClient();
        var field = Pages.HiddenField(await attacker.GetStringAsync(new Uri(link)), "__form");
        using var victim = app.NewClient();
        await victim.GetStringAsync(new Uri(link));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = field + "x", ["decision"] = "apply" });

        using var response = await victim.PostAsync(new Uri(link), form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
    }

    [Fact]
    public async Task Post_DecisionNotOffered_Returns400()
    {
        var (approval, link) = await NewApplicationAsync();

        using var response = await app.AnswerAsync(link, "approve");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
    }

    [Fact]
    public async Task Post_ThousandConcurrentSameDecisions_ExactlyOneIsRecorded()
    {
        var (approval, link) = await NewApplicationAsync();
        using var client = app.NewClient();
        var field = Pages.HiddenField(await client.GetStringAsync(new Uri(link)), "__form");

        var responses = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async _ =>
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = field, ["decision"] = "apply" });
            using var response = await client.PostAsync(new Uri(link), form);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(999, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict && r.Body.Contains("Already decided by", StringComparison.Ordinal)));
        var audit = await app.Approvals.GetAuditAsync(approval.InstanceId);
        Assert.Single(audit, a => a.Action.StartsWith("decided", StringComparison.Ordinal) && a.Details!.StartsWith(approval.ApprovalId + ";", StringComparison.Ordinal));
        var raised = await AppHost.EventuallyAsync(
            async () => (await app.Client.GetOrchestrationHistoryAsync(approval.InstanceId))
                .OfType<EventRaisedEvent>()
                .Where(r => r.Input?.Contains(approval.ApprovalId, StringComparison.Ordinal) == true)
                .ToList() is { Count: > 0 } list ? list : null,
            "the raised decision");
        Assert.Single(raised);
    }

    [Fact]
    public async Task Link_OfATerminatedCohort_SaysTheRoundHasEndedOnGetAndPostAndRecordsNothing()
    {
        var (approval, link) = await NewApplicationAsync();
        using var client = app.NewClient();
        // The page as it was opened while the cohort ran: the answer is posted later, as from a stale tab.
        var field = Pages.Parse(await client.GetStringAsync(new Uri(link))).QuerySelector("input[name='__form']")!.GetAttribute("value")!;
        await app.Client.TerminateInstanceAsync(approval.InstanceId, "stopped by Ops");
        await AppHost.EventuallyAsync(
            async () => (await app.Client.GetInstanceAsync(approval.InstanceId))?.RuntimeStatus == Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Terminated ? approval : null,
            "the cohort to be terminated");

        using var page = await client.GetAsync(new Uri(link));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "apply", ["__form"] = field });
        using var answer = await client.PostAsync(new Uri(link), form);

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        Assert.Contains("This round has ended", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal); // Emma reads English
        Assert.Contains("This round has ended", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
    }

    /// <summary>A fresh cohort gives fresh apply links (one per nominee and Legal employee).</summary>
    private async Task<(PendingApproval Approval, string Link)> NewApplicationAsync()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        var invitation = await AppHost.EventuallyAsync(
            async () => (await app.Outbox.ListAsync(1000, "emma.thompson@contoso.example")).FirstOrDefault(m => m.Message.IdempotencyKey.StartsWith(cohortId + ":", StringComparison.Ordinal)),
            "the invitation");
        var approval = await app.Approvals.GetAsync($"{cohortId}:apply:E007");
        return (approval!, AppHost.LinkIn(invitation));
    }

    /// <summary>An approval on a running cohort, made directly in the store (for expiry and binding cases).</summary>
    private async Task<PendingApproval> CreateApprovalAsync(TimeSpan expiresIn)
    {
        var cohortId = await app.CreateCohortAsync(["E012"]);
        var now = app.Clock.GetUtcNow();
        return await app.Approvals.CreateAsync(new PendingApproval(
            $"{cohortId}:test:{Guid.NewGuid():N}", cohortId, CohortEvents.Application, "application", "E012", "oliver.bennett@contoso.example", ["apply"], now, now + expiresIn));
    }

    private static async Task<HttpResponseMessage> GetJsonAsync(HttpClient client, string link)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(link));
        request.Headers.Accept.ParseAdd("application/json");
        return await client.SendAsync(request);
    }
}
