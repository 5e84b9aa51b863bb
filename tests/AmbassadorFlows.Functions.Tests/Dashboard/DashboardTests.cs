using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Storage.Sqlite;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>The dashboard's pages over HTTP: self-contained HTML with the sections HR and ops need.</summary>
public sealed class DashboardTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Overview_WithACohort_ShowsCohortsPendingRequestsAndFailures()
    {
        var cohortId = await app.CreateCohortAsync(["E007"]);
        await app.WaitForEmailAsync("E007", "posting-invitation");
        using var client = app.NewClient();

        var html = await client.GetStringAsync("/");
        var doc = Pages.Parse(html);

        Assert.NotNull(doc.QuerySelector($"a[href='/cohorts/{cohortId}']"));
        Assert.NotNull(doc.QuerySelector("#pending"));
        Assert.NotNull(doc.QuerySelector("#failures"));
        Assert.NotNull(doc.QuerySelector("#journeys-by-step"));
        Assert.Contains("emma.thompson@contoso.example", doc.QuerySelector("#pending + table")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("script[src], link[rel=stylesheet]"));
    }

    [Fact]
    public async Task OutboxMessage_PostingInvitation_ListsItsWorkingApprovalLink()
    {
        var invitation = await CreateAndWaitAsync();
        using var client = app.NewClient();

        var html = await client.GetStringAsync($"outbox/{invitation.Id}");
        var link = Pages.Parse(html).QuerySelector("a.email-link")!.GetAttribute("href")!;
        using var landing = await client.GetAsync(new Uri(link));

        Assert.Equal(invitation.Message.Subject, Pages.Text(html, "#subject"));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.NotNull(Pages.Parse(await landing.Content.ReadAsStringAsync()).QuerySelector("button[value='apply']"));
    }

    [Fact]
    public async Task InstancePage_Cohort_ShowsItsHistory()
    {
        var invitation = await CreateAndWaitAsync();
        var cohortId = invitation.Message.IdempotencyKey.Split(':')[0];
        using var client = app.NewClient();

        var html = await client.GetStringAsync($"instances/{Uri.EscapeDataString(cohortId)}");

        Assert.Contains("ExecutionStarted", Pages.Text(html, "#history"), StringComparison.Ordinal);
        Assert.Contains("LoadProgramme", Pages.Text(html, "#history"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_TwoNominees_ShowsEveryEmailUpToTheirTraining()
    {
        using var client = app.NewClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["programmeId"] = "mobility-ambassadors",
            ["nominees"] = "E007, E012",
            ["hrOwner"] = "E002",
            ["audience"] = string.Empty,
            ["months"] = "2",
            [DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(client),
        });
        using var response = await client.PostAsync("dry-run", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var subjects = Pages.Parse(html).QuerySelectorAll("#dry-run-emails summary").Select(s => s.TextContent).ToList();
        Assert.Contains(subjects, s => s.Contains("posting-invitation", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Contains("selection-request", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Contains("manager-approval-request", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Contains("agreement-request", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Contains("training-assigned", StringComparison.Ordinal));
        await AssertNoDryRunMailInRealOutboxAsync();
    }

    [Fact]
    public async Task RunAsync_TwelveMonths_PlaysTheWholeTermOnItsOwnClock()
    {
        var runner = app.Services.GetRequiredService<DryRunner>();

        var result = await runner.RunAsync(new DryRunRequest("mobility-ambassadors", null, ["E007"], "E002", "none", 12), CancellationToken.None);

        Assert.Null(result.Error);
        Assert.True(result.EndedAt - result.StartedAt > TimeSpan.FromDays(330), $"played until {result.EndedAt:u}");
        Assert.Contains(result.Emails, e => e.Message.Template == "meeting-invite" && e.At > result.StartedAt.AddMonths(11));
        Assert.Equal(app.Clock.GetUtcNow(), result.StartedAt);
        Assert.All(result.Emails, e => Assert.StartsWith("dry-run-", e.Message.IdempotencyKey, StringComparison.Ordinal));
        await AssertNoDryRunMailInRealOutboxAsync();
    }

    // Cohorts from other tests keep mailing in the background, so count-based checks race; the dry run's own mail is
    // recognisable by its cohort id.
    private async Task AssertNoDryRunMailInRealOutboxAsync() =>
        Assert.DoesNotContain(await app.Outbox.ListAsync(10_000), m => m.Message.IdempotencyKey.StartsWith("dry-run-", StringComparison.Ordinal));

    private async Task<OutboxMessage> CreateAndWaitAsync()
    {
        var cohortId = await app.CreateCohortAsync(["E024"]);
        return await AppHost.EventuallyAsync(
            async () => (await app.Outbox.ListAsync(1000, "james.walker@contoso.example")).FirstOrDefault(m => m.Message.IdempotencyKey.StartsWith(cohortId + ":", StringComparison.Ordinal)),
            "the invitation");
    }
}
