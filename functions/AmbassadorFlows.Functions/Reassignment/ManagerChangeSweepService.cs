using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Reassignment;

/// <summary>
/// Local mode's schedule for the manager-change sweep (Azure runs the same <see cref="ManagerChange.SweepAsync"/>
/// from a timer function): shortly after start-up, then once a day. Real time, like the other sweeps:
/// the directory changes in the real world, whatever the app's clock says.
/// </summary>
public sealed partial class ManagerChangeSweepService(ManagerChange managerChange, DurableTaskClient client, ILogger<ManagerChangeSweepService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        try
        {
            do
            {
                try
                {
                    await managerChange.SweepAsync(client, stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The manager-change sweep failed; it runs again tomorrow.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
