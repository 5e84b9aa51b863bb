using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Tests.Api;

/// <summary>Bad input to <c>POST /api/cohorts</c>: the right 4xx, problem details naming the
/// field, and no cohort started.</summary>
public sealed class CohortValidationTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task CreateCohort_MalformedJson_Returns400ProblemAndStartsNothing()
    {
        using var response = await PostAsync("{\"programmeId\": \"mobility-ambassadors\", ");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task CreateCohort_MissingFields_NamesEachField()
    {
        using var response = await PostAsync("{}");

        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("programmeId", out _));
        Assert.True(errors.TryGetProperty("hrOwner", out _));
        Assert.False(errors.TryGetProperty("nominees", out _));
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task CreateCohort_UnknownAudience_Returns400NamingAudienceAndStartsNothing()
    {
        using var response = await PostAsync("""{"programmeId": "mobility-ambassadors", "hrOwner": "E002", "nominees": ["E007"], "audience": "Nowhere"}""");

        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("Nowhere", Assert.Single(errors.GetProperty("audience").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Single(errors.EnumerateObject());
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task CreateCohort_UnknownNomineeAndBadDates_NamesTheIndexAndTheDates()
    {
        using var response = await PostAsync("""
            {"programmeId": "mobility-ambassadors", "hrOwner": "E002", "nominees": ["E007", "E999", "E007"],
             "startDate": "2020-01-01", "postingDeadline": "soon", "programmeVersion": 0}
            """);

        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("E999", errors.GetProperty("nominees[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("twice", errors.GetProperty("nominees[2]")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("startDate", out _));
        Assert.True(errors.TryGetProperty("postingDeadline", out _));
        Assert.True(errors.TryGetProperty("programmeVersion", out _));
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task CreateCohort_UnknownProgramme_Returns404Problem()
    {
        using var response = await PostAsync("""{"programmeId": "no-such-programme", "hrOwner": "E002", "nominees": ["E007"]}""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no-such-programme", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertNothingStartedAsync();
    }

    [Theory]
    [InlineData("2026-03-02", "after startDate (2026-03-02)")]
    [InlineData("2026-02-27", "after startDate (2026-03-02)")]
    [InlineData("2026-06-01", "at most 90 days after startDate (2026-03-02): 2026-05-31 at the latest")]
    public async Task CreateCohort_DeadlineNotAfterStartOrTooFarOut_Returns400NamingPostingDeadline(string deadline, string expected)
    {
        using var response = await PostAsync($$"""{"programmeId": "mobility-ambassadors", "hrOwner": "E002", "nominees": ["E007"], "startDate": "2026-03-02", "postingDeadline": "{{deadline}}"}""");

        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains(expected, Assert.Single(errors.GetProperty("postingDeadline").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.False(errors.TryGetProperty("startDate", out _));
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task CreateCohort_DeadlineWithoutStartDate_IsCheckedAgainstToday()
    {
        using var response = await PostAsync("""{"programmeId": "mobility-ambassadors", "hrOwner": "E002", "nominees": ["E007"], "postingDeadline": "2026-03-01"}""");

        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("today, 2026-03-02", errors.GetProperty("postingDeadline")[0].GetString(), StringComparison.Ordinal);
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task CreateCohort_OversizedBody_Returns413Problem()
    {
        var padding = new string('x', 300 * 1024);
        using var response = await PostAsync($$"""{"programmeId": "mobility-ambassadors", "hrOwner": "E002", "nominees": [], "audience": "{{padding}}"}""");

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task CreateCohort_NotJson_Returns415Problem()
    {
        using var client = app.NewClient();
        using var content = new StringContent("programmeId=x", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync("api/cohorts", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task GetCohort_UnknownId_Returns404Problem()
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync("api/cohorts/no-such-cohort");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheHrApiOnly()
    {
        using var client = app.NewClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("openapi/v1.json"));

        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/cohorts", out var cohorts));
        Assert.True(cohorts.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/cohorts/{id}", out _));
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.StartsWith("/runtime", StringComparison.Ordinal) || p.Name.StartsWith("/api/approvals", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_CreateCohortBody_RequiresWhatTheParserRequiresOnly()
    {
        using var client = app.NewClient();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("openapi/v1.json"));

        var schema = doc.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(nameof(Functions.Api.CreateCohortRequest));
        var required = schema.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal).ToList() : [];

        // The parser refuses a body without these two and defaults everything else (nominees included).
        Assert.Equal(["hrOwner", "programmeId"], required);
    }

    private async Task<HttpResponseMessage> PostAsync(string json)
    {
        using var client = app.NewClient();
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync("api/cohorts", content);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, doc.RootElement.GetProperty("status").GetInt32());
        return doc.RootElement.Clone();
    }

    private async Task AssertNothingStartedAsync()
    {
        var instances = new List<OrchestrationMetadata>();
        await foreach (var instance in app.Client.GetAllInstancesAsync(new OrchestrationQuery()))
        {
            instances.Add(instance);
        }

        Assert.Empty(instances);
    }
}
