namespace AmbassadorFlows.Durable.Hosting;

/// <summary>
/// What the local runtime needs from a backend beyond DTFx's interfaces to play months on a fake
/// clock: knowing when nothing is left to do now, and when the next timer (or scheduled start) is due.
/// Time comes from the backend's <see cref="TimeProvider"/>: a message is visible once GetUtcNow() reaches its visible-at.
/// </summary>
public interface IDrivableOrchestrationService
{
    /// <summary>Completes once no message is visible now and no work item is locked (orchestration or activity).</summary>
    Task WaitUntilIdleAsync(CancellationToken cancellationToken = default);

    /// <summary>The earliest visible-at of a message not yet visible (a timer or a scheduled start), or null.</summary>
    Task<DateTimeOffset?> GetNextTimerAsync(CancellationToken cancellationToken = default);
}
