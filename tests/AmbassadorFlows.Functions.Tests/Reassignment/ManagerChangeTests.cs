using System.Net;
using AmbassadorFlows.Functions.Access;
using AmbassadorFlows.Functions.Privacy;
using AmbassadorFlows.Functions.Reassignment;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Journeys;
using AmbassadorFlows.Workflows.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmbassadorFlows.Functions.Tests.Reassignment;

/// <summary>A new manager in the directory reaches the requests waiting for the old one: from HR's
/// button on the person's page over real HTTP, and from the daily sweep run by two instances at once
/// (each request handed over once). A request HR handed to a deputy by hand stays with the deputy.</summary>
public sealed class ManagerChangeTests : IAsyncLifetime
{
    private readonly MovableDirectory _directory = new();
    private readonly AppHost _app;
    private string _cohortId = string.Empty;

    public ManagerChangeTests()
    {
        _app = new AppHost([], builder => builder.Services.Replace(ServiceDescriptor.Singleton<IDirectory>(_directory)));
    }

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        // All three report to Julie Lambert (E009).
        _cohortId = await _app.StartJourneysAsync("E012", "E013", "E010");
        foreach (var id in new[] { "E012", "E013", "E010" })
        {
            await AppHost.EventuallyAsync(async () => await _app.Approvals.GetAsync(ManagerRequest(id)), $"{id}'s manager request");
        }
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ManagerChanged_FromThePersonPageAndTheSweep_HandsOpenManagerRequestsToTheNewManagerOnce()
    {
        // From HR's button: Oliver Bennett (E012) now reports to Koen Vermeulen (E014).
        _directory.ChangeManager("E012", "E014");
        using var browser = _app.NewClient(followRedirects: false);
        Assert.Contains("Koen Vermeulen", Pages.Text(await browser.GetStringAsync(new Uri("people/E012", UriKind.Relative)), "#manager-changed"), StringComparison.Ordinal);
        using (var changed = await PostAsync(browser, "people/E012/manager-changed"))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
            Assert.Equal("/people/E012?handed=1", changed.Headers.Location?.OriginalString);
            var page = await browser.GetStringAsync(new Uri(changed.Headers.Location!.OriginalString, UriKind.Relative));
            Assert.Equal("Requests handed to Koen Vermeulen: 1.", Pages.Text(page, "#notice"));
            Assert.Null(Pages.Parse(page).QuerySelector("#manager-changed")); // nothing waits for an earlier manager now
        }

        Assert.Equal("E014", (await _app.Approvals.GetAsync(ManagerRequest("E012")))!.AssigneeId);
        Assert.Contains(await _app.Approvals.GetAuditAsync(JourneyIds.For(_cohortId, "E012")), e => e.Action == RequestHandOver.ManagerChangedAction && e.Details == $"{ManagerRequest("E012")} from E009 to E014");
        await _app.WaitForEmailAsync("E014", "request-handed-to-you");
        await _app.WaitForEmailAsync("E009", "request-handed-over-notice");

        // HR hands Thomas Maes's (E010) request to a deputy by hand; then E010 and Sanne Wouters (E013) move to Sofie Janssens (E001).
        var handOver = _app.Services.GetRequiredService<RequestHandOver>();
        Assert.Equal(HandOverOutcome.HandedOver, await handOver.HandOverAsync(ManagerRequest("E010"), (await _directory.GetEmployeeAsync("E004"))!, "hr@example.com"));
        _directory.ChangeManager("E013", "E001");
        _directory.ChangeManager("E010", "E001");

        // Two instances sweep at once: each request is handed over once.
        var swept = await Task.WhenAll(Sweeper("instance-a").SweepAsync(_app.Client, CancellationToken.None), Sweeper("instance-b").SweepAsync(_app.Client, CancellationToken.None));

        Assert.Equal(1, swept.Sum());
        Assert.Equal("E001", (await _app.Approvals.GetAsync(ManagerRequest("E013")))!.AssigneeId);
        Assert.Equal("E004", (await _app.Approvals.GetAsync(ManagerRequest("E010")))!.AssigneeId);
        Assert.Equal("E014", (await _app.Approvals.GetAsync(ManagerRequest("E012")))!.AssigneeId);
        var toSofie = await _app.Outbox.ListAsync(100, "sofie.janssens@contoso.example");
        Assert.Single(toSofie, m => m.Message.Template == "request-handed-to-you");
        Assert.Single(await _app.Approvals.GetAuditAsync(JourneyIds.For(_cohortId, "E013")), e => e.Action == RequestHandOver.ManagerChangedAction && e.Actor == ManagerChange.SweepActor);
    }

    private string ManagerRequest(string employeeId) => JourneyIds.Approval(JourneyIds.For(_cohortId, employeeId), "manager-approval");

    private ManagerChange Sweeper(string claimant)
    {
        var services = _app.Services;
        return new ManagerChange(
            services.GetRequiredService<IApprovalStore>(),
            services.GetRequiredService<IApprovalAssignment>(),
            _directory,
            services.GetRequiredService<IErasureSchedule>(),
            services.GetRequiredService<RequestHandOver>(),
            services.GetRequiredService<IWorkClaims>(),
            NullLogger<ManagerChange>.Instance,
            claimant);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path)
    {
        var fields = new Dictionary<string, string> { [DashboardAntiforgery.FieldName] = await Pages.AntiforgeryAsync(browser, "people/E012") };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", _app.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await browser.SendAsync(request);
    }
}
