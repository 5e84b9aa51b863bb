namespace AmbassadorFlows.Durable.Hosting;

/// <summary>Filters a query by the serialized custom status: equal to <paramref name="Value"/>
/// (<paramref name="Exact"/>) or containing it (ordinal). Durable's own query has no such filter.</summary>
public sealed record CustomStatusFilter(string Value, bool Exact)
{
    internal bool Matches(string? serializedCustomStatus)
        => serializedCustomStatus is not null
            && (Exact
                ? string.Equals(serializedCustomStatus, Value, StringComparison.Ordinal)
                : serializedCustomStatus.Contains(Value, StringComparison.Ordinal));
}
