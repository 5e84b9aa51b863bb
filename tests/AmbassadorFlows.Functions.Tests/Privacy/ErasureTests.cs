using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Figures;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Privacy;

/// <summary>
/// Erasure on the real local app (SQLite files, fake clock): one ambassador, Emma (E007), applies,
/// is approved, accepts, checks in and steps down, each time in her own words; a second, Mette
/// (E005), serves on, so Emma is in Mette's meeting invites (.ics attendee of their group; the agenda
/// carries feedback themes, never her words). After her retention date, or on HR's request, none of Emma's name, address
/// or words is left in any file of the data folder (the bytes searched, WAL included) nor in what the
/// stores and the task hub return; the audit says it happened. Mette's data stays.
/// </summary>
public sealed class ErasureTests : IAsyncLifetime
{
    private const string Emma = "E007";
    private const string Mette = "E005";
    private const string Manager = "E004";
    private const string EmmaName = "Emma Thompson";
    private const string EmmaEmail = "emma.thompson@contoso.example";
    private const string ApplicationComment = "I cycle to work every day since twenty nineteen";
    private const string ManagerComment = "Emma has the time this spring, approved gladly";
    private const string AgreementComment = "Happy to sign the agreement for the term";
    private const string CheckInSuccess = "Organised the lunch talk about cargo bikes";
    private const string StepDownComment = "Stepping down because my team moves office";

    private static readonly string[] EmmasData = [EmmaName, EmmaEmail, ApplicationComment, ManagerComment, AgreementComment, CheckInSuccess, StepDownComment];

    private readonly AppHost _app = new(["--AmbassadorFlows:Erasure:SweepInterval=00:00:00.200"], configure: null);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Sweep_JourneyPastItsRetentionDate_LeavesNoNameEmailOrCommentAnywhereAndAudits()
    {
        var app = _app;
        var cohortId = await PlayEmmaSteppingDownAsync(app, checkIn: true);
        await AssertFoundAsync(app, EmmasData); // the probes see her data while it is kept

        // Retention is 365 days after the end of the journey; a day short of it nothing goes.
        var ended = await EmmaAsync(app, cohortId);
        Assert.NotNull(ended.EraseAfter);
        app.Clock.SetUtcNow(ended.EraseAfter!.Value.AddDays(-1));
        await Task.Delay(1000);
        Assert.Null(await ErasureAuditAsync(app));

        app.Clock.SetUtcNow(ended.EraseAfter.Value.AddHours(1));
        var audit = await AppHost.EventuallyAsync(() => ErasureAuditAsync(app), "the erasure's audit line");

        Assert.Equal("system", audit.Actor);
        Assert.Contains("retention period over", audit.Details, StringComparison.Ordinal);
        await AssertErasedAsync(app, cohortId);
    }

    [Fact]
    public async Task EraseRequest_JourneyEnded_LeavesNoNameEmailOrCommentAnywhereAndAuditsTheCaller()
    {
        var app = _app;
        var cohortId = await PlayEmmaSteppingDownAsync(app, checkIn: false);
        using var client = app.NewClient();
        var before = await client.GetStringAsync($"api/people/{Emma}/data");
        Assert.Contains(ApplicationComment, before, StringComparison.Ordinal);
        Assert.Contains(StepDownComment, before, StringComparison.Ordinal);
        Assert.Contains(JourneyIds.For(cohortId, Emma), before, StringComparison.Ordinal);

        using var response = await client.PostAsync($"api/people/{Emma}/erasure", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<ErasureReport>())!;
        Assert.Equal([JourneyIds.For(cohortId, Emma)], report.JourneysPurged);
        Assert.True(report.RecordsChanged["emails"] > 0 && report.RecordsChanged["approvals"] > 0, string.Join(", ", report.RecordsChanged));
        var audit = (await ErasureAuditAsync(app))!;
        Assert.Contains("local-admin", audit.Actor, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("erasure requested", audit.Details, StringComparison.Ordinal);
        await AssertErasedAsync(app, cohortId, checkIn: false);

        var after = await client.GetStringAsync($"api/people/{Emma}/data");
        Assert.All(EmmasData, s => Assert.DoesNotContain(s, after, StringComparison.OrdinalIgnoreCase));

        // Erasing again changes nothing and still succeeds: an interrupted erasure is simply run again.
        using var again = await client.PostAsync($"api/people/{Emma}/erasure", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.All((await again.Content.ReadFromJsonAsync<ErasureReport>())!.RecordsChanged.Values, n => Assert.Equal(0, n));
    }

    [Fact]
    public async Task EraseRequest_JourneyStillRunning_Answers409AndErasesNothing()
    {
        var app = _app;
        var cohortId = await app.CreateCohortAsync([Emma]);
        using (await app.AnswerAsync(AppHost.LinkIn(await app.WaitForEmailAsync(Emma, "posting-invitation")), "apply", new Dictionary<string, string> { ["comment"] = ApplicationComment }))
        {
        }

        app.Clock.Advance(TimeSpan.FromDays(15));
        using (await app.SubmitPageFormAsync(AppHost.LinkIn(await app.WaitForEmailAsync("E002", "selection-request")), "approve"))
        {
        }

        await app.WaitForEmailAsync(Manager, "manager-approval-request");
        using var client = app.NewClient();

        using var response = await client.PostAsync($"api/people/{Emma}/erasure", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(JourneyIds.For(cohortId, Emma), problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(ApplicationComment, await client.GetStringAsync($"api/people/{Emma}/data"), StringComparison.Ordinal);
        Assert.Null(await ErasureAuditAsync(app));
    }

    [Theory]
    [InlineData("POST", "api/people/E999/erasure")]
    [InlineData("GET", "api/people/E999/data")]
    [InlineData("POST", "api/people/x/erasure")]
    [InlineData("GET", "api/people/null/data")]
    public async Task PersonRoutes_UnknownPerson_Answer404WithoutAuditLine(string method, string path)
    {
        var app = _app;
        using var client = app.NewClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await app.Services.GetRequiredService<IApprovalHistory>().ListAuditAsync());
    }

    [Theory]
    [InlineData("POST", "api/people/E%20007/erasure")]
    [InlineData("GET", "api/people/E%3B007/data")]
    public async Task PersonRoutes_NotAnEmployeeId_Answer400NamingTheField(string method, string path)
    {
        var app = _app;
        using var client = app.NewClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("employeeId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Emma and Mette apply, HR selects both, the manager approves, both accept; with
    /// <paramref name="checkIn"/> the cohort runs to month 2's invites, after Emma's month-1 check-in
    /// (themes only in Mette's agenda); then Emma steps down.</summary>
    private static async Task<string> PlayEmmaSteppingDownAsync(AppHost app, bool checkIn)
    {
        var cohortId = await app.CreateCohortAsync([Emma, Mette]);
        await AnswerOkAsync(app, await app.WaitForEmailAsync(Emma, "posting-invitation"), "apply", ApplicationComment);
        await AnswerOkAsync(app, await app.WaitForEmailAsync(Mette, "posting-invitation"), "apply", null);
        app.Clock.Advance(TimeSpan.FromDays(15));
        var selection = AppHost.LinkIn(await app.WaitForEmailAsync("E002", "selection-request"));
        using (var browser = app.NewClient())
        {
            // The proposal holds ids; the page names the candidates from the directory.
            Assert.Contains(EmmaName, await browser.GetStringAsync(new Uri(selection)), StringComparison.Ordinal);
        }

        using (var approved = await app.SubmitPageFormAsync(selection, "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        var managerRequests = await AppHost.EventuallyAsync(
            async () => (await app.Outbox.ListAsync(1000, "anders.nielsen@contoso.example")).Where(m => m.Message.Template == "manager-approval-request").ToList() is { Count: 2 } both ? both : null,
            "both manager requests");
        foreach (var request in managerRequests)
        {
            var forEmma = request.Message.TextBody.Contains(EmmaName, StringComparison.Ordinal);
            await AnswerOkAsync(app, request, "approve", forEmma ? ManagerComment : null);
        }

        await AnswerOkAsync(app, await app.WaitForEmailAsync(Emma, "agreement-request"), "accept", AgreementComment);
        await AnswerOkAsync(app, await app.WaitForEmailAsync(Mette, "agreement-request"), "accept", null);
        var welcome = await app.WaitForEmailAsync(Emma, "welcome");
        if (checkIn)
        {
            var request = await UntilAsync(app, () => FindEmailAsync(app, EmmaEmail, "check-in-request"), "Emma's first check-in request");
            await AnswerOkAsync(app, request, "submit", null, new Dictionary<string, string>
            {
                ["data.attendedMeeting"] = "true",
                ["data.hoursSpent"] = "3",
                ["data.successes"] = CheckInSuccess,
            });
            var secondInvite = await UntilAsync(
                app,
                async () => (await app.Outbox.ListAsync(1000, "mette.kristensen@contoso.example")).Where(m => m.Message.Template == "meeting-invite").OrderBy(m => m.Id).Skip(1).FirstOrDefault(),
                "Mette's second meeting invite");
            Assert.DoesNotContain(CheckInSuccess, secondInvite.Message.TextBody, StringComparison.Ordinal);
            Assert.Contains(EmmaEmail, Encoding.UTF8.GetString(secondInvite.Message.Attachments.Single().Content).Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        }

        await AnswerOkAsync(app, welcome, "step-down", StepDownComment);
        await AppHost.EventuallyAsync(async () => (await EmmaAsync(app, cohortId)) is { Step: AmbassadorStep.Ended, EraseAfter: not null } p ? p : null, "Emma's journey to end");
        await AppHost.EventuallyAsync(
            async () => await app.Client.GetInstanceAsync(JourneyIds.For(cohortId, Emma)) is { RuntimeStatus: OrchestrationRuntimeStatus.Completed } i ? i : null,
            "Emma's journey orchestration to complete");
        return cohortId;
    }

    private static async Task AnswerOkAsync(AppHost app, OutboxMessage email, string decision, string? comment, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        if (comment is not null)
        {
            fields["comment"] = comment;
        }

        using var response = await app.AnswerAsync(AppHost.LinkIn(email), decision, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<OutboxMessage?> FindEmailAsync(AppHost app, string to, string template)
        => (await app.Outbox.ListAsync(1000, to)).FirstOrDefault(m => m.Message.Template == template);

    /// <summary>Plays timers on the fake clock until <paramref name="probe"/> finds something.</summary>
    private static async Task<T> UntilAsync<T>(AppHost app, Func<Task<T?>> probe, string what)
        where T : class
    {
        for (var step = 0; step < 200; step++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            if (!await app.Driver.AdvanceToNextTimerAsync(t => app.Clock.SetUtcNow(t)))
            {
                break;
            }
        }

        throw new TimeoutException($"No {what} after playing the timers.");
    }

    private static async Task<AmbassadorProgress> EmmaAsync(AppHost app, string cohortId)
        => (await app.Services.GetRequiredService<ICohortProgress>().GetCohortAsync(cohortId)).Single(p => p.EmployeeId == Emma);

    private static async Task<AuditEntry?> ErasureAuditAsync(AppHost app)
        => (await app.Services.GetRequiredService<IApprovalHistory>().ListAuditAsync()).FirstOrDefault(e => e.Action == "erased personal data");

    private static async Task AssertErasedAsync(AppHost app, string cohortId, bool checkIn = true)
    {
        var journey = JourneyIds.For(cohortId, Emma);
        Assert.Null(await app.Client.GetInstanceAsync(journey));
        var audit = (await ErasureAuditAsync(app))!;
        Assert.Contains($"employee {Emma}", audit.Details, StringComparison.Ordinal);
        await AssertNotFoundAsync(app, EmmasData);

        // What is not hers stays: Mette's mail, Emma's place in the read model (ids, step, hours).
        Assert.Contains((await app.Outbox.ListAsync(1000, "mette.kristensen@contoso.example")), m => m.Message.TextBody.Contains("Mette", StringComparison.Ordinal));
        var emma = await EmmaAsync(app, cohortId);
        Assert.Equal(AmbassadorStep.Ended, emma.Step);
        if (checkIn)
        {
            var kept = Assert.Single(emma.CheckIns);
            Assert.Equal((3.0, null as string), (kept.HoursSpent, kept.Successes));
        }

        // The figures' rows of the cohort's check-in requests follow the redaction of the requests.
        var history = app.Services.GetRequiredService<IApprovalHistory>();
        var fromApprovals = (await history.ListAllAsync(cohortId + ":journey:", 10_000)).Select(CheckInRequest.From).OfType<CheckInRequest>();
        Assert.Equal(
            fromApprovals.OrderBy(r => r.JourneyInstanceId, StringComparer.Ordinal).ThenBy(r => r.Month),
            (await history.ListCheckInRequestsOfCohortAsync(cohortId)).OrderBy(r => r.JourneyInstanceId, StringComparer.Ordinal).ThenBy(r => r.Month));
    }

    private static async Task AssertFoundAsync(AppHost app, IEnumerable<string> needles)
    {
        var haystack = await EverythingAsync(app);
        Assert.All(needles, n => Assert.Contains(n.ToLowerInvariant(), haystack, StringComparison.Ordinal));
    }

    private static async Task AssertNotFoundAsync(AppHost app, IEnumerable<string> needles)
    {
        var haystack = await EverythingAsync(app);
        foreach (var needle in needles)
        {
            var at = haystack.IndexOf(needle.ToLowerInvariant(), StringComparison.Ordinal);
            var source = at < 0 ? string.Empty : haystack[..at][(haystack[..at].LastIndexOf("\n#source ", StringComparison.Ordinal) + 1)..].Split('\n')[0];
            Assert.True(at < 0, $"'{needle}' is still held in {source}: …{(at < 0 ? string.Empty : haystack.Substring(Math.Max(0, at - 200), Math.Min(400, haystack.Length - Math.Max(0, at - 200))))}…");
        }
    }

    /// <summary>Every byte of every file in the data folder (the SQLite files and their WALs), and
    /// what the stores and the task hub hand out (decoded: .ics attachments are base64 in the file),
    /// lower-cased into one text to search.</summary>
    private static async Task<string> EverythingAsync(AppHost app)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(app.DataPath, "*", SearchOption.AllDirectories))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            text.Append("\n#source ").Append(Path.GetFileName(file)).Append('\n').Append(Encoding.Latin1.GetString(memory.ToArray())).Append('\n');
        }

        text.Append("\n#source the stores and the task hub\n");
        foreach (var mail in await app.Outbox.ListAsync(100_000))
        {
            text.Append(JsonSerializer.Serialize(mail)).Append('\n').Append(mail.Message.TextBody).Append(mail.Message.HtmlBody);
            foreach (var attachment in mail.Message.Attachments)
            {
                text.Append(Encoding.UTF8.GetString(attachment.Content).Replace("\r\n ", string.Empty, StringComparison.Ordinal));
            }
        }

        var history = app.Services.GetRequiredService<IApprovalHistory>();
        text.Append(JsonSerializer.Serialize(await history.ListAllAsync(limit: 100_000))).Append(JsonSerializer.Serialize(await history.ListAuditAsync()));
        await foreach (var instance in app.Client.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = true }))
        {
            text.Append(instance.SerializedInput).Append(instance.SerializedOutput).Append(instance.SerializedCustomStatus);
            foreach (var e in await app.Client.GetOrchestrationHistoryAsync(instance.InstanceId))
            {
                text.Append(e switch
                {
                    ExecutionStartedEvent x => x.Input,
                    TaskScheduledEvent x => x.Input,
                    TaskCompletedEvent x => x.Result,
                    EventRaisedEvent x => x.Input,
                    EventSentEvent x => x.Input,
                    SubOrchestrationInstanceCreatedEvent x => x.Input,
                    SubOrchestrationInstanceCompletedEvent x => x.Result,
                    ExecutionCompletedEvent x => x.Result,
                    _ => null,
                });
            }
        }

        return text.ToString().ToLowerInvariant();
    }
}
