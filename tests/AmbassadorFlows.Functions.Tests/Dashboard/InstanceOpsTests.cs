using System.Net;
using System.Net.Http.Headers;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Management;
using AmbassadorFlows.Functions.Tests.Access;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Tests.Dashboard;

/// <summary>Ops repairs an orchestration from its page with the Ops key's sign-in, no management key:
/// forms that keep what was typed and name the wrong field, a confirmation that must be ticked, states
/// that do not allow an action explained (409), and the audit naming who did it.</summary>
public sealed class InstanceOpsTests(KeyedAppHost host) : IClassFixture<KeyedAppHost>
{
    private const string OpsActor = "Local Ops key (local-ops)";

    [Fact]
    public async Task RaiseEvent_BadJson_FormAgainNamingTheFieldKeepingWhatWasTyped()
    {
        var id = await host.App.CreateCohortAsync(["E007"]);
        using var ops = Browser(AppRoles.Ops);

        using var response = await PostAsync(ops, id, "raise-event", new() { ["eventName"] = "Nudge", ["eventData"] = "{\"a\": nope}", ["confirm"] = "yes" });
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Event data (JSON) is not valid JSON", page.QuerySelector("#raise-event-data-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("{\"a\": nope}", page.QuerySelector("#raise-event-data")?.TextContent);
        Assert.Equal("Nudge", page.QuerySelector("#raise-event-name")?.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#raise-event-data")?.GetAttribute("aria-invalid"));
        Assert.DoesNotContain(await host.App.Approvals.GetAuditAsync(id), a => a.Action == InstanceOperations.EventRaised);
    }

    [Fact]
    public async Task Terminate_NotConfirmed_FormAgainAndNothingDone()
    {
        var id = await host.App.CreateCohortAsync(["E007"]);
        using var ops = Browser(AppRoles.Ops);

        using var response = await PostAsync(ops, id, "terminate", new() { ["reason"] = "duplicate cohort" });
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#terminate-confirm-error"));
        Assert.Equal("duplicate cohort", page.QuerySelector("#terminate-reason")?.GetAttribute("value"));
        Assert.DoesNotContain(await host.App.Approvals.GetAuditAsync(id), a => a.Action == InstanceOperations.Terminated);
        Assert.False((await host.App.Client.GetInstanceAsync(id))!.IsCompleted);
    }

    [Fact]
    public async Task Terminate_WithoutReason_NamesTheReasonField()
    {
        var id = await host.App.CreateCohortAsync(["E007"]);
        using var ops = Browser(AppRoles.Ops);
        ops.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl"));

        using var response = await PostAsync(ops, id, "terminate", new() { ["confirm"] = "yes" });
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Reden:", page.QuerySelector("#terminate-reason-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_RunningInstance_Explained409()
    {
        var id = await host.App.CreateCohortAsync(["E007"]);
        using var ops = Browser(AppRoles.Ops);

        using var response = await PostAsync(ops, id, "purge", new() { ["confirm"] = "yes" });
        var page = Pages.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Only a finished instance can be purged", page.QuerySelector("#conflict")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await host.App.Client.GetInstanceAsync(id));
    }

    [Fact]
    public async Task Terminate_AsOps_AuditedUnderTheOpsKeyThenCommandsExplained409()
    {
        var id = await host.App.CreateCohortAsync(["E007"]);
        using var ops = Browser(AppRoles.Ops);

        using var response = await PostAsync(ops, id, "terminate", new() { ["reason"] = "started by mistake", ["confirm"] = "yes" });
        await AppHost.EventuallyAsync(async () => (await host.App.Client.GetInstanceAsync(id))?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated ? id : null, "the cohort to stop");
        using var suspend = await PostAsync(ops, id, "suspend", new() { ["confirm"] = "yes" });
        var conflict = Pages.Parse(await suspend.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/instances/{id}?done=terminate", response.Headers.Location?.OriginalString);
        Assert.Contains(await host.App.Approvals.GetAuditAsync(id), a => a is { Action: InstanceOperations.Terminated, Actor: OpsActor, Details: "started by mistake" });
        Assert.Equal(HttpStatusCode.Conflict, suspend.StatusCode);
        Assert.Contains("Terminated", conflict.QuerySelector("#conflict")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaiseEvent_AsHr_ReachesTheInstanceAndIsAudited()
    {
        var id = await host.App.CreateCohortAsync(["E007"]);
        using var hr = Browser(AppRoles.HR);

        using var response = await PostAsync(hr, id, "raise-event", new() { ["eventName"] = "NoSuchWait", ["eventData"] = "{\"note\": 1}", ["confirm"] = "yes" });
        using var done = await hr.GetAsync(response.Headers.Location!.OriginalString.TrimStart('/'));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("NoSuchWait", Pages.Text(await done.Content.ReadAsStringAsync(), "#notice"), StringComparison.Ordinal);
        Assert.Contains(await host.App.Approvals.GetAuditAsync(id), a => a is { Action: InstanceOperations.EventRaised, Actor: "Local HR key (local-hr)", Details: "NoSuchWait" });
    }

    [Fact]
    public async Task Repairs_FailedAndStuck_ListedWithReasonAndFix()
    {
        var failed = await host.App.Client.ScheduleNewOrchestrationInstanceAsync("NoSuchOrchestrator");
        await AppHost.EventuallyAsync(async () => (await host.App.Client.GetInstanceAsync(failed))?.RuntimeStatus == OrchestrationRuntimeStatus.Failed ? failed : null, "the orchestration to fail");
        var stuck = await host.App.CreateCohortAsync(["E007"]);
        var now = host.App.Clock.GetUtcNow();
        await host.App.Approvals.CreateAsync(new PendingApproval($"{stuck}:lost-wait", stuck, "LostWait", "manager-approval", "E009", "e009@contoso.example", ["approve"], now.AddDays(-10), now.AddDays(-3)));
        using var ops = Browser(AppRoles.Ops);

        var page = Pages.Parse(await ops.GetStringAsync("instances"));

        var failedRow = page.QuerySelector($"#failed-table tr[data-instance='{failed}']");
        var stuckRow = page.QuerySelector($"#stuck-table tr[data-instance='{stuck}']");
        Assert.NotNull(failedRow);
        Assert.Contains("NoSuchOrchestrator", failedRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("purge", failedRow.TextContent, StringComparison.Ordinal);
        Assert.NotNull(stuckRow);
        Assert.Contains("past the deadline", stuckRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("LostWait", stuckRow.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/instances/{stuck}", stuckRow.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Action_WithoutAntiforgeryField_Refused()
    {
        var id = await host.App.CreateCohortAsync(["E007"]);
        using var ops = Browser(AppRoles.Ops);

        using var response = await ops.PostAsync($"instances/{id}/terminate", new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "x", ["confirm"] = "yes" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False((await host.App.Client.GetInstanceAsync(id))!.IsCompleted);
    }

    private HttpClient Browser(string role)
    {
        var client = host.ClientAs(role);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    /// <summary>Posts an instance page's form as a browser would: with the page's antiforgery field.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string instanceId, string action, Dictionary<string, string> fields)
    {
        fields[DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(client, $"instances/{Uri.EscapeDataString(instanceId)}");
        return await client.PostAsync($"instances/{Uri.EscapeDataString(instanceId)}/{action}", new FormUrlEncodedContent(fields));
    }
}
