using System.Net;
using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Cohorts;
using AmbassadorFlows.Workflows.Ports;
using AmbassadorFlows.Workflows.Shared;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>A recorded decision reaches its orchestration even when raising its event fails at
/// first: the sweep or a repeated POST delivers it later, once; a decision for an instance that is
/// gone is settled as undeliverable with an audit line.</summary>
public sealed class DecisionRedeliveryTests
{
    /// <summary>Past <see cref="DecisionRedeliveryOptions.MinimumAge"/> on the app's clock.</summary>
    private static readonly TimeSpan Later = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Post_RaiseFailsThroughItsRetries_TheSweepDeliversTheDecisionLater()
    {
        FlakyRaiseClient? flaky = null;
        await using var host = await StartAsync(sweepEvery: TimeSpan.FromMilliseconds(100), c => flaky = c);
        var (approval, link) = await host.NewApplicationAsync();
        flaky!.FailNext(4);

        using var answered = await host.App.AnswerAsync(link, "apply");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(4, flaky.Failed);
        Assert.Null((await host.App.Approvals.GetAsync(approval.ApprovalId))!.Decision!.DeliveredAt);
        host.App.Clock.Advance(Later);
        await host.WaitForRaisedAsync(approval);
        var delivered = await AppHost.EventuallyAsync(
            async () => (await host.App.Approvals.GetAsync(approval.ApprovalId))!.Decision is { DeliveredAt: not null } d ? d : null,
            "the decision marked delivered");
        Assert.Null(delivered.UndeliverableReason);
        Assert.Contains(await host.App.Approvals.GetAuditAsync(approval.InstanceId), a => a.Action == "decision redelivered" && a.Details == approval.ApprovalId);
    }

    [Fact]
    public async Task Post_RepeatedAfterTheEventWasNotDelivered_RaisesItAndStillSaysAlreadyDecided()
    {
        FlakyRaiseClient? flaky = null;
        await using var host = await StartAsync(sweepEvery: TimeSpan.FromDays(1), c => flaky = c);
        var (approval, link) = await host.NewApplicationAsync();
        flaky!.FailNext(4);
        using var first = await host.App.AnswerAsync(link, "apply");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        host.App.Clock.Advance(Later);

        using var second = await host.App.AnswerAsync(link, "apply");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.NotNull((await host.App.Approvals.GetAsync(approval.ApprovalId))!.Decision!.DeliveredAt);
        await host.WaitForRaisedAsync(approval);
    }

    [Fact]
    public async Task Sweep_EventAlreadyInTheHistory_MarksDeliveredWithoutRaisingAgain()
    {
        await using var host = await StartAsync(sweepEvery: TimeSpan.FromMilliseconds(100), _ => { });
        var (approval, _) = await host.NewApplicationAsync();
        // The raise went out but the process stopped before marking it: recorded, raised, still owed.
        var outcome = await host.App.Approvals.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, "apply", approval.AssigneeEmail, host.App.Clock.GetUtcNow()));
        await host.App.Client.RaiseEventAsync(approval.InstanceId, approval.EventName, HumanResponse.From(approval, outcome.Decision));
        await host.WaitForRaisedAsync(approval);
        host.App.Clock.Advance(Later);

        await AppHost.EventuallyAsync(
            async () => (await host.App.Approvals.GetAsync(approval.ApprovalId))!.Decision is { DeliveredAt: not null } d ? d : null,
            "the decision marked delivered");

        Assert.DoesNotContain(await host.App.Approvals.GetAuditAsync(approval.InstanceId), a => a.Action == "decision redelivered");
        Assert.Single(await host.RaisedAsync(approval));
    }

    [Fact]
    public async Task Sweep_InstanceGone_MarksTheDecisionUndeliverableWithAnAuditLine()
    {
        await using var host = await StartAsync(sweepEvery: TimeSpan.FromMilliseconds(100), _ => { });
        var now = host.App.Clock.GetUtcNow();
        var instanceId = "gone-" + Guid.NewGuid().ToString("N");
        var approval = await host.App.Approvals.CreateAsync(new PendingApproval(
            instanceId + ":apply:E012", instanceId, CohortEvents.Application, "application", "E012", "oliver.bennett@contoso.example", ["apply"], now, now.AddDays(14)));
        await host.App.Approvals.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, "apply", approval.AssigneeEmail, now));
        host.App.Clock.Advance(Later);

        var settled = await AppHost.EventuallyAsync(
            async () => (await host.App.Approvals.GetAsync(approval.ApprovalId))!.Decision is { DeliveredAt: not null } d ? d : null,
            "the decision settled");

        Assert.NotNull(settled.UndeliverableReason);
        Assert.Contains(await host.App.Approvals.GetAuditAsync(instanceId), a => a.Action == "decision not delivered" && a.Details!.StartsWith(approval.ApprovalId, StringComparison.Ordinal));
    }

    private static async Task<Host> StartAsync(TimeSpan sweepEvery, Action<FlakyRaiseClient> created)
    {
        var app = new AppHost([], builder =>
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(new DecisionRedeliveryOptions { Interval = sweepEvery }));
            FlakyRaiseClient.Install(builder, created);
        });
        await app.InitializeAsync();
        // The client is built lazily; resolve it now so the test holds the decorator.
        app.Services.GetRequiredService<DurableTaskClient>();
        return new Host(app);
    }

    private sealed class Host(AppHost app) : IAsyncDisposable
    {
        public AppHost App => app;

        /// <summary>A fresh cohort's apply link for E007.</summary>
        public async Task<(PendingApproval Approval, string Link)> NewApplicationAsync()
        {
            var cohortId = await app.CreateCohortAsync(["E007"]);
            var invitation = await app.WaitForEmailAsync("E007", "posting-invitation");
            var approval = await app.Approvals.GetAsync($"{cohortId}:apply:E007");
            return (approval!, AppHost.LinkIn(invitation));
        }

        public async Task<IReadOnlyList<EventRaisedEvent>> RaisedAsync(PendingApproval approval)
            => [.. (await app.Client.GetOrchestrationHistoryAsync(approval.InstanceId))
                .OfType<EventRaisedEvent>()
                .Where(r => r.Name == approval.EventName && r.Input?.Contains(approval.ApprovalId, StringComparison.Ordinal) == true)];

        public Task<IReadOnlyList<EventRaisedEvent>> WaitForRaisedAsync(PendingApproval approval)
            => AppHost.EventuallyAsync(async () => await RaisedAsync(approval) is { Count: > 0 } raised ? raised : null, $"the event of {approval.ApprovalId}");

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
