using AmbassadorFlows.Functions.Approvals;
using AmbassadorFlows.Functions.Storage;
using AmbassadorFlows.Functions.Tests.Local;
using AmbassadorFlows.Workflows.Ports;
using DurableTask.Core.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbassadorFlows.Functions.Tests.Approvals;

/// <summary>Several instances sweeping one store: each owed decision is claimed before it is
/// touched, so one instance delivers it.</summary>
public sealed class DecisionRedeliveryClaimTests : IAsyncLifetime
{
    private readonly AppHost _app = new([], builder =>
        // The app's own sweep stays out of the way: the test runs the sweeps itself.
        builder.Services.Replace(ServiceDescriptor.Singleton(new DecisionRedeliveryOptions { Interval = TimeSpan.FromDays(1) })));

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Sweep_DecisionClaimedByAnotherInstance_LeavesItOwed()
    {
        var approval = await OwedDecisionAsync();
        var claims = _app.Services.GetRequiredService<IWorkClaims>();
        Assert.True(await claims.TryClaimAsync(DecisionRedeliverySweep.ClaimKey(approval.ApprovalId), "another-instance", TimeSpan.FromMinutes(5)));

        var settled = await _app.Services.GetRequiredService<DecisionRedeliverySweep>().SweepAsync(_app.Client, CancellationToken.None);

        Assert.Equal(0, settled);
        Assert.Null((await _app.Approvals.GetAsync(approval.ApprovalId))!.Decision!.DeliveredAt);
        Assert.Empty(await RaisedAsync(approval));
    }

    [Fact]
    public async Task Sweep_TwoInstancesAtOnce_DeliverTheDecisionOnce()
    {
        var approval = await OwedDecisionAsync();
        var first = Sweep("instance-a");
        var second = Sweep("instance-b");

        var settled = await Task.WhenAll(
            Task.Run(() => first.SweepAsync(_app.Client, CancellationToken.None)),
            Task.Run(() => second.SweepAsync(_app.Client, CancellationToken.None)));

        Assert.Equal(1, settled.Sum());
        await AppHost.EventuallyAsync(async () => await RaisedAsync(approval) is { Count: > 0 } raised ? raised : null, "the decision's event");
        Assert.Single(await RaisedAsync(approval));
    }

    private DecisionRedeliverySweep Sweep(string claimant) => new(
        _app.Services.GetRequiredService<IApprovalStore>(),
        _app.Services.GetRequiredService<DecisionDelivery>(),
        new DecisionRedeliveryOptions { Claimant = claimant },
        _app.Clock,
        _app.Services.GetRequiredService<IWorkClaims>());

    /// <summary>A decision recorded but not raised (as after a crash between the two), old enough to redeliver.</summary>
    private async Task<PendingApproval> OwedDecisionAsync()
    {
        var cohortId = await _app.CreateCohortAsync(["E007"]);
        await _app.WaitForEmailAsync("E007", "posting-invitation");
        var approval = (await _app.Approvals.GetAsync($"{cohortId}:apply:E007"))!;
        await _app.Approvals.TryDecideAsync(new ApprovalDecision(approval.ApprovalId, "apply", approval.AssigneeEmail, _app.Clock.GetUtcNow()));
        _app.Clock.Advance(TimeSpan.FromMinutes(2));
        return approval;
    }

    private async Task<List<EventRaisedEvent>> RaisedAsync(PendingApproval approval)
        => [.. (await _app.Client.GetOrchestrationHistoryAsync(approval.InstanceId))
            .OfType<EventRaisedEvent>()
            .Where(r => r.Name == approval.EventName && r.Input?.Contains(approval.ApprovalId, StringComparison.Ordinal) == true)];
}
