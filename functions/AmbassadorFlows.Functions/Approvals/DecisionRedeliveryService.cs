using AmbassadorFlows.Functions.Hosting;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>Local mode's schedule for <see cref="DecisionRedeliverySweep"/>: every
/// <see cref="DecisionRedeliveryOptions.Interval"/>. (Azure runs the same sweep from a timer function.)</summary>
public sealed class DecisionRedeliveryService(DecisionRedeliverySweep sweep, DurableTaskClient client, DecisionRedeliveryOptions options, ILogger<DecisionRedeliveryService> logger)
    : PeriodicSweepService(client, logger)
{
    protected override TimeSpan Interval => options.Interval;

    protected override string Name => "sweep for undelivered decisions";

    protected override Task SweepAsync(DurableTaskClient client, CancellationToken cancellationToken) => sweep.SweepAsync(client, cancellationToken);
}
