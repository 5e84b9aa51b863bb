using AmbassadorFlows.Functions.Hosting;
using AmbassadorFlows.Functions.Local;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>Local mode's schedule for <see cref="PersonalDataEraser.SweepAsync"/>: every
/// <see cref="ErasureOptions.SweepInterval"/>; who is due is judged on the app's clock. (Azure runs
/// the same sweep from a timer function.)</summary>
public sealed class ErasureService(PersonalDataEraser eraser, DurableTaskClient client, LocalModeOptions options, ILogger<ErasureService> logger)
    : PeriodicSweepService(client, logger)
{
    protected override TimeSpan Interval => options.Erasure.SweepInterval;

    protected override string Name => "erasure sweep";

    protected override Task SweepAsync(DurableTaskClient client, CancellationToken cancellationToken) => eraser.SweepAsync(client, cancellationToken);
}
