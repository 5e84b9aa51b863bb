using AmbassadorFlows.Workflows.Ports;

namespace AmbassadorFlows.Functions.Approvals;

/// <summary>
/// The sweep that makes a recorded decision reach its orchestration even when the answering request
/// could not deliver it (engine unreachable, process stopped between the two writes): every
/// <see cref="DecisionRedeliveryOptions.Interval"/> it redelivers up to a batch of decisions owed for
/// longer than <see cref="DecisionRedeliveryOptions.MinimumAge"/>. A decision whose request has
/// expired is settled as undeliverable instead: the orchestration stopped waiting for it.
/// </summary>
public sealed partial class DecisionRedeliveryService : BackgroundService
{
    private readonly IApprovalStore _store;
    private readonly DecisionDelivery _delivery;
    private readonly DecisionRedeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DecisionRedeliveryService> _logger;

    public DecisionRedeliveryService(IApprovalStore store, DecisionDelivery delivery, DecisionRedeliveryOptions options, TimeProvider time, ILogger<DecisionRedeliveryService> logger)
    {
        _store = store;
        _delivery = delivery;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>One pass; returns how many decisions were settled (delivered or undeliverable).</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var settled = 0;
        foreach (var approval in await _store.ListUndeliveredAsync(now - _options.MinimumAge, _options.BatchSize, cancellationToken))
        {
            if (approval.ExpiresAt <= now)
            {
                var reason = $"the request expired at {approval.ExpiresAt:u} before its decision was delivered";
                await _store.MarkDeliveredAsync(approval.ApprovalId, now, reason, cancellationToken);
                await _store.AppendAuditAsync(new AuditEntry(approval.InstanceId, now, "system", "decision not delivered", $"{approval.ApprovalId}: {reason}"), cancellationToken);
                settled++;
                continue;
            }

            if (await _delivery.RedeliverAsync(approval, cancellationToken) != DeliveryResult.Owed)
            {
                settled++;
            }
        }

        return settled;
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
                    await SweepAsync(stoppingToken);
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
