using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Operations;

/// <summary>
/// Local mode's schedule for the ops digest (Azure runs the same <see cref="OpsDigest"/> from a timer
/// function): at every full hour of the app's clock. The app's <see cref="TimeProvider"/>, unlike the
/// sweeps: the digest is about days, so a test (or the dry run) moving the fake clock to the next
/// morning is what makes it due. Without an ops address it does not run at all.
/// </summary>
public sealed partial class OpsDigestService(OpsDigest digest, OpsOptions options, DurableTaskClient client, TimeProvider time, ILogger<OpsDigestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                var nextHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
                await Task.Delay(nextHour - now, time, stoppingToken);
                try
                {
                    await digest.RunAsync(client, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ops digest run failed; the next hour tries again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
