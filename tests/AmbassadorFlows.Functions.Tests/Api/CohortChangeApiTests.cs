using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Functions.Api;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Versioning;
using Microsoft.DurableTask;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>The HR API's changes to a running cohort on the running app: move or cancel a meeting,
/// hand the cohort to another HR owner. Bad bodies are 4xx problems naming the field and change
/// nothing. Each test nominates its own employee.</summary>
public sealed class CohortChangeApiTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task ChangeMeeting_MoveWithinTheRules_Answers202AndTheCohortMovesIt()
    {
        var cohortId = await app.PostingCohortAsync("E014");
        var planned = (await app.CalendarAsync(cohortId)).Meetings[0].PlannedUtc;
        var moved = planned.AddDays(7).AddHours(2);
        using var client = app.NewClient();

        using var response = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/meetings/1", new { start = new DateTimeOffset(moved).ToOffset(TimeSpan.FromHours(1)) });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(cohortId, (await response.Content.ReadFromJsonAsync<CohortChangeAccepted>())!.Id);
        var slot = await AppHost.EventuallyAsync(async () => (await app.CalendarAsync(cohortId)).Meetings[0] is { Sequence: 1 } s ? s : null, "the moved meeting");
        Assert.Equal(moved, slot.StartUtc);
    }

    [Theory]
    [InlineData("{}", "start")]
    [InlineData("[1]", "body")]
    [InlineData("{\"start\":\"2027-02-11T14:00:00\"}", "start")]
    [InlineData("{\"start\":\"tomorrow\"}", "start")]
    [InlineData("{\"start\":\"2027-02-11T14:00:00Z\",\"cancel\":true}", "start")]
    [InlineData("{\"cancel\":\"yes\"}", "cancel")]
    public async Task ChangeMeeting_UnclearBody_Answers400NamingTheFieldChangingNothing(string body, string field)
    {
        var cohortId = await app.PostingCohortAsync("E015");
        using var client = app.NewClient();

        using var response = await client.PostAsync($"api/cohorts/{cohortId}/meetings/1", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, (await app.CalendarAsync(cohortId)).Meetings[0].Sequence);
    }

    [Fact]
    public async Task ChangeMeeting_TooFarFromThePlan_Answers400NamingThePlannedStart()
    {
        var cohortId = await app.PostingCohortAsync("E016");
        var planned = (await app.CalendarAsync(cohortId)).Meetings[0].PlannedUtc;
        using var client = app.NewClient();

        using var response = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/meetings/1", new { start = new DateTimeOffset(planned.AddDays(20)) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{planned:yyyy-MM-dd'T'HH:mm:ss'Z'}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await app.CalendarAsync(cohortId)).Meetings[0].Sequence);
    }

    [Fact]
    public async Task ChangeMeeting_CancelThenCancelAgain_Answers202Then409()
    {
        var cohortId = await app.PostingCohortAsync("E017");
        using var client = app.NewClient();

        using (var cancelled = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/meetings/2", new { cancel = true }))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancelled.StatusCode);
        }

        await AppHost.EventuallyAsync(async () => (await app.CalendarAsync(cohortId)).Meetings[1].Cancelled ? "cancelled" : null, "the cancelled meeting");
        using var again = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/meetings/2", new { cancel = true });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("cancelled", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/cohorts/no-such-cohort/meetings/1", HttpStatusCode.NotFound)]
    [InlineData("api/cohorts/{0}/meetings/99", HttpStatusCode.NotFound)]
    [InlineData("api/cohorts/{0}/meetings/first", HttpStatusCode.NotFound)]
    public async Task ChangeMeeting_UnknownCohortOrMeeting_Answers404Problem(string path, HttpStatusCode expected)
    {
        var cohortId = await app.PostingCohortAsync("E018");
        using var client = app.NewClient();

        using var response = await client.PostAsJsonAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, cohortId), new { cancel = true });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ChangeMeeting_NotJsonOrMalformed_Answers415And400()
    {
        using var client = app.NewClient();

        using var form = await client.PostAsync("api/cohorts/any/meetings/1", new FormUrlEncodedContent([new("cancel", "true")]));
        using var broken = await client.PostAsync("api/cohorts/any/meetings/1", new StringContent("{\"cancel\": tru", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.UnsupportedMediaType, HttpStatusCode.BadRequest), (form.StatusCode, broken.StatusCode));
    }

    [Fact]
    public async Task ChangeMeeting_CohortOfVersion3_Answers409AndKeepsItsPlan()
    {
        const string cohortId = "change-v3";
        await app.Client.ScheduleNewOrchestrationInstanceAsync(nameof(CohortOrchestrator),
            new CohortRequest(cohortId, "mobility-ambassadors", "E002", "Legal", ["E019"]),
            new StartOrchestrationOptions(cohortId) { Version = new TaskVersion(OrchestrationVersions.V3) });
        await app.WaitForEmailAsync("E019", "posting-invitation");
        using var client = app.NewClient();

        using var meeting = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/meetings/1", new { cancel = true });
        using var owner = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/hr-owner", new { employeeId = "E003" });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (meeting.StatusCode, owner.StatusCode));
        Assert.Contains("4.0", await meeting.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await app.Approvals.GetAuditAsync(cohortId), e => e.Action == "HR owner changed");
    }

    [Fact]
    public async Task ChangeHrOwner_AnotherEmployee_Answers202AndTheyAreTold()
    {
        var cohortId = await app.PostingCohortAsync("E020");
        using var client = app.NewClient();

        using var unknown = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/hr-owner", new { employeeId = "E999999" });
        using var missing = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/hr-owner", new { owner = "E003" });
        using var same = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/hr-owner", new { employeeId = "E002" });
        using var response = await client.PostAsJsonAsync($"api/cohorts/{cohortId}/hr-owner", new { employeeId = "E003" });

        Assert.Equal(
            (HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.Accepted),
            (unknown.StatusCode, missing.StatusCode, same.StatusCode, response.StatusCode));
        Assert.Contains("employeeId", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AppHost.EventuallyAsync(async () => (await app.CalendarAsync(cohortId)).HrOwnerId == "E003" ? "yes" : null, "the new owner");
        await app.WaitForEmailAsync("E003", "hr-owner-changed");
    }

    [Fact]
    public async Task Document_Changes_DescribeTheirBodiesAndAnswers()
    {
        using var client = app.NewClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/cohorts/{id}/meetings/{month}", "/api/cohorts/{id}/hr-owner" })
        {
            var operation = paths.GetProperty(path).GetProperty("post");
            Assert.True(operation.TryGetProperty("requestBody", out _), path);
            var answers = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.Equal(["202", "400", "404", "409"], answers.Where(a => a is "202" or "400" or "404" or "409").Order());
        }
    }
}
