namespace AmbassadorFlows.Functions.Dashboard;

/// <summary>A clock the dry run moves by hand: the engine in drive mode asks it for "now" and the
/// runner jumps it to the next due timer, so months pass in the time it takes to compute them.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now;

    public ManualClock(DateTimeOffset start)
    {
        _now = start;
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset value)
    {
        if (value > _now)
        {
            _now = value;
        }
    }

    public void Advance(TimeSpan by) => Set(_now + by);
}
