using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Audit;
using AmbassadorFlows.Functions.Tests.Access;
using AmbassadorFlows.Functions.Web;
using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Tests.Audit;

/// <summary>HR's reads of personal answers, and terminate/purge, land in the audit trail with who did
/// it; HR exports it as CSV.</summary>
public sealed class AuditTrailTests(KeyedAppHost host) : IClassFixture<KeyedAppHost>
{
    [Fact]
    public async Task GetCohort_ByHr_IsAuditedWithTheCallerAndExportedAsCsv()
    {
        var cohortId = await host.App.CreateCohortAsync(["E012"]);
        await host.App.WaitForEmailAsync("E012", "posting-invitation");
        using var hr = host.ClientAs(AppRoles.HR);

        using var read = await hr.GetAsync($"api/cohorts/{Uri.EscapeDataString(cohortId)}");
        var csv = await hr.GetStringAsync("api/audit.csv");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.StartsWith(AuditCsv.Header + "\r\n", csv, StringComparison.Ordinal);
        var line = Assert.Single(csv.Split("\r\n"), l => l.Contains(cohortId, StringComparison.Ordinal) && l.Contains(AuditTrail.PersonalDataRead, StringComparison.Ordinal));
        Assert.Contains("Local HR key (local-hr)", line, StringComparison.Ordinal);
        Assert.Contains("HR API: cohort detail", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCohort_Unknown_IsNotAudited()
    {
        using var hr = host.ClientAs(AppRoles.HR);

        using var read = await hr.GetAsync("api/cohorts/never-was");
        var entries = await host.App.Approvals.ListAuditAsync();

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain(entries, e => e.InstanceId == "never-was");
    }

    [Fact]
    public async Task Terminate_ThroughManagementApi_IsAudited()
    {
        var cohortId = await host.App.CreateCohortAsync(["E013"]);
        using var client = host.ClientAs(null);

        using var response = await client.PostAsync($"runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(cohortId)}/terminate?reason=test&code={Local.AppHost.ManagementKey}", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var entries = await host.App.Approvals.GetAuditAsync(cohortId);
        Assert.Contains(entries, e => e.Action == "terminated" && e.Actor == "management key" && e.Details == "test");
    }

    [Fact]
    public async Task ListAudit_BadSince_Is400Problem()
    {
        using var hr = host.ClientAs(AppRoles.HR);

        using var response = await hr.GetAsync("api/audit?since=yesterday-ish");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListAudit_LimitTwo_TheLinkHeaderReadsOnUntilEveryEntryWasRead()
    {
        var instance = await AppendFiveAsync();
        using var hr = host.ClientAs(AppRoles.HR);

        var read = new List<string>();
        var pages = 0;
        string? next = "api/audit?since=2999-01-01&limit=2";
        while (next is not null && pages++ < 1000)
        {
            using var response = await hr.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(body.RootElement.GetArrayLength() <= 2);
            read.AddRange(body.RootElement.EnumerateArray().Where(e => e.GetProperty("instanceId").GetString() == instance).Select(e => e.GetProperty("details").GetString()!));
            next = response.Headers.TryGetValues("Link", out var link) ? Assert.Single(link).Split('<', '>')[1].TrimStart('/') : null;
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"entry {i}"), read);
    }

    [Theory]
    [InlineData("api/audit?limit=0", "limit")]
    [InlineData("api/audit?limit=10001", "limit")]
    [InlineData("api/audit?after=not-a-page", "after")]
    public async Task ListAudit_BadPage_Is400NamingTheField(string path, string field)
    {
        using var hr = host.ClientAs(AppRoles.HR);

        using var response = await hr.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task WriteCsv_PagesOfTwo_EveryEntryOnceInOrder()
    {
        var instance = await AppendFiveAsync();
        using var body = new MemoryStream();

        await AuditEndpoints.WriteCsvAsync(host.App.Approvals, new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero), body, 2, CancellationToken.None);

        var lines = System.Text.Encoding.UTF8.GetString(body.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AuditCsv.Header, lines[0]);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"entry {i}"), lines.Where(l => l.Contains(instance, StringComparison.Ordinal)).Select(l => l.Split(',')[^1]));
    }

    /// <summary>Five entries of a new instance after every other test's (year 2999), one second apart.</summary>
    private async Task<string> AppendFiveAsync()
    {
        var instance = $"paged-{Guid.NewGuid():N}";
        for (var i = 0; i < 5; i++)
        {
            await host.App.Approvals.AppendAuditAsync(new AuditEntry(instance, new DateTimeOffset(2999, 1, 1, 0, 0, i, TimeSpan.Zero), "system", "paged", $"entry {i}"));
        }

        return instance;
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@sum", "'@sum")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    public void Cell_Value_QuotedAndDefused(string value, string expected) => Assert.Equal(expected, Csv.Cell(value));

    [Fact]
    public void Write_Entries_OneLinePerEntryInOrder()
    {
        var at = new DateTimeOffset(2026, 5, 1, 9, 30, 0, TimeSpan.Zero);
        var csv = AuditCsv.Write([new AuditEntry("c1", at, "hr@contoso.example", "decided", "approve, with comment"), new AuditEntry("c2", at.AddMinutes(1), "system", "closed")]);

        Assert.Equal(
            AuditCsv.Header + "\r\n2026-05-01T09:30:00Z,c1,hr@contoso.example,decided,\"approve, with comment\"\r\n2026-05-01T09:31:00Z,c2,system,closed,\r\n",
            csv);
    }
}
