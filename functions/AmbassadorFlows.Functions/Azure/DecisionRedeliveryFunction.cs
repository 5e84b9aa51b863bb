using AmbassadorFlows.Functions.Approvals;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>
/// The decision-redelivery sweep in Azure (local mode runs it as a background service): every
/// minute, decisions recorded but not delivered to their orchestration for longer than
/// <see cref="DecisionRedeliveryOptions.MinimumAge"/> are raised again, through the binding's client.
/// A timer function, because a Flex instance that scaled to zero runs no background loop; the
/// host's singleton lock keeps it to one run at a time across instances.
/// </summary>
public sealed partial class DecisionRedeliveryFunction(DecisionRedeliverySweep sweep, ILogger<DecisionRedeliveryFunction> logger)
{
    public const string Schedule = "0 * * * * *";

    [Function("DecisionRedelivery")]
    public async Task RunAsync(
        [TimerTrigger(Schedule)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var settled = await sweep.SweepAsync(client, cancellationToken);
        if (settled > 0)
        {
            LogSettled(logger, settled);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision redelivery settled {Count} owed decision(s).")]
    private static partial void LogSettled(ILogger logger, int count);
}
