namespace AmbassadorFlows.Durable.Hosting;

/// <summary>
/// Plays a fake clock (drive mode): waits until everything due now has run, then moves the clock to
/// the next timer or scheduled start. Needs a backend that knows when it is idle (our SQLite one);
/// Azure Storage runs on real time only.
/// </summary>
public sealed class LocalRuntimeDriver
{
    private readonly LocalOrchestrationBackend _backend;

    internal LocalRuntimeDriver(LocalOrchestrationBackend backend) => _backend = backend;

    private IDrivableOrchestrationService Drivable => _backend.Drivable
        ?? throw new NotSupportedException($"The {_backend.Kind} backend cannot be driven on a fake clock (real time only); use the Sqlite backend.");

    /// <summary>Completes once every message visible now has been processed and no work item is in flight.</summary>
    public async Task RunUntilIdleAsync(CancellationToken ct = default)
    {
        var drivable = Drivable;
        await _backend.EnsureCreatedAsync().ConfigureAwait(false);
        await drivable.WaitUntilIdleAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The earliest timer or scheduled start not yet due, or null.</summary>
    public Task<DateTimeOffset?> GetNextTimerAsync(CancellationToken ct = default) => Drivable.GetNextTimerAsync(ct);

    /// <summary>Runs until idle, moves the clock to the next timer with <paramref name="setClock"/>
    /// and runs until idle again; false when no timer is left.</summary>
    public async Task<bool> AdvanceToNextTimerAsync(Action<DateTimeOffset> setClock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(setClock);
        await RunUntilIdleAsync(ct).ConfigureAwait(false);
        var next = await GetNextTimerAsync(ct).ConfigureAwait(false);
        if (next is null)
        {
            return false;
        }

        setClock(next.Value);
        await RunUntilIdleAsync(ct).ConfigureAwait(false);
        return true;
    }
}
