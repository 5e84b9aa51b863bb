using AmbassadorFlows.Functions.Local;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Privacy;

/// <summary>Local mode's schedule for <see cref="PersonalDataEraser.SweepAsync"/>: every
/// <see cref="ErasureOptions.SweepInterval"/> of real time, with the app's own Durable client; what is
/// due is judged on the app's clock. (Azure runs the same sweep from a timer function.)</summary>
public sealed partial class ErasureService : BackgroundService
{
    private readonly PersonalDataEraser _eraser;
    private readonly DurableTaskClient _client;
    private readonly TimeSpan _interval;
    private readonly ILogger<ErasureService> _logger;

    public ErasureService(PersonalDataEraser eraser, DurableTaskClient client, LocalModeOptions options, ILogger<ErasureService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _eraser = eraser;
        _client = client;
        _interval = options.Erasure.SweepInterval;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await _eraser.SweepAsync(_client, stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The erasure sweep failed; it runs again at the next interval and completes what it left.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
