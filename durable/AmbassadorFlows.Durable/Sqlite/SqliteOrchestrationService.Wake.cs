namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>
/// Waking waiters when the clock reaches the next visible-at (a timer or a scheduled start). One
/// <see cref="ITimer"/> from the service's TimeProvider, due at the earliest known future visible-at,
/// so advancing a FakeTimeProvider wakes the fetches exactly like real time passing does.
/// </summary>
public sealed partial class SqliteOrchestrationService
{
    private static readonly TimeSpan MaxWakeDelay = TimeSpan.FromDays(1);

    /// <summary>After a commit that made a message visible at <paramref name="visibleAtTicks"/>.</summary>
    private void ScheduleWake(long visibleAtTicks)
    {
        var now = NowTicks;
        if (visibleAtTicks <= now)
        {
            return;
        }

        lock (_wakeLock)
        {
            if (visibleAtTicks >= _wakeAtTicks || Volatile.Read(ref _disposed) != 0)
            {
                return;
            }

            // Timers cannot be due more than ~49.7 days out; a far visible-at wakes us daily to look again.
            var delay = Math.Min(visibleAtTicks - now, MaxWakeDelay.Ticks);
            _wakeAtTicks = now + delay;
            _wakeTimer.Change(TimeSpan.FromTicks(delay), Timeout.InfiniteTimeSpan);
        }
    }

    private void OnWakeTimer()
    {
        lock (_wakeLock)
        {
            _wakeAtTicks = long.MaxValue;
        }

        _orchestrationWork.Set();
        _changes.Set();

        // Off the timer's thread: a FakeTimeProvider runs this inside Advance.
        _ = Task.Run(RefreshWakeTimerAsync);
    }

    private async Task RefreshWakeTimerAsync()
    {
        try
        {
            if (await GetNextTimerAsync(_disposing.Token).ConfigureAwait(false) is { } next)
            {
                ScheduleWake(next.UtcTicks);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or Microsoft.Data.Sqlite.SqliteException)
        {
            // Closing, or the file busy: the next commit or external-change check schedules it again.
        }
    }
}
