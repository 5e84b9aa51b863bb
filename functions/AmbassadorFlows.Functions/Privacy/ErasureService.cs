using AmbassadorFlows.Functions.Hosting;
using AmbassadorFlows.Functions.Local;
using AmbassadorFlows.Functions.Storage;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>Local mode's schedule for <see cref="PersonalDataEraser.SweepAsync"/>: every
/// <see cref="ErasureOptions.SweepInterval"/>; who is due is judged on the app's clock. (Azure runs
/// the same sweep from a timer function, which the host runs on one instance at a time.) Several
/// instances on one store hold one lease on the sweep (<see cref="IWorkClaims"/>): the holder renews
/// it at every round and the others skip theirs, so each erasure runs once; when the holder dies,
/// another takes over after <see cref="LeaseDuration"/>.</summary>
public sealed class ErasureService(PersonalDataEraser eraser, DurableTaskClient client, LocalModeOptions options, IWorkClaims claims, ILogger<ErasureService> logger)
    : PeriodicSweepService(client, logger)
{
    /// <summary>The lease's key in the store.</summary>
    public const string LeaseKey = "sweep:erasure";

    /// <summary>Three rounds, and at least ten minutes: long enough that a live holder's round, however
    /// slow, ends and renews before the lease lapses.</summary>
    public TimeSpan LeaseDuration => TimeSpan.FromTicks(Math.Max(Interval.Ticks * 3, TimeSpan.FromMinutes(10).Ticks));

    protected override TimeSpan Interval => options.Erasure.SweepInterval;

    protected override string Name => "erasure sweep";

    protected override async Task SweepAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (await claims.TryClaimAsync(LeaseKey, WorkClaimant.ThisProcess, LeaseDuration, cancellationToken))
        {
            await eraser.SweepAsync(client, cancellationToken);
        }
    }
}
