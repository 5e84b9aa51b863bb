using System.Globalization;
using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Dashboard;
using AmbassadorFlows.Functions.Tests.Local;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>HR's pages for changing a running cohort, on the running app: move one month's meeting,
/// hand the cohort to another HR owner; errors name the field and keep what was typed.</summary>
public sealed class CohortChangeFormTests(AppHost app) : IClassFixture<AppHost>
{
    [Fact]
    public async Task MeetingPage_MoveWithinTheRules_CohortTakesItAndItsPageShowsTheMove()
    {
        var cohortId = await app.PostingCohortAsync("E011");
        var planned = (await app.CalendarAsync(cohortId)).Meetings[0].PlannedUtc;
        using var browser = app.NewClient(followRedirects: false);
        var form = Pages.Parse(await browser.GetStringAsync(CohortChangeEndpoints.MeetingPath(cohortId, 1).TrimStart('/')));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var local = TimeZoneInfo.ConvertTimeFromUtc(planned, zone);
        Assert.Equal(local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form.QuerySelector("#date")?.GetAttribute("value"));
        var moved = local.AddDays(7);

        using var response = await PostAsync(browser, CohortChangeEndpoints.MeetingPath(cohortId, 1), new()
        {
            ["action"] = "move", ["date"] = moved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["time"] = "14:00",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var slot = await AppHost.EventuallyAsync(async () => (await app.CalendarAsync(cohortId)).Meetings[0] is { Sequence: 1 } s ? s : null, "the moved meeting");
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(moved.Date.AddHours(14), zone), slot.StartUtc);
        // The audit line is written by the activity the cohort calls after updating its status.
        await AppHost.EventuallyAsync(async () => (await app.Approvals.GetAuditAsync(cohortId)).FirstOrDefault(e => e.Action == $"meeting of {local:yyyy-MM-dd} moved"), "the audit line");
        var page = Pages.Parse(await browser.GetStringAsync($"cohorts/{cohortId}"));
        Assert.Equal("moved", page.QuerySelector("#meetings li[data-month='1']")?.GetAttribute("data-state"));
    }

    [Fact]
    public async Task MeetingPage_DateTooFarFromThePlan_Answers400NamingTheFieldKeepingWhatWasTypedChangingNothing()
    {
        var cohortId = await app.PostingCohortAsync("E012");
        var planned = (await app.CalendarAsync(cohortId)).Meetings[0].PlannedUtc;
        using var browser = app.NewClient(followRedirects: false);
        await browser.GetStringAsync("?lang=da");
        var typed = planned.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var response = await PostAsync(browser, CohortChangeEndpoints.MeetingPath(cohortId, 1), new() { ["action"] = "move", ["date"] = typed, ["time"] = "12:30" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(CohortChangeText.Danish.TooFar, page.QuerySelector("#date-error")?.TextContent.Trim());
        Assert.Equal(typed, page.QuerySelector("#date")?.GetAttribute("value"));
        Assert.Equal(0, (await app.CalendarAsync(cohortId)).Meetings[0].Sequence);
    }

    [Fact]
    public async Task OwnerPage_AnotherHrOfficer_CohortTakesThemAndTheyAreTold()
    {
        var cohortId = await app.PostingCohortAsync("E013");
        using var browser = app.NewClient(followRedirects: false);
        var cohortPage = Pages.Parse(await browser.GetStringAsync($"cohorts/{cohortId}"));
        Assert.Equal(CohortChangeEndpoints.OwnerPath(cohortId), cohortPage.QuerySelector("#change-owner-link")?.GetAttribute("href"));

        using var unknown = await PostAsync(browser, CohortChangeEndpoints.OwnerPath(cohortId), new() { ["owner"] = "nobody-like-this" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var refused = Pages.Parse(await unknown.Content.ReadAsStringAsync());
        Assert.Equal("nobody-like-this", refused.QuerySelector("#owner")?.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector("#owner-error"));

        using var response = await PostAsync(browser, CohortChangeEndpoints.OwnerPath(cohortId), new() { ["owner"] = "E003" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AppHost.EventuallyAsync(async () => (await app.CalendarAsync(cohortId)).HrOwnerId == "E003" ? "yes" : null, "the new owner");
        await app.WaitForEmailAsync("E003", "hr-owner-changed");
        Assert.Contains(await app.Approvals.GetAuditAsync(cohortId), e => e.Action == "HR owner changed" && e.Details!.StartsWith("E002 to E003", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, Dictionary<string, string> fields)
    {
        fields[DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(browser);
        var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Accept.ParseAdd("text/html");
        return await browser.SendAsync(request);
    }
}
