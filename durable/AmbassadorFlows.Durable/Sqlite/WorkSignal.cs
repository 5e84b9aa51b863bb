namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>
/// A wake-up for waiters in this process: take <see cref="Current"/> before looking for work, then
/// await it if there was none; a <see cref="Set"/> after the take is never lost. Every waiter wakes
/// (they re-check the database, so a spurious wake-up is harmless).
/// </summary>
internal sealed class WorkSignal
{
    private TaskCompletionSource _current = New();

    public Task Current => Volatile.Read(ref _current).Task;

    public void Set()
    {
        var previous = Interlocked.Exchange(ref _current, New());
        previous.TrySetResult();
    }

    /// <summary>Waits for <paramref name="signal"/> (a <see cref="Current"/> taken earlier) at most
    /// <paramref name="timeout"/> of wall-clock time; false on timeout.</summary>
    public static async Task<bool> WaitAsync(Task signal, TimeSpan timeout, CancellationToken cancellation)
    {
        if (signal.IsCompleted)
        {
            return true;
        }

        if (timeout <= TimeSpan.Zero)
        {
            return false;
        }

        try
        {
            await signal.WaitAsync(timeout, cancellation).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
