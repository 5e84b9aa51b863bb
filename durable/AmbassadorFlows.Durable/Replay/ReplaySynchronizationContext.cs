namespace AmbassadorFlows.Durable.Replay;

/// <summary>
/// The deterministic scheduler of a turn: every continuation of orchestrator code is queued here
/// and run on the executor's own thread, in order. Nothing runs in parallel, nothing touches the
/// thread pool, so replaying the same history runs the same code in the same order.
/// </summary>
internal sealed class ReplaySynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private bool _closed;

    public override void Post(SendOrPostCallback d, object? state)
    {
        // After the turn ends, a continuation can only come from a non-durable task the orchestrator
        // awaited (Task.Delay, I/O). It must not run outside a turn; dropping it keeps the turn pure.
        if (!_closed)
        {
            _queue.Enqueue((d, state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs queued continuations until the orchestrator blocks on something not yet completed.</summary>
    public void RunUntilBlocked()
    {
        while (_queue.TryDequeue(out var item))
        {
            item.Callback(item.State);
        }
    }

    public void Close() => _closed = true;
}
