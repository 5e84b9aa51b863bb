namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>
/// A clock the dry run moves by hand: the runtime asks it for "now" and the runner jumps it to the
/// next due timer, so months pass in the time it takes to compute them. Timers made from it fire
/// when the clock passes their due time, not after real time, so parts of the runtime that wait on
/// it (the backend's visible-at wake-ups) wake when the runner moves it.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;

    public ManualClock(DateTimeOffset start)
    {
        _now = start;
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock forward to <paramref name="value"/> (never back) and fires the timers due by then.</summary>
    public void Set(DateTimeOffset value)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            if (value <= _now)
            {
                return;
            }

            _now = value;
            due = [.. _timers.Where(t => t.DueAt <= value)];
        }

        foreach (var timer in due)
        {
            timer.Fire(value);
        }
    }

    public void Advance(TimeSpan by) => Set(GetUtcNow() + by);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Track(ManualTimer timer, bool active)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (active)
            {
                _timers.Add(timer);
            }
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private long _dueAtTicks = DateTimeOffset.MaxValue.UtcTicks;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt => new(Interlocked.Read(ref _dueAtTicks), TimeSpan.Zero);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                Interlocked.Exchange(ref _dueAtTicks, DateTimeOffset.MaxValue.UtcTicks);
                clock.Track(this, active: false);
                return true;
            }

            Interlocked.Exchange(ref _dueAtTicks, (clock.GetUtcNow() + dueTime).UtcTicks);
            clock.Track(this, active: true);
            if (dueTime <= TimeSpan.Zero)
            {
                Fire(clock.GetUtcNow());
            }

            return true;
        }

        /// <summary>Runs the callback on the thread pool (never under the clock's lock), then re-arms a periodic timer.</summary>
        public void Fire(DateTimeOffset now)
        {
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                Interlocked.Exchange(ref _dueAtTicks, (now + _period).UtcTicks);
            }
            else
            {
                Interlocked.Exchange(ref _dueAtTicks, DateTimeOffset.MaxValue.UtcTicks);
                clock.Track(this, active: false);
            }

            ThreadPool.UnsafeQueueUserWorkItem(s => callback(s), state, preferLocal: false);
        }

        public void Dispose() => clock.Track(this, active: false);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
