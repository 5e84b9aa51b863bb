using AmbassadorFlows.Functions.Operations;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace AmbassadorFlows.Functions.Azure;

/// <summary>
/// The ops digest in Azure (local mode runs it as a background service): hourly, five minutes past, so
/// the requests-past-deadline signal is fresh for its alert and yesterday's digest goes out at the
/// first run from the digest hour in the ops time zone; the day's conditional claim keeps it to one
/// email however many runs or instances there are.
/// </summary>
public sealed class OpsDigestFunction(OpsDigest digest)
{
    public const string Schedule = "0 5 * * * *";

    [Function("OpsDigest")]
    public Task RunAsync(
        [TimerTrigger(Schedule)] TimerInfo timer,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return digest.RunAsync(client, cancellationToken);
    }
}
