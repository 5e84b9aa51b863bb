using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>Local mode's schedule for <see cref="DecisionRedeliverySweep"/>: every
/// <see cref="DecisionRedeliveryOptions.Interval"/> of real time, with the app's own Durable client.
/// (Azure runs the same sweep from a timer function.)</summary>
public sealed partial class DecisionRedeliveryService : BackgroundService
{
    private readonly DecisionRedeliverySweep _sweep;
    private readonly DurableTaskClient _client;
    private readonly DecisionRedeliveryOptions _options;
    private readonly ILogger<DecisionRedeliveryService> _logger;

    public DecisionRedeliveryService(DecisionRedeliverySweep sweep, DurableTaskClient client, DecisionRedeliveryOptions options, ILogger<DecisionRedeliveryService> logger)
    {
        _sweep = sweep;
        _client = client;
        _options = options;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time, not the app's clock: the sweep must run even when a test (or the dry run) holds the clock still.
        using var timer = new PeriodicTimer(_options.Interval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await _sweep.SweepAsync(_client, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogSweepFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep for undelivered decisions failed; it runs again shortly.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
