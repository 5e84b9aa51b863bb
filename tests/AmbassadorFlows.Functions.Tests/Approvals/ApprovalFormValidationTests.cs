using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>The data fields of an answer are checked against what the request takes before
/// anything is recorded: a selection chooses among the candidates offered, a check-in's hours are
/// a number in range, and no request takes fields it does not know.</summary>
public sealed class ApprovalFormValidationTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task Post_SelectionIdsNotSentAsAList_Returns400ProblemAndRecordsNothing()
    {
        var (approval, link) = await NewApprovalAsync(CohortEvents.SelectionDecision, "cohort-selection", ["approve", "reject"]);

        using var response = await PostAsync(link, json: true, ("decision", "approve"), ("data.selectedEmployeeIds", "E005"));

        var errors = await AssertRefusedAsync(response, approval);
        Assert.True(errors.TryGetProperty("data.selectedEmployeeIds", out _));
    }

    [Fact]
    public async Task Post_SelectionOfSomeoneNotOffered_Returns400PageAndRecordsNothing()
    {
        var (approval, link) = await NewApprovalAsync(CohortEvents.SelectionDecision, "cohort-selection", ["approve", "reject"]);

        using var response = await PostAsync(link, json: false, ("decision", "approve"), ("data.selectedEmployeeIds[]", "E005"), ("data.selectedEmployeeIds[]", "E999"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("not recorded", Pages.Text(page, "h1"), StringComparison.Ordinal);
        Assert.Contains("E999", Pages.Text(page, "#errors"), StringComparison.Ordinal);
        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
    }

    [Fact]
    public async Task Post_SelectionOfOfferedCandidates_RecordsThemAsAList()
    {
        var (approval, link) = await NewApprovalAsync(CohortEvents.SelectionDecision, "cohort-selection", ["approve", "reject"]);

        using var response = await PostAsync(link, json: false, ("decision", "approve"), ("data.selectedEmployeeIds[]", "E007"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertJson("""{"selectedEmployeeIds":["E007"]}""", (await app.Approvals.GetAsync(approval.ApprovalId))!.Decision!.DataJson);
    }

    [Fact]
    public async Task Post_SelectionApprovedWithEveryCandidateUnticked_RecordsAnEmptyList()
    {
        var (approval, link) = await NewApprovalAsync(CohortEvents.SelectionDecision, "cohort-selection", ["approve", "reject"]);
        using var client = app.NewClient();
        var form = Pages.Parse(await client.GetStringAsync(new Uri(link))).QuerySelector("#decision-form")!;
        Assert.Equal(2, form.QuerySelectorAll("input[type=checkbox][name='data.selectedEmployeeIds[]'][checked]").Length);

        // What a browser sends with both boxes unticked: the form's hidden data fields, and the button.
        var hidden = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => (Name: i.GetAttribute("name")!, Value: i.GetAttribute("value") ?? string.Empty))
            .Where(f => f.Name.StartsWith(ApprovalForm.DataPrefix, StringComparison.Ordinal));
        using var response = await PostAsync(link, json: false, [("decision", "approve"), .. hidden]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertJson("""{"selectedEmployeeIds":[]}""", (await app.Approvals.GetAsync(approval.ApprovalId))!.Decision!.DataJson);
    }

    [Fact]
    public async Task Post_SelectionApprovedWithoutTheList_Returns400ProblemAndRecordsNothing()
    {
        var (approval, link) = await NewApprovalAsync(CohortEvents.SelectionDecision, "cohort-selection", ["approve", "reject"]);

        using var response = await PostAsync(link, json: true, ("decision", "approve"));

        var errors = await AssertRefusedAsync(response, approval);
        Assert.True(errors.TryGetProperty("data.selectedEmployeeIds[]", out _));
    }

    [Fact]
    public async Task Post_SelectionRejectedWithoutTheList_RecordsTheRejection()
    {
        var (approval, link) = await NewApprovalAsync(CohortEvents.SelectionDecision, "cohort-selection", ["approve", "reject"]);

        using var response = await PostAsync(link, json: false, ("decision", "reject"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("reject", (await app.Approvals.GetAsync(approval.ApprovalId))!.Decision!.Decision);
    }

    [Fact]
    public async Task Post_CheckInHoursNotANumber_Returns400ProblemNamingTheField()
    {
        var (approval, link) = await NewApprovalAsync(JourneyEvents.MonthlyCheckIn, "monthly-check-in", ["submit"]);

        using var response = await PostAsync(link, json: true, ("decision", "submit"), ("data.attendedMeeting", "true"), ("data.hoursSpent", "abc"));

        var errors = await AssertRefusedAsync(response, approval);
        Assert.Contains("number", errors.GetProperty("data.hoursSpent")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CheckInHoursOutOfRange_Returns400AndRecordsNothing()
    {
        var (approval, link) = await NewApprovalAsync(JourneyEvents.MonthlyCheckIn, "monthly-check-in", ["submit"]);

        using var response = await PostAsync(link, json: true, ("decision", "submit"), ("data.hoursSpent", "-3"));

        var errors = await AssertRefusedAsync(response, approval);
        Assert.True(errors.TryGetProperty("data.hoursSpent", out _));
    }

    [Fact]
    public async Task Post_CheckInWithAnUnknownField_Returns400AndRecordsNothing()
    {
        var (approval, link) = await NewApprovalAsync(JourneyEvents.MonthlyCheckIn, "monthly-check-in", ["submit"]);

        using var response = await PostAsync(link, json: true, ("decision", "submit"), ("data.hoursSpent", "2"), ("data.salary", "100000"));

        var errors = await AssertRefusedAsync(response, approval);
        Assert.True(errors.TryGetProperty("data.salary", out _));
    }

    [Fact]
    public async Task Post_ValidCheckIn_RecordsTypedHoursAndTextsAsText()
    {
        var (approval, link) = await NewApprovalAsync(JourneyEvents.MonthlyCheckIn, "monthly-check-in", ["submit"]);

        using var response = await PostAsync(
            link,
            json: false,
            ("decision", "submit"),
            ("data.attendedMeeting", "false"),
            ("data.attendedMeeting", "true"),
            ("data.hoursSpent", "2.5"),
            ("data.successes", "42"),
            ("data.asks", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertJson(
            """{"attendedMeeting":true,"hoursSpent":2.5,"successes":"42","asks":"true"}""",
            (await app.Approvals.GetAsync(approval.ApprovalId))!.Decision!.DataJson);
    }

    [Fact]
    public async Task Post_DataFieldOnARequestThatTakesNone_Returns400AndRecordsNothing()
    {
        var (approval, link) = await NewApprovalAsync(CohortEvents.Application, "application", ["apply"]);

        using var response = await PostAsync(link, json: true, ("decision", "apply"), ("data.hoursSpent", "3"));

        var errors = await AssertRefusedAsync(response, approval);
        Assert.True(errors.TryGetProperty("data.hoursSpent", out _));
    }

    /// <summary>An open request on a fresh running cohort, made in the store, and its emailed link.
    /// Selections offer E005 and E007. The assignee speaks English, since the page speaks the
    /// assignee's language and these tests read its English texts.</summary>
    private async Task<(PendingApproval Approval, string Link)> NewApprovalAsync(string eventName, string kind, string[] options)
    {
        var cohortId = await app.CreateCohortAsync(["E012"]);
        var now = app.Clock.GetUtcNow();
        var approval = await app.Approvals.CreateAsync(new PendingApproval(
            $"{cohortId}:{kind}:{Guid.NewGuid():N}", cohortId, eventName, kind, "E024", "james.walker@contoso.example", options, now, now.AddDays(7))
        {
            DetailsJson = eventName == CohortEvents.SelectionDecision
                ? """{"candidates":[{"employeeId":"E005","name":"Candidate Five"},{"employeeId":"E007","name":"Emma Thompson"}]}"""
                : null,
        });
        var link = app.Services.GetRequiredService<IApprovalLinks>().CreateLink(approval).AbsoluteUri;
        return (approval, link);
    }

    /// <summary>Opens the page (for its form field), then posts the fields as the page would, several values per name allowed.</summary>
    private async Task<HttpResponseMessage> PostAsync(string link, bool json, params (string Name, string Value)[] fields)
    {
        using var client = app.NewClient();
        var page = await client.GetStringAsync(new Uri(link));
        var form = new List<KeyValuePair<string, string>> { new("__form", Pages.HiddenField(page, "__form")) };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(link)) { Content = new FormUrlEncodedContent(form) };
        if (json)
        {
            request.Headers.Accept.ParseAdd("application/json");
        }

        return await client.SendAsync(request);
    }

    private static void AssertJson(string expected, string? actual)
        => Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual ?? "null")), $"Expected {expected}, got {actual}.");

    private async Task<JsonElement> AssertRefusedAsync(HttpResponseMessage response, PendingApproval approval)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null((await app.Approvals.GetAsync(approval.ApprovalId))!.Decision);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").Clone();
    }
}
