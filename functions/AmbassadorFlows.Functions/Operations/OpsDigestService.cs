using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Operations;

/// <summary>
/// Local mode's schedule for the ops digest (Azure runs the same <see cref="OpsDigest"/> from a timer
/// function): at start-up, then every hour of the app's clock. The app's <see cref="TimeProvider"/>, unlike the
/// sweeps: the digest is about days, so a test (or the dry run) moving the fake clock to the next
/// morning is what makes it due. Without an ops address it does not run at all.
/// </summary>
public sealed partial class OpsDigestService(OpsDigest digest, OpsOptions options, DurableTaskClient client, TimeProvider time, ILogger<OpsDigestService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        // One periodic timer for the service's life, made before the first run: a move of the clock
        // before it is seen by that run, and a tick that comes while a run is under way is kept for the
        // next wait, so no move is ever missed (a fresh delay per round could be created just after the
        // clock moved, and wait for the hour after). The first run, at start-up, sends a digest the app
        // was not running for.
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                try
                {
                    await digest.RunAsync(client, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ops digest run failed; the next hour tries again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
