using System.Net;
using System.Text;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Functions.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Access;

/// <summary>Every route × every role over real HTTP in local mode with keys: allowed, or refused by the
/// gate with 403 (no key: 401). The table here is the specification; the app's attributes must match it.</summary>
public sealed class RouteAccessTests(KeyedAppHost host) : IClassFixture<KeyedAppHost>
{
    private static readonly string[] All = [AppRoles.HR, AppRoles.Ops, AppRoles.Viewer];
    private static readonly string[] HrOnly = [AppRoles.HR];
    private static readonly string[] HrAndOps = [AppRoles.HR, AppRoles.Ops];

    /// <summary>Route pattern (as mapped) → a request to it and who may call it; null roles: public.</summary>
    private static readonly (string Method, string Pattern, string Path, string[]? Roles)[] Routes =
    [
        ("GET", "/", "/", All),
        ("GET", "/cohorts/{id}", "/cohorts/no-such-cohort", HrOnly),
        ("GET", "/cohorts/{id}/audit.csv", "/cohorts/no-such-cohort/audit.csv", HrOnly),
        ("GET", "/cohorts/{id}/roster.csv", "/cohorts/no-such-cohort/roster.csv", HrOnly),
        ("GET", "/instances", "/instances", HrAndOps),
        ("GET", "/instances/{instanceId}", "/instances/no-such-instance", HrAndOps),
        ("POST", "/instances/{instanceId}/{action}", "/instances/no-such-instance/terminate", HrAndOps),
        ("GET", "/outbox", "/outbox", HrOnly),
        ("GET", "/outbox/{id:long}", "/outbox/1", HrOnly),
        ("GET", "/outbox/{id:long}/body", "/outbox/1/body", HrOnly),
        ("GET", "/dry-run", "/dry-run", HrOnly),
        ("GET", "/dry-run/{id}", "/dry-run/no-such-run", HrOnly),
        ("GET", "/dry-run/{id}/requests/{approvalId}", "/dry-run/no-such-run/requests/no-such-request", HrOnly),
        ("GET", "/dry-run/{id}/open/{approvalId}", "/dry-run/no-such-run/open/no-such-request", null),
        ("GET", "/cohorts/new", "/cohorts/new", HrOnly),
        ("POST", "/cohorts/new", "/cohorts/new", HrOnly),
        ("GET", "/people", "/people", HrOnly),
        ("GET", "/people/{employeeId}", "/people/no-such-person", HrOnly),
        ("POST", "/people/{employeeId}/left-company", "/people/no-such-person/left-company", HrOnly),
        ("POST", "/people/{employeeId}/erasure", "/people/no-such-person/erasure", HrOnly),
        ("POST", "/people/{employeeId}/personal-link", "/people/no-such-person/personal-link", HrOnly),
        ("POST", "/people/{employeeId}/manager-changed", "/people/no-such-person/manager-changed", HrOnly),
        ("GET", "/requests/{approvalId}/hand-over", "/requests/no-such-request/hand-over", HrOnly),
        ("POST", "/requests/{approvalId}/hand-over", "/requests/no-such-request/hand-over", HrOnly),
        ("GET", "/requests/{approvalId}/remind", "/requests/no-such-request/remind", HrOnly),
        ("POST", "/requests/{approvalId}/remind", "/requests/no-such-request/remind", HrOnly),
        ("GET", "/health/cohorts/{id}", "/health/cohorts/no-such-cohort", All),
        ("GET", "/health/cohorts/{id}.csv", "/health/cohorts/no-such-cohort.csv", All),
        ("GET", "/health/programmes/{programmeId}", "/health/programmes/no-such-programme", All),
        ("GET", "/health/programmes/{programmeId}.csv", "/health/programmes/no-such-programme.csv", All),
        ("POST", "/dry-run", "/dry-run", HrOnly),
        ("POST", "/api/cohorts/", "/api/cohorts", HrOnly),
        ("GET", "/api/cohorts/", "/api/cohorts", All),
        ("GET", "/api/cohorts/{id}", "/api/cohorts/no-such-cohort", HrOnly),
        ("POST", "/api/cohorts/{id}/close-posting", "/api/cohorts/no-such-cohort/close-posting", HrOnly),
        ("POST", "/api/cohorts/{id}/meetings/{month}", "/api/cohorts/no-such-cohort/meetings/1", HrOnly),
        ("POST", "/api/cohorts/{id}/hr-owner", "/api/cohorts/no-such-cohort/hr-owner", HrOnly),
        ("POST", "/cohorts/{id}/close-posting", "/cohorts/no-such-cohort/close-posting", HrOnly),
        ("GET", "/cohorts/{id}/meetings/{month}", "/cohorts/no-such-cohort/meetings/1", HrOnly),
        ("POST", "/cohorts/{id}/meetings/{month}", "/cohorts/no-such-cohort/meetings/1", HrOnly),
        ("GET", "/cohorts/{id}/hr-owner", "/cohorts/no-such-cohort/hr-owner", HrOnly),
        ("POST", "/cohorts/{id}/hr-owner", "/cohorts/no-such-cohort/hr-owner", HrOnly),
        ("GET", "/openapi/v1.json", "/openapi/v1.json", All),
        ("GET", "/api/audit", "/api/audit", HrOnly),
        ("GET", "/api/audit.csv", "/api/audit.csv", HrOnly),
        ("POST", "/api/people/{employeeId}/erasure", "/api/people/no-such-person/erasure", HrOnly),
        ("GET", "/api/people/{employeeId}/data", "/api/people/no-such-person/data", HrOnly),
        ("GET", "/api/programmes/", "/api/programmes", HrOnly),
        ("GET", "/api/programmes/{id}", "/api/programmes/no-such-programme", HrOnly),
        ("GET", "/api/programmes/{id}/versions/{version:int}", "/api/programmes/no-such-programme/versions/1", HrOnly),
        ("GET", "/api/programmes/{id}/draft", "/api/programmes/no-such-programme/draft", HrOnly),
        ("PUT", "/api/programmes/{id}/draft", "/api/programmes/no-such-programme/draft", HrOnly),
        ("POST", "/api/programmes/{id}/publish", "/api/programmes/no-such-programme/publish", HrOnly),
        ("GET", "/api/programmes/{id}/diff", "/api/programmes/no-such-programme/diff?to=2", HrOnly),
        ("GET", "/programmes", "/programmes", HrOnly),
        ("GET", "/programmes/{id}", "/programmes/no-such-programme", HrOnly),
        ("POST", "/programmes/{id}/draft", "/programmes/no-such-programme/draft", HrOnly),
        ("POST", "/programmes/{id}/publish", "/programmes/no-such-programme/publish", HrOnly),
        ("GET", "/programmes/{id}/edit", "/programmes/no-such-programme/edit", HrOnly),
        ("POST", "/programmes/{id}/edit", "/programmes/no-such-programme/edit", HrOnly),
        ("GET", "/api/approvals/{token}", "/api/approvals/not-a-token", null),
        ("POST", "/api/approvals/{token}", "/api/approvals/not-a-token", null),
        ("GET", "/me/{token}", "/me/not-a-token", null),
        ("GET", "/me/{token}/meeting.ics", "/me/not-a-token/meeting.ics", null),
        ("POST", "/me/{token}/requests", "/me/not-a-token/requests", null),
        ("POST", "/me/{token}/step-down", "/me/not-a-token/step-down", null),
        ("POST", "/me/{token}/ideas", "/me/not-a-token/ideas", null),
        ("GET", "/assets/site.css", "/assets/site.css", null),
        ("GET", "/assets/favicon.svg", "/assets/favicon.svg", null),
        ("GET", "/sign-in", "/sign-in", null),
        ("POST", "/sign-in", "/sign-in", null),
        ("POST", "/sign-out", "/sign-out", null),
    ];

    public static TheoryData<string, string, string?> Cases()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var route in Routes)
        {
            foreach (var role in All.Append(null))
            {
                data.Add(route.Method, route.Path, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_EachRole_AllowedOrRefused(string method, string path, string? role)
    {
        var route = Routes.Single(r => r.Method == method && r.Path == path);
        using var client = host.ClientAs(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var refusal = await GateResponse.RefusalAsync(response);

        if (route.Roles is null || (role is not null && route.Roles.Contains(role)))
        {
            Assert.Null(refusal);
        }
        else if (role is null)
        {
            Assert.Equal("401 Sign-in required", refusal);
        }
        else
        {
            Assert.Equal("403 Role required", refusal);
        }
    }

    [Fact]
    public async Task Route_AdminKey_HoldsEveryRole()
    {
        using var client = host.App.NewClient(followRedirects: false);

        foreach (var route in Routes.Where(r => r.Method == "GET"))
        {
            using var response = await client.GetAsync(route.Path.TrimStart('/'));
            Assert.Null(await GateResponse.RefusalAsync(response));
        }
    }

    [Fact]
    public async Task Route_EveryGetRoute_AnswersWithTheContentSecurityPolicy()
    {
        using var client = host.App.NewClient(followRedirects: false);

        foreach (var route in Routes.Where(r => r.Method == "GET"))
        {
            using var response = await client.GetAsync(route.Path.TrimStart('/'));
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policy), $"{route.Pattern}: no Content-Security-Policy");

            // An email's own body (when the message exists: other tests' cohorts send mail) has its own.
            var emailBody = route.Pattern == "/outbox/{id:long}/body" && response.IsSuccessStatusCode;
            Assert.Equal(emailBody ? SecurityHeaders.EmailBodyPolicy : SecurityHeaders.ContentSecurityPolicy, Assert.Single(policy));
        }
    }

    [Fact]
    public void Endpoints_EveryMappedRoute_IsInTheTable()
    {
        var mapped = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !(e.RoutePattern.RawText ?? string.Empty).StartsWith("/runtime/webhooks/durabletask", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(mapped);
        Assert.Equal(Routes.Select(r => $"{r.Method} {r.Pattern}").Order(StringComparer.Ordinal), mapped);
    }

    [Fact]
    public async Task Request_ForgedClientPrincipal_IsIgnored()
    {
        using var client = host.ClientAs(null);
        client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, PrincipalHeader.For("00000000-0000-0000-0000-000000000001", "mallory@contoso.example", AppRoles.HR));

        using var response = await client.GetAsync("api/cohorts");

        Assert.Equal("401 Sign-in required", await GateResponse.RefusalAsync(response));
    }

    [Fact]
    public async Task Request_WrongKey_IsUnauthorized()
    {
        using var client = host.App.NewClient(followRedirects: false);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-configured-key-at-all");

        using var response = await client.GetAsync("api/cohorts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_RightKey_SetsACookieThatOpensTheDashboard()
    {
        using var browser = host.ClientAs(null);
        using (var before = await browser.GetAsync(string.Empty))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);
        }

        var field = await Pages.AntiforgeryAsync(browser, "sign-in");
        using var wrong = await browser.PostAsync("sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = "wrong-key-wrong-key-wrong", [DashboardAntiforgery.FieldName] = field }));
        using var right = await browser.PostAsync("sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = KeyedAppHost.RoleKeys[AppRoles.HR], [DashboardAntiforgery.FieldName] = field }));
        using var after = await browser.GetAsync(string.Empty);
        using var outbox = await browser.GetAsync("outbox");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.DoesNotContain(KeyedAppHost.RoleKeys[AppRoles.HR], string.Join(";", right.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, outbox.StatusCode);
    }

    [Fact]
    public async Task Instance_Ops_SeesHistoryWithoutPayloads()
    {
        var cohortId = await host.App.CreateCohortAsync(["E007"]);
        await host.App.WaitForEmailAsync("E007", "posting-invitation");
        using var hr = host.ClientAs(AppRoles.HR);
        using var ops = host.ClientAs(AppRoles.Ops);

        var hrPage = await hr.GetStringAsync($"instances/{Uri.EscapeDataString(cohortId)}");
        var opsPage = await ops.GetStringAsync($"instances/{Uri.EscapeDataString(cohortId)}");

        Assert.Contains("LoadProgramme", Pages.Text(opsPage, "#history"), StringComparison.Ordinal);
        Assert.NotNull(Pages.Parse(opsPage).QuerySelector("#payloads-hidden"));
        // The cohort's input (who owns it, who was nominated) is a payload; ids in the audit are not.
        Assert.Contains("HrOwnerId", hrPage, StringComparison.Ordinal);
        Assert.DoesNotContain("HrOwnerId", opsPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_Viewer_SeesAggregatesOnly()
    {
        using var hr = host.ClientAs(AppRoles.HR);
        using var viewer = host.ClientAs(AppRoles.Viewer);
        using var ops = host.ClientAs(AppRoles.Ops);

        var hrPage = Pages.Parse(await hr.GetStringAsync(string.Empty));
        var viewerPage = Pages.Parse(await viewer.GetStringAsync(string.Empty));
        var opsPage = Pages.Parse(await ops.GetStringAsync(string.Empty));

        Assert.NotNull(hrPage.QuerySelector("#pending"));
        Assert.NotNull(hrPage.QuerySelector("#recent-mail"));
        Assert.NotNull(viewerPage.QuerySelector("#journeys-by-step"));
        Assert.Null(viewerPage.QuerySelector("#pending"));
        Assert.Null(viewerPage.QuerySelector("#failures"));
        Assert.Null(viewerPage.QuerySelector("#recent-mail"));
        Assert.NotNull(opsPage.QuerySelector("#failures"));
        Assert.Null(opsPage.QuerySelector("#pending"));
    }
}
