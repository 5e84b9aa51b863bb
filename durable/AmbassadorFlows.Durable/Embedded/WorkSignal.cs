namespace AmbassadorFlows.Durable.Embedded;

/// <summary>Wakes idle workers when this process adds work, so they need not poll fast. Waiters
/// reset it before looking for work; a Set between the reset and the wait is never lost. The
/// timeout is wall-clock pacing for work other processes add, hence the system clock.</summary>
internal sealed class WorkSignal
{
    private TaskCompletionSource _current = New();

    public void Set() => Volatile.Read(ref _current).TrySetResult();

    public void Reset()
    {
        var current = Volatile.Read(ref _current);
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _current, New(), current);
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        var signal = Volatile.Read(ref _current).Task;
        if (signal.IsCompleted)
        {
            return;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var delay = Task.Delay(timeout, TimeProvider.System, cts.Token);
        await Task.WhenAny(signal, delay);
        await cts.CancelAsync();
        cancellation.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
