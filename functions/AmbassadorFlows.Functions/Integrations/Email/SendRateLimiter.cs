namespace AmbassadorFlows.Functions.Integrations.Email;

/// <summary>Paces sends to at most <c>permits</c> per sliding <c>window</c> (ACS managed domains
/// allow about 5 a minute). Callers wait for a slot instead of being refused, so nothing is
/// dropped. Per process: with several instances, ACS's own 429 + Retry-After is the backstop.</summary>
public sealed class SendRateLimiter
{
    private readonly int _permits;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly Queue<DateTimeOffset> _granted = new();
    private readonly Lock _lock = new();

    public SendRateLimiter(int permits, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(time);
        _permits = permits;
        _window = window;
        _time = time;
    }

    /// <summary>Waits until a send is allowed and takes the slot.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                while (_granted.Count > 0 && now - _granted.Peek() >= _window)
                {
                    _granted.Dequeue();
                }

                if (_granted.Count < _permits)
                {
                    _granted.Enqueue(now);
                    return;
                }

                wait = _granted.Peek() + _window - now;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
