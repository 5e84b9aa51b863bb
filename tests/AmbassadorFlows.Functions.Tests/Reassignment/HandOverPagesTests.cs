using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Reassignment;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Reassignment;

/// <summary>HR hands a manager's open request to someone else over real HTTP on the app's SQLite file:
/// the earlier link answers "handed to …" in its reader's language, the new assignee's link decides
/// and the journey goes on, the earlier assignee is told, the audit names HR. A hand-over racing a
/// decision: exactly one wins. A name nobody has: the field is named and what was typed is kept.</summary>
public sealed class HandOverPagesTests(HandOverApp fixture) : IClassFixture<HandOverApp>
{
    private readonly AppHost app = fixture.App;

    [Fact]
    public async Task HandOver_ToADeputy_OldLinkSaysHandedOverNewLinkDecidesAndTheJourneyGoesOn()
    {
        // Oliver Bennett (E012) asks Julie Lambert (E009, French); HR hands it to Koen Vermeulen (E014, Dutch).
        var cohortId = fixture.CohortId;
        var journeyId = JourneyIds.For(cohortId, "E012");
        var approvalId = JourneyIds.Approval(journeyId, "manager-approval");
        var oldLink = AppHost.LinkIn(await app.WaitForEmailAsync("E009", "manager-approval-request"));
        using var browser = app.NewClient(followRedirects: false);

        var page = Pages.Parse(await browser.GetStringAsync(new Uri(HandOverPath(approvalId), UriKind.Relative)));
        Assert.Equal("Julie Lambert", page.QuerySelector("#assignee")?.TextContent.Trim());
        using (var handed = await PostAsync(browser, approvalId, "Koen Vermeulen"))
        {
            Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);
            var done = await browser.GetStringAsync(new Uri(handed.Headers.Location!.OriginalString, UriKind.Relative));
            Assert.StartsWith("Handed to Koen Vermeulen.", Pages.Text(done, "#notice"), StringComparison.Ordinal);
        }

        var stored = await app.Approvals.GetAsync(approvalId);
        Assert.Equal(("E014", "koen.vermeulen@contoso.example"), (stored!.AssigneeId, stored.AssigneeEmail));
        Assert.Contains(await app.Approvals.GetAuditAsync(journeyId), e => e.Action == RequestHandOver.HandedOverAction && e.Details == $"{approvalId} from E009 to E014" && e.Actor != "system");

        var told = await app.WaitForEmailAsync("E009", "request-handed-over-notice");
        Assert.Equal("fr", told.Message.Language);
        Assert.Contains("Koen Vermeulen", told.Message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/approvals/", told.Message.TextBody, StringComparison.Ordinal);

        using (var oldPage = await app.NewClient().GetAsync(new Uri(oldLink)))
        {
            Assert.Equal(HttpStatusCode.Gone, oldPage.StatusCode);
            var html = await oldPage.Content.ReadAsStringAsync();
            Assert.Equal("fr", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
            Assert.Contains("Koen Vermeulen", Pages.Text(html, "#outcome"), StringComparison.Ordinal);
        }

        using (var oldAnswer = await AnswerAsync(oldLink, "reject"))
        {
            Assert.Equal(HttpStatusCode.Gone, oldAnswer.StatusCode);
        }

        var newMail = await app.WaitForEmailAsync("E014", "request-handed-to-you");
        Assert.Equal("nl", newMail.Message.Language);
        Assert.Contains("Julie Lambert", newMail.Message.TextBody, StringComparison.Ordinal);
        using (var decided = await app.AnswerAsync(AppHost.LinkIn(newMail), "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        Assert.Equal(("approve", "koen.vermeulen@contoso.example"), ((await app.Approvals.GetAsync(approvalId))!.Decision!.Decision, (await app.Approvals.GetAsync(approvalId))!.Decision!.DecidedBy));
        // The journey took the deputy's answer as the manager's: the agreement is asked next.
        await app.WaitForEmailAsync("E012", "agreement-request");
    }

    [Fact]
    public async Task HandOver_RacingTheOldAssigneesDecision_ExactlyOneWins()
    {
        // Youssef El Amrani (E016) asks Koen Vermeulen (E014); HR hands it to Sofie Janssens (E001) as Koen answers.
        var cohortId = fixture.CohortId;
        var approvalId = JourneyIds.Approval(JourneyIds.For(cohortId, "E016"), "manager-approval");
        var oldLink = AppHost.LinkIn(await app.WaitForEmailAsync("E014", "manager-approval-request"));
        using var browser = app.NewClient(followRedirects: false);
        var field = await Pages.AntiforgeryAsync(browser, HandOverPath(approvalId));

        var handOver = PostAsync(browser, approvalId, "E001", field);
        var answer = AnswerAsync(oldLink, "approve");
        using var handed = await handOver;
        using var answered = await answer;

        var stored = (await app.Approvals.GetAsync(approvalId))!;
        if (handed.StatusCode == HttpStatusCode.Redirect)
        {
            // The answer lost: 410 "handed over", even in the moment between the reassignment and
            // its audit line (the row says whom it was taken from), and nothing recorded for the old assignee.
            Assert.Equal(HttpStatusCode.Gone, answered.StatusCode);
            Assert.Equal("E001", stored.AssigneeId);
            Assert.Null(stored.Decision);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Conflict, handed.StatusCode);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            Assert.Equal(("E014", "approve"), (stored.AssigneeId, stored.Decision?.Decision));
        }
    }

    [Fact]
    public async Task OldLink_ReassignedBeforeTheAuditLine_Answers410HandedOverAndRecordsNothing()
    {
        // The moment between a hand-over's conditional update and its audit line, held still: the
        // store has moved the request from Julie Lambert (E009) to Koen Vermeulen (E014), no audit yet.
        var id = $"gap-{Guid.NewGuid():N}";
        var approval = await app.Approvals.CreateAsync(new PendingApproval(id, $"gap-instance-{Guid.NewGuid():N}", "ManagerDecision", "manager-approval", "E009", "julie.lambert@contoso.example", ["approve", "reject"], DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(7)));
        var oldLink = app.Services.GetRequiredService<IApprovalLinks>().CreateLink(approval).ToString();
        var assignment = app.Services.GetRequiredService<AmbassadorFlows.Functions.Storage.IApprovalAssignment>();
        Assert.True((await assignment.TryReassignAsync(id, "E009", "E014", "koen.vermeulen@contoso.example"))!.Value.Changed);
        Assert.Empty(await app.Approvals.GetAuditAsync(approval.InstanceId));

        using (var opened = await app.NewClient().GetAsync(new Uri(oldLink)))
        {
            Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
            Assert.Contains("Koen Vermeulen", Pages.Text(await opened.Content.ReadAsStringAsync(), "#outcome"), StringComparison.Ordinal);
        }

        using (var answered = await AnswerAsync(oldLink, "approve"))
        {
            Assert.Equal(HttpStatusCode.Gone, answered.StatusCode);
        }

        Assert.Null((await app.Approvals.GetAsync(id))!.Decision);
    }

    [Fact]
    public async Task Store_HandOverAndDecisionAtOnce_ExactlyOneChangesTheRow()
    {
        var assignment = app.Services.GetRequiredService<AmbassadorFlows.Functions.Storage.IApprovalAssignment>();
        for (var round = 0; round < 20; round++)
        {
            var id = $"race-{Guid.NewGuid():N}";
            await app.Approvals.CreateAsync(new PendingApproval(id, "race-instance", "ManagerDecision", "manager-approval", "E009", "julie.lambert@contoso.example", ["approve", "reject"], DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(7)));

            var reassign = Task.Run(() => assignment.TryReassignAsync(id, "E009", "E014", "koen.vermeulen@contoso.example"));
            var decide = Task.Run(() => assignment.TryDecideAsAssigneeAsync(new ApprovalDecision(id, "approve", "julie.lambert@contoso.example", DateTimeOffset.UtcNow), "E009"));
            var handed = (await reassign)!.Value.Changed;
            var decided = (await decide)?.RecordedNow ?? false;

            Assert.True(handed ^ decided, $"round {round}: handed over {handed}, decided {decided}");
            var stored = (await app.Approvals.GetAsync(id))!;
            Assert.Equal(handed ? ("E014", (string?)null) : ("E009", "approve"), (stored.AssigneeId, stored.Decision?.Decision));
        }
    }

    [Fact]
    public async Task HandOver_NameNobodyHas_400PageNamesTheFieldAndKeepsWhatWasTyped()
    {
        var cohortId = fixture.CohortId;
        var approvalId = JourneyIds.Approval(JourneyIds.For(cohortId, "E006"), "manager-approval");
        await AppHost.EventuallyAsync(async () => await app.Approvals.GetAsync(approvalId), "the manager's request");
        using var browser = app.NewClient(followRedirects: false);

        using var refused = await PostAsync(browser, approvalId, "Nobody Atall");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = Pages.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Nobody Atall", page.QuerySelector("#to")?.GetAttribute("value"));
        Assert.Contains("to-error", page.QuerySelector("#to")?.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Hand to", page.QuerySelector("label[for=to]")?.TextContent.Trim());
        Assert.StartsWith("Nobody in the directory matches “Nobody Atall”", page.QuerySelector("#to-error")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("E004", (await app.Approvals.GetAsync(approvalId))!.AssigneeId);
        Assert.DoesNotContain(await app.Approvals.GetAuditAsync(JourneyIds.For(cohortId, "E006")), e => e.Action == RequestHandOver.HandedOverAction);
    }

    [Fact]
    public async Task HandOverPage_ApplicationLink_SaysItStaysThePersonsOwnAndOffersNoForm()
    {
        var approvalId = $"{fixture.CohortId}:apply:E012";
        Assert.Equal("application", (await app.Approvals.GetAsync(approvalId))?.Kind);
        using var browser = app.NewClient();

        var page = Pages.Parse(await browser.GetStringAsync(new Uri(HandOverPath(approvalId), UriKind.Relative)));

        Assert.Null(page.QuerySelector("#hand-over"));
        Assert.StartsWith("This request is the person’s own", page.QuerySelector("#notice")?.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Opens the link and presses <paramref name="decision"/>, as a stale tab would when the page
    /// no longer offers it (no form field then): a refusal is an answer here, not an exception.</summary>
    private async Task<HttpResponseMessage> AnswerAsync(string link, string decision)
    {
        using var client = app.NewClient();
        using var page = await client.GetAsync(new Uri(link));
        var form = new Dictionary<string, string> { ["decision"] = decision };
        if (Pages.Parse(await page.Content.ReadAsStringAsync()).QuerySelector("input[name='__form']")?.GetAttribute("value") is { } field)
        {
            form["__form"] = field;
        }

        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(link), content);
    }

    private static string HandOverPath(string approvalId) => $"requests/{Uri.EscapeDataString(approvalId)}/hand-over";

    private async Task<HttpResponseMessage> PostAsync(HttpClient browser, string approvalId, string to, string? antiforgery = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["to"] = to,
            [DashboardAntiforgery.FieldName] = antiforgery ?? await Pages.AntiforgeryAsync(browser, HandOverPath(approvalId)),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, HandOverPath(approvalId)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await browser.SendAsync(request);
    }
}
