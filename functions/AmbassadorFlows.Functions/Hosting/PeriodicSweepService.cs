using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Hosting;

/// <summary>
/// Local mode's schedule for a sweep that Azure runs from a timer function: every
/// <see cref="Interval"/> of real time, with the app's own Durable client. Real time, not the app's
/// clock: a sweep must run even while a test (or the dry run) holds the clock still; what is due is
/// the sweep's to judge on the app's clock. A failed round is logged and the next one tries again.
/// </summary>
public abstract partial class PeriodicSweepService : BackgroundService
{
    private readonly DurableTaskClient _client;
    private readonly ILogger _logger;

    protected PeriodicSweepService(DurableTaskClient client, ILogger logger)
    {
        _client = client;
        _logger = logger;
    }

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the sweep is, for the log.</summary>
    protected abstract string Name { get; }

    protected abstract Task SweepAsync(DurableTaskClient client, CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(_client, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogSweepFailed(_logger, ex, Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Sweep} failed; it runs again at the next interval and completes what it left.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception, string sweep);
}
