using System.Net;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The dry run as a preview: HR's choice of who answers late or never shows the reminders,
/// the escalation and the time-out; the result is kept under an id, and its emails' buttons open the
/// real request page read-only, served from the kept record, recording nothing in the real app.</summary>
public sealed class DryRunPreviewTests(AppHost app) : IClassFixture<AppHost>
{
    private static readonly DryRunPaces ManagersNever = new(DryRunPace.Never, DryRunPace.Day, DryRunPace.Day, DryRunPace.Day);

    [Fact]
    public async Task RunAndKeep_ManagerNeverAnswers_SendsReminderEscalationAndTimeOut()
    {
        var record = await RunAsync(ManagersNever);

        // Emma (E007) waits on her manager E004; the programme reminds after 3 days, escalates to HR (E002) after 7, gives up after 14.
        var request = Assert.Single(record.Result.Emails, e => e.Message.Template == "manager-approval-request" && !IsReminder(e));
        Assert.Contains(record.Result.Emails, e => IsReminder(e) && e.Message.IdempotencyKey.Contains(":manager-approval:", StringComparison.Ordinal) && e.At >= request.At.AddDays(3));
        Assert.Contains(record.Result.Emails, e => e.Message.Template == "manager-approval-escalation");
        Assert.Contains(record.Result.Emails, e => e.Message.Template == "not-approved-in-time");
        Assert.DoesNotContain(record.Result.Emails, e => e.Message.Template == "agreement-request");
        var page = Assert.Single(record.Pages, p => p.Approval.Kind == "manager-approval" && !p.Approval.ApprovalId.EndsWith("-hr", StringComparison.Ordinal));
        Assert.Equal(DryRunOutcomeKind.TimedOut, page.Outcome.Kind);
    }

    [Fact]
    public async Task RunAndKeep_ManagerLate_AnswersAfterTheReminderBeforeAnyEscalation()
    {
        var record = await RunAsync(new DryRunPaces(DryRunPace.Late, DryRunPace.Day, DryRunPace.Day, DryRunPace.Day));

        Assert.Contains(record.Result.Emails, e => IsReminder(e) && e.Message.IdempotencyKey.Contains(":manager-approval:", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Result.Emails, e => e.Message.Template is "manager-approval-escalation" or "not-approved-in-time");
        Assert.Contains(record.Result.Emails, e => e.Message.Template == "agreement-request");
        Assert.Equal(DryRunOutcomeKind.Answered, record.Pages.Single(p => p.Approval.Kind == "manager-approval").Outcome.Kind);
    }

    [Fact]
    public async Task PreviewPage_TimedOutManagerApproval_OpensReadOnlyUnderTheBannerAndRecordsNothing()
    {
        var record = await RunAsync(ManagersNever);
        var page = record.Pages.Single(p => p.Approval.Kind == "manager-approval" && !p.Approval.ApprovalId.EndsWith("-hr", StringComparison.Ordinal));
        var path = DryRunRecord.PagePath(record.Id, page.Approval.ApprovalId);
        using var client = app.NewClient();

        using var response = await client.GetAsync(new Uri(path + "?lang=fr", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = Pages.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DryRunText.French.PreviewBanner, document.QuerySelector("#preview-banner strong")!.TextContent);
        Assert.Equal("fr", document.QuerySelector("#preview-banner")!.GetAttribute("lang"));
        Assert.Contains("expiré", document.QuerySelector("#preview-outcome")!.TextContent, StringComparison.Ordinal);
        // The real manager page, in the manager's language (E004 reads Danish), with its buttons all disabled and no form target.
        Assert.Equal("da", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Emma Thompson", document.QuerySelector("#employee-name")!.TextContent);
        var buttons = document.QuerySelectorAll("button[value]");
        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.NotNull(b.Closest("fieldset[disabled]")));
        Assert.Contains("form-action 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Null(await app.Services.GetRequiredService<IApprovalStore>().GetAsync(page.Approval.ApprovalId));
        Assert.Empty(await app.Services.GetRequiredService<IApprovalStore>().ListPendingAsync("dry-run-"));
    }

    [Fact]
    public async Task ResultPage_KeptRun_LinksEachEmailToItsPreviewPage()
    {
        var record = await RunAsync(ManagersNever);
        using var client = app.NewClient();

        var html = await client.GetStringAsync(DryRunRecord.PathOf(record.Id));
        var links = Pages.Parse(html).QuerySelectorAll(".preview-links a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains(DryRunRecord.PagePath(record.Id, record.Pages.Single(p => p.Approval.ApprovalId.EndsWith(":manager-approval-hr", StringComparison.Ordinal)).Approval.ApprovalId), links);
        Assert.Contains(record.Result.Emails, e => e.Message.HtmlBody.Contains(DryRunRecord.PagePath(record.Id, record.Pages[0].Approval.ApprovalId), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResultPage_EmailFrame_ButtonsGoThroughTheOpenHopOnThisHost()
    {
        var record = await RunAsync(ManagersNever);
        using var client = app.NewClient();

        var html = await client.GetStringAsync(DryRunRecord.PathOf(record.Id));
        var escalation = Pages.Parse(html).QuerySelectorAll("#dry-run-emails tr").Single(r => r.QuerySelector("summary")?.TextContent.Contains("manager-approval-escalation", StringComparison.Ordinal) == true);
        var frame = Pages.Parse(escalation.QuerySelector("iframe")!.GetAttribute("srcdoc")!);
        var hrPage = record.Pages.Single(p => p.Approval.ApprovalId.EndsWith(":manager-approval-hr", StringComparison.Ordinal));

        // Path only (whatever address HR uses), through the hop; nothing in the frame still points at the preview itself.
        Assert.Equal("allow-top-navigation-by-user-activation", escalation.QuerySelector("iframe")!.GetAttribute("sandbox"));
        Assert.Equal("_top", frame.QuerySelector("base")!.GetAttribute("target"));
        Assert.Contains(DryRunRecord.OpenPath(record.Id, hrPage.Approval.ApprovalId), frame.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(frame.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/requests/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenPage_WithoutSignIn_RefreshesToThePreviewInHrsLanguage()
    {
        const string Id = "0123456789abcdef0123456789abcdef";
        using var client = app.NewClient();

        using var response = await client.GetAsync($"dry-run/{Id}/open/run%3Ajourney%3AE007%3Amanager-approval-hr?lang=da");
        var html = await response.Content.ReadAsStringAsync();
        var document = Pages.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var target = DryRunRecord.PagePath(Id, "run:journey:E007:manager-approval-hr");
        Assert.Equal($"0; url={target}", document.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(target, document.QuerySelector("#open-preview")!.GetAttribute("href"));
        Assert.Equal(DryRunText.Danish.OpeningTitle, document.QuerySelector("h1")!.TextContent);
        Assert.Equal("da", document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(UntranslatedText.Find(html, "da"));
    }

    [Fact]
    public async Task OpenPage_MalformedId_404Page()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("dry-run/not-a-run/open/x?lang=fr");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(DryRunText.French.UnknownTitle, Pages.Text(await response.Content.ReadAsStringAsync(), "h1"));
    }

    [Fact]
    public async Task ResultPage_UnknownId_404Page()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("dry-run/0123456789abcdef0123456789abcdef/requests/x?lang=da");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(DryRunText.Danish.UnknownTitle, Pages.Text(await response.Content.ReadAsStringAsync(), "h1"));
    }

    [Fact]
    public async Task PreviewPage_PastItsDay_410Page()
    {
        var now = app.Clock.GetUtcNow();
        var record = (await RunAsync(ManagersNever)) with { Id = "abcdefabcdefabcdefabcdefabcdef01", CreatedAt = now - TimeSpan.FromDays(2), ExpiresAt = now - TimeSpan.FromDays(1) };
        // Saved "two days ago", so this save removes nothing of it.
        await app.Services.GetRequiredService<IDryRunStore>().SaveAsync(record, record.CreatedAt);
        using var client = app.NewClient();

        using var response = await client.GetAsync(new Uri(DryRunRecord.PagePath(record.Id, record.Pages[0].Approval.ApprovalId), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal(DryRunText.English.GoneTitle, Pages.Text(await response.Content.ReadAsStringAsync(), "h1"));
    }

    [Fact]
    public async Task DryRunForm_ManagersNever_SeeOtherToTheKeptResultWhichShowsTheChoice()
    {
        using var client = app.NewClient(followRedirects: false);
        using var form = await FormAsync(client, ("months", "1"), (DryRunPaces.ManagersField, "never"));

        using var response = await client.PostAsync("dry-run", form);

        // 303 to the stored result's own address, so a reload is a GET and plays nothing again.
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var id = location["/dry-run/".Length..];
        Assert.Equal(DryRunRecord.PathOf(id), location);
        var lookup = await app.Services.GetRequiredService<IDryRunStore>().FindAsync(id, app.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(DryRunPace.Never, lookup.Record!.Request.Paces.Managers);

        using var result = await client.GetAsync(new Uri(location, UriKind.Relative));
        var html = await result.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(AmbassadorFlows.Functions.Web.SecurityHeaders.ContentSecurityPolicyWithInlineStyles, result.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains($"{DryRunText.English.Managers} — {DryRunText.English.PaceNever}", Pages.Text(html, "#dry-run-paces"), StringComparison.Ordinal);
        Assert.Equal(location, Pages.Parse(html).QuerySelector("#dry-run-kept a")!.GetAttribute("href"));
        Assert.NotEmpty(Pages.Parse(html).QuerySelectorAll("#dry-run-emails tr"));
    }

    [Fact]
    public async Task DryRunForm_TooManyMonths_400FormWithTheErrorAndWhatWasTyped()
    {
        using var client = app.NewClient(followRedirects: false);
        using var form = await FormAsync(client, ("months", "99"), (DryRunPaces.ManagersField, "late"));

        using var response = await client.PostAsync("dry-run", form);
        var document = Pages.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(DashboardText.English.Format(DashboardText.English.DryRunTooLarge, DryRunRequest.MaxNominees, DryRunRequest.MaxMonths), document.QuerySelector("#error")!.TextContent);
        Assert.Equal("99", document.QuerySelector("#months")!.GetAttribute("value"));
        Assert.Equal("E007", document.QuerySelector("#nominees")!.GetAttribute("value"));
        Assert.Equal("late", document.QuerySelector($"select[name='{DryRunPaces.ManagersField}'] option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("late", "day", DryRunPace.Late)]
    [InlineData("NEVER", "never", DryRunPace.Never)]
    [InlineData("", "", DryRunPace.Day)]
    public void PacesFrom_ValidChoices_Read(string managers, string checkIns, DryRunPace expected)
    {
        var paces = DryRunPaces.From(Form((DryRunPaces.ManagersField, managers), (DryRunPaces.CheckInsField, checkIns)));

        Assert.NotNull(paces);
        Assert.Equal(expected, paces.Managers);
    }

    [Theory]
    [InlineData(DryRunPaces.CheckInsField, "late")]
    [InlineData(DryRunPaces.ManagersField, "2")]
    [InlineData(DryRunPaces.SelectionField, "sometimes")]
    public void PacesFrom_UnknownOrLateCheckIn_Refused(string field, string value)
        => Assert.Null(DryRunPaces.From(Form((field, value))));

    private static Microsoft.AspNetCore.Http.FormCollection Form(params (string Field, string Value)[] fields)
        => new(fields.ToDictionary(f => f.Field, f => new Microsoft.Extensions.Primitives.StringValues(f.Value)));

    /// <summary>The dry-run form for Emma (E007) with HR owner E002, plus <paramref name="fields"/>, posted as a browser would.</summary>
    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, params (string Field, string Value)[] fields)
    {
        var values = new Dictionary<string, string>
        {
            ["programmeId"] = "mobility-ambassadors",
            ["nominees"] = "E007",
            ["hrOwner"] = "E002",
            [AmbassadorFlows.Functions.Access.DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(client),
        };
        foreach (var (field, value) in fields)
        {
            values[field] = value;
        }

        return new FormUrlEncodedContent(values);
    }

    private static bool IsReminder(DryRunEmail email) => email.Message.IdempotencyKey.EndsWith(":reminder", StringComparison.Ordinal);

    private Task<DryRunRecord> RunAsync(DryRunPaces paces)
        => app.Services.GetRequiredService<DryRunner>().RunAndKeepAsync(new DryRunRequest("mobility-ambassadors", null, ["E007"], "E002", "none", 1) { Paces = paces }, CancellationToken.None);
}
