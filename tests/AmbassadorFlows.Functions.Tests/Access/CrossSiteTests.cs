using System.Net;
using System.Text;
using System.Text.Json;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Tests.Local;
using Microsoft.Extensions.DependencyInjection;

namespace AmbassadorFlows.Functions.Tests.Access;

/// <summary>
/// The default no-key local mode over real HTTP: what a page of another site (or one resolved to
/// 127.0.0.1 under its own name) could make a browser send is refused before any handler runs, and
/// nothing changes; the app's own pages and scripts without an <c>Origin</c> keep working.
/// </summary>
public sealed class CrossSiteTests(AppHost app) : IClassFixture<AppHost>
{
    private const string Evil = "https://evil.example";

    /// <summary>State-changing routes of each kind: the HR API (form and JSON), dashboard forms, management API.</summary>
    public static TheoryData<string, string, string> CrossSiteCases()
    {
        var requests = new (string Method, string Path)[]
        {
            ("POST", "api/people/E012/erasure"),
            ("POST", "programmes/mobility-ambassadors/draft"),
            ("POST", "programmes/mobility-ambassadors/publish"),
            ("POST", "programmes/mobility-ambassadors/edit"),
            ("POST", "dry-run"),
            ("POST", "api/cohorts"),
            ("PUT", "api/programmes/mobility-ambassadors/draft"),
            ("POST", "sign-in"),
            ("POST", $"runtime/webhooks/durabletask/instances/x/terminate?code={AppHost.ManagementKey}"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path) in requests)
        {
            foreach (var headers in new[] { "cross-site", "same-site", "origin-only", "null-origin" })
            {
                data.Add(method, path, headers);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CrossSiteCases))]
    public async Task StateChange_CrossSite_Refused403AndNothingChanges(string method, string path, string headers)
    {
        using var client = app.NewClient(followRedirects: false);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            // The JSON routes take JSON only (a form gets 415 before any handler); the guard must stop JSON too.
            Content = path is "api/cohorts" || method == "PUT"
                ? new StringContent("""{"programmeId":"mobility-ambassadors","hrOwner":"E002","audience":"Legal","nominees":["E007"]}""", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent(new Dictionary<string, string> { ["json"] = "{}", ["programmeId"] = "mobility-ambassadors", ["nominees"] = "E007", ["key"] = "k" }),
        };
        switch (headers)
        {
            case "cross-site":
                request.Headers.Add("Origin", Evil);
                request.Headers.Add("Sec-Fetch-Site", "cross-site");
                break;
            case "same-site":
                // Another port of localhost is the same site, not the same origin.
                request.Headers.Add("Origin", "http://localhost:3000");
                request.Headers.Add("Sec-Fetch-Site", "same-site");
                break;
            case "origin-only":
                request.Headers.Add("Origin", Evil);
                break;
            default:
                request.Headers.Add("Origin", "null");
                break;
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Cross-site request refused", await TitleAsync(response));
        await AssertNoPersonalDataActionAsync();
    }

    [Theory]
    [InlineData("GET", "api/people/E024/data")]
    [InlineData("GET", "")]
    [InlineData("GET", "outbox")]
    [InlineData("POST", "api/people/E024/erasure")]
    [InlineData("GET", "runtime/webhooks/durabletask/instances?code=" + AppHost.ManagementKey)]
    public async Task Request_ForeignHost_Refused403(string method, string path)
    {
        using var client = app.NewClient(followRedirects: false);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Host = $"attacker.example:{app.BaseAddress.Port}";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Unknown host name", await TitleAsync(response));
        await AssertNoPersonalDataActionAsync();
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Request_LoopbackHost_Allowed(string host)
    {
        using var client = app.NewClient(followRedirects: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/cohorts");
        request.Headers.Host = $"{host}:{app.BaseAddress.Port}";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DryRun_SameOriginBrowserPostWithTheFormsField_Allowed()
    {
        using var browser = app.NewClient();
        var field = await Pages.AntiforgeryAsync(browser);
        using var request = new HttpRequestMessage(HttpMethod.Post, "dry-run")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["programmeId"] = "mobility-ambassadors", ["nominees"] = "E007", ["hrOwner"] = "E002", ["months"] = "1", [DashboardAntiforgery.FieldName] = field }),
        };
        request.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("forged-field")]
    public async Task DryRun_SameOriginPostWithoutAValidField_Refused403Page(string? field)
    {
        using var browser = app.NewClient();
        await Pages.AntiforgeryAsync(browser);
        var fields = new Dictionary<string, string> { ["programmeId"] = "mobility-ambassadors", ["nominees"] = "E007", ["hrOwner"] = "E002" };
        if (field is not null)
        {
            fields[DashboardAntiforgery.FieldName] = field;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "dry-run") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The form has expired", Pages.Text(await response.Content.ReadAsStringAsync(), "h1"));
    }

    [Theory]
    [InlineData("da", null, "Ændringen blev afvist, fordi den kom fra et andet websted")]
    [InlineData("en", "fr", "Modification refusée : elle venait d’un autre site")]
    public async Task CrossSitePost_FromABrowser_RefusalPageInTheReadersLanguage(string acceptLanguage, string? chosen, string heading)
    {
        using var browser = app.NewClient(followRedirects: false);
        if (chosen is not null)
        {
            // The reader's choice (the header's switcher sets the af-lang cookie) wins over the browser's.
            using var chose = await browser.GetAsync(new Uri($"people?lang={chosen}", UriKind.Relative));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "people/E012/erasure") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "yes" }) };
        request.Headers.Add("Origin", Evil);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(chosen ?? acceptLanguage, Pages.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, Pages.Text(html, "h1"));
        Assert.Equal(RefusalText.For(chosen ?? acceptLanguage).CrossSiteText, Pages.Text(html, "#refusal-detail"));
        await AssertNoPersonalDataActionAsync();
    }

    [Fact]
    public void RefusalText_EveryLanguage_SaysEachRefusalInItsOwnWords()
    {
        var english = RefusalText.English;
        foreach (var text in RefusalText.All.Where(t => t.Language != "en"))
        {
            foreach (var property in typeof(RefusalText).GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name != nameof(RefusalText.Language)))
            {
                var said = (string)property.GetValue(text)!;
                Assert.False(string.IsNullOrWhiteSpace(said), $"{text.Language} {property.Name}");
                Assert.NotEqual((string)property.GetValue(english)!, said);
            }
        }
    }

    [Fact]
    public async Task Cohorts_ScriptJsonCallWithoutOrigin_Allowed()
    {
        using var client = app.NewClient();
        using var content = new StringContent("""{"programmeId":"mobility-ambassadors","hrOwner":"E002","audience":"Legal","nominees":["E007"]}""", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("api/cohorts", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task ApprovalLink_CrossSitePost_LeftToItsOwnFormProtection()
    {
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/approvals/not-a-token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "apply" }),
        };
        request.Headers.Add("Origin", Evil);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Host = $"mail-gateway.example:{app.BaseAddress.Port}";

        using var response = await client.SendAsync(request);

        // Refused by the link's own checks (no valid token), not by the guard.
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("Cross-site request refused", await TitleAsync(response));
        Assert.NotEqual("Unknown host name", await TitleAsync(response));
    }

    /// <summary>No erasure or export of the people these requests name was done (other tests of the class start cohorts, audited too).</summary>
    private async Task AssertNoPersonalDataActionAsync()
    {
        var audit = await app.Services.GetRequiredService<IApprovalHistory>().ListAuditAsync();
        Assert.DoesNotContain(audit, e => e.Details is { } d && (d.Contains("E012", StringComparison.Ordinal) || d.Contains("E024", StringComparison.Ordinal)));
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("title", out var title) ? title.GetString() : null;
        }

        return Pages.Parse(body).QuerySelector("h1")?.TextContent.Trim();
    }
}
