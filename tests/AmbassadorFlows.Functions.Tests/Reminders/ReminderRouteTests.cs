using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Reminders;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Reminders;

/// <summary>HR reminds a manager of their open approval over real HTTP on the app's SQLite file: one
/// mail a day however often HR clicks, in the manager's language, linking to the same request; an
/// answered request answers 409, an unknown one 404, a cross-site or unprotected form 403, and HR's
/// escalated copy of the request offers the reminder as a form that works.</summary>
public sealed class ReminderRouteTests(ReminderApp fixture) : IClassFixture<ReminderApp>
{
    private readonly AppHost app = fixture.App;

    [Fact]
    public async Task Remind_TwoClicksTheSameDay_OneMailInTheManagersLanguageLinkingToTheSameRequest()
    {
        // Oliver Bennett (E012) waits for Julie Lambert (E009, French).
        var approvalId = ManagerRequest("E012");
        var first = await app.WaitForEmailAsync("E009", "manager-approval-request");
        using var browser = app.NewClient(followRedirects: false);

        using (var sent = await PostAsync(browser, approvalId))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            var html = await sent.Content.ReadAsStringAsync();
            Assert.StartsWith("Reminder sent to Julie Lambert (julie.lambert@contoso.example) on ", Pages.Text(html, "#notice"), StringComparison.Ordinal);
            Assert.Equal("Written in French.", Pages.Text(html, "#language"));
            Assert.StartsWith("The next reminder can be sent from ", Pages.Text(html, "#next"), StringComparison.Ordinal);
            Assert.Null(Pages.Parse(html).QuerySelector("#remind"));
        }

        using (var again = await PostAsync(browser, approvalId))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.StartsWith("A reminder already went to Julie Lambert today, on ", Pages.Text(await again.Content.ReadAsStringAsync(), "#notice"), StringComparison.Ordinal);
        }

        var reminders = await RemindersAsync("E009", approvalId);
        var reminder = Assert.Single(reminders);
        Assert.Equal("fr", reminder.Message.Language);
        Assert.StartsWith("Rappel", reminder.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("Oliver Bennett", reminder.Message.TextBody, StringComparison.Ordinal);

        // A link to the same request, for the same person, as the first email's (a fresh signature, as the journey's own reminder has).
        var tokens = app.Services.GetRequiredService<ApprovalTokenService>();
        Assert.Equal(TokenValidation.Valid, tokens.Validate(TokenOf(AppHost.LinkIn(reminder)), out var reminded));
        Assert.Equal(TokenValidation.Valid, tokens.Validate(TokenOf(AppHost.LinkIn(first)), out var asked));
        Assert.Equal((asked!.ApprovalId, asked.AssigneeId, asked.EventName, asked.ExpiresAt), (reminded!.ApprovalId, reminded.AssigneeId, reminded.EventName, reminded.ExpiresAt));
        Assert.Equal(approvalId, reminded.ApprovalId);
        using (var page = await app.NewClient().GetAsync(new Uri(AppHost.LinkIn(reminder))))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal("Oliver Bennett", Pages.Text(html, "#employee-name"));
            Assert.NotNull(Pages.Parse(html).QuerySelector("#decision-form"));
        }

        var audit = await app.Approvals.GetAuditAsync(fixture.CohortId);
        var line = Assert.Single(audit, e => e.Action == AuditActions.ReminderSent && e.Details == $"{approvalId} to E009");
        Assert.NotEqual("system", line.Actor);
    }

    [Fact]
    public async Task Remind_AnsweredRequest_409PageAndNothingSent()
    {
        // Youssef El Amrani (E016): Koen Vermeulen (E014) approves first.
        var approvalId = ManagerRequest("E016");
        using (var answered = await app.AnswerAsync(AppHost.LinkIn(await app.WaitForEmailAsync("E014", "manager-approval-request")), "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        using var browser = app.NewClient(followRedirects: false);
        using var refused = await PostAsync(browser, approvalId);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.StartsWith("This request has already been answered by koen.vermeulen@contoso.example", Pages.Text(html, "#notice"), StringComparison.Ordinal);
        Assert.Null(Pages.Parse(html).QuerySelector("#remind"));
        Assert.Empty(await RemindersAsync("E014", approvalId));
    }

    [Fact]
    public async Task Remind_UnknownRequest_404PageInHrsLanguage()
    {
        using var browser = app.NewClient(followRedirects: false);

        using var missing = await PostAsync(browser, "no-such-request", query: "?lang=nl");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Equal("nl", Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal("Er is geen verzoek no-such-request.", Pages.Text(html, "#notice"));
    }

    [Fact]
    public async Task Remind_AnotherKindOfRequest_409PageAndNothingSent()
    {
        // The application link is the applicant's own: it sends its own reminders.
        var approvalId = $"{fixture.CohortId}:apply:E012";
        using var browser = app.NewClient(followRedirects: false);

        using var refused = await PostAsync(browser, approvalId);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.StartsWith("Only a manager’s approval", Pages.Text(await refused.Content.ReadAsStringAsync(), "#notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_CrossSiteOrWithoutTheFormField_RefusedAndNothingSent()
    {
        // James Walker (E024) waits for Charlotte Dupont (E021).
        var approvalId = ManagerRequest("E024");
        await app.WaitForEmailAsync("E021", "manager-approval-request");
        using var browser = app.NewClient(followRedirects: false);
        var field = await Pages.AntiforgeryAsync(browser);

        using (var crossSite = await PostAsync(browser, approvalId, field, site: "cross-site"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        }

        using (var noField = await PostAsync(browser, approvalId, antiforgery: string.Empty))
        {
            Assert.Equal(HttpStatusCode.Forbidden, noField.StatusCode);
        }

        Assert.Empty(await RemindersAsync("E021", approvalId));

        // The page itself (GET) changes nothing: it offers the button.
        var page = Pages.Parse(await browser.GetStringAsync(new Uri(ReminderPath(approvalId).TrimStart('/'), UriKind.Relative)));
        Assert.Equal(ReminderPath(approvalId), page.QuerySelector("#remind")?.GetAttribute("action"));
        Assert.Empty(await RemindersAsync("E021", approvalId));
    }

    [Fact]
    public async Task EscalatedRequestPage_HrPressesRemind_TheManagerGetsTheReminderAndTheEmailSaysSo()
    {
        // Lars Hansen (E006) waits for Anders Nielsen (E004, Danish); a week later HR (Claire Dubois, French) is asked too.
        var approvalId = ManagerRequest("E006");
        await app.WaitForEmailAsync("E004", "manager-approval-request");
        app.Clock.Advance(TimeSpan.FromDays(7));
        // Every journey still waiting is escalated: Lars Hansen's is the one this test answers.
        var escalation = await AppHost.EventuallyAsync(
            async () => (await app.Outbox.ListAsync(1000, "claire.dubois@contoso.example"))
                .FirstOrDefault(m => m.Message.Template == "manager-approval-escalation" && m.Message.TextBody.Contains("Lars Hansen", StringComparison.Ordinal)),
            "HR's escalated request about Lars Hansen");
        Assert.Equal("fr", escalation.Message.Language);
        Assert.Contains("envoyer un rappel", escalation.Message.TextBody, StringComparison.Ordinal);

        using var hr = app.NewClient(followRedirects: false);
        var html = await hr.GetStringAsync(new Uri(AppHost.LinkIn(escalation)));
        var form = Pages.Parse(html).QuerySelector("#remind-manager");
        Assert.NotNull(form);
        Assert.Equal($"{ReminderPath(approvalId)}?lang=fr", form.GetAttribute("action"));
        var field = form.QuerySelector($"input[name='{DashboardAntiforgery.FieldName}']")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(field), "the form carries the dashboard's antiforgery field");

        using var sent = await PostAsync(hr, approvalId, field, query: "?lang=fr");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.StartsWith("Rappel envoyé à Anders Nielsen (anders.nielsen@contoso.example) le ", Pages.Text(await sent.Content.ReadAsStringAsync(), "#notice"), StringComparison.Ordinal);
        var reminder = Assert.Single(await RemindersAsync("E004", approvalId));
        Assert.Equal("da", reminder.Message.Language);
        Assert.StartsWith("Påmindelse", reminder.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("Lars Hansen", reminder.Message.TextBody, StringComparison.Ordinal);
    }

    private string ManagerRequest(string employeeId) => JourneyIds.Approval(JourneyIds.For(fixture.CohortId, employeeId), "manager-approval");

    private static string ReminderPath(string approvalId) => ReminderRules.Path(approvalId);

    private static string TokenOf(string link) => link[(link.IndexOf("/api/approvals/", StringComparison.Ordinal) + "/api/approvals/".Length)..];

    /// <summary>The reminders HR sent for one request, told from the journey's own by their outbox key.</summary>
    private async Task<IReadOnlyList<OutboxMessage>> RemindersAsync(string toEmployeeId, string approvalId)
    {
        var address = (await app.Services.GetRequiredService<AmbassadorFlows.Workflows.Ports.IDirectory>().GetEmployeeAsync(toEmployeeId))!.Email;
        return [.. (await app.Outbox.ListAsync(1000, address)).Where(m => m.Message.IdempotencyKey.StartsWith($"{approvalId}:hr-reminder:", StringComparison.Ordinal))];
    }

    /// <summary>Posts the reminder form as a browser on the app's pages does (the antiforgery field of any dashboard form of this browser).</summary>
    private async Task<HttpResponseMessage> PostAsync(HttpClient browser, string approvalId, string? antiforgery = null, string site = "same-origin", string query = "")
    {
        var fields = new Dictionary<string, string>
        {
            [DashboardAntiforgery.FieldName] = antiforgery ?? await Pages.AntiforgeryAsync(browser),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, ReminderPath(approvalId).TrimStart('/') + query) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", site == "same-origin" ? app.BaseAddress.GetLeftPart(UriPartial.Authority) : "https://elsewhere.example");
        request.Headers.Add("Sec-Fetch-Site", site);
        return await browser.SendAsync(request);
    }
}
