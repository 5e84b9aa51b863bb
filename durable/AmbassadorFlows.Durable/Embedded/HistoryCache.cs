using AmbassadorFlows.Durable.Protocol;

namespace AmbassadorFlows.Durable.Embedded;

/// <summary>
/// Parsed histories of the instances that ran most recently, so a turn need not read and parse
/// its whole history again. The database stays the source of truth:
/// <list type="bullet">
/// <item>Only committed histories go in (after the COMMIT that wrote them), so an entry is
/// always a prefix of its execution's committed history, which only ever grows.</item>
/// <item>An entry is used only when its execution id and its length equal the stored ones; with
/// the prefix rule that means equal content. Anything else (another process appended, the
/// instance was recreated, ContinueAsNew truncated it) misses and is read from the database.</item>
/// </list>
/// Bounded, least recently used first out, so idle instances don't keep memory.
/// </summary>
internal sealed class HistoryCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>The cached history when it is exactly <paramref name="storedCount"/> events of
    /// <paramref name="executionId"/>; otherwise null.</summary>
    public HistoryEvent[]? TryGet(string instanceId, string executionId, int storedCount)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(instanceId, out var node))
            {
                return null;
            }

            var entry = node.Value;
            if (entry.ExecutionId != executionId || entry.Events.Length != storedCount)
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return entry.Events;
        }
    }

    /// <summary>Remembers a committed history. Never pass events that are not committed yet.</summary>
    public void Put(string instanceId, string executionId, HistoryEvent[] events)
    {
        if (capacity == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(instanceId, out var node))
            {
                // Commits may be reported out of order; a longer history of the same execution wins.
                if (node.Value.ExecutionId == executionId && node.Value.Events.Length > events.Length)
                {
                    return;
                }

                node.Value = new Entry(instanceId, executionId, events);
                _recency.Remove(node);
                _recency.AddFirst(node);
                return;
            }

            _entries[instanceId] = _recency.AddFirst(new Entry(instanceId, executionId, events));
            if (_entries.Count > capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.InstanceId);
            }
        }
    }

    /// <summary>Forgets an instance that finished or started a new execution.</summary>
    public void Remove(string instanceId)
    {
        lock (_lock)
        {
            if (_entries.Remove(instanceId, out var node))
            {
                _recency.Remove(node);
            }
        }
    }

    private sealed record Entry(string InstanceId, string ExecutionId, HistoryEvent[] Events);
}
