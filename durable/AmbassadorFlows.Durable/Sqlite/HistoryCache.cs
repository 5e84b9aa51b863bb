using DurableTask.Core.History;

namespace AmbassadorFlows.Durable.Sqlite;

/// <summary>
/// Parsed histories of recently run instances, so a turn need not read and parse its whole history
/// again. The database stays the source of truth: only committed histories go in (after the COMMIT
/// that wrote them), and an entry is used only when its execution id and length equal the ones stored
/// in the instance row at claim time; a history only grows within an execution, so equal length means
/// equal content. Anything else (another process wrote, ContinueAsNew, purge) misses and is read from
/// the database. Bounded, least recently used out first, so idle instances hold no memory.
/// </summary>
internal sealed class HistoryCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();

    public HistoryEvent[]? TryGet(string instanceId, string executionId, int storedLength)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(instanceId, out var node))
            {
                return null;
            }

            if (!string.Equals(node.Value.ExecutionId, executionId, StringComparison.Ordinal) || node.Value.Events.Length != storedLength)
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Events;
        }
    }

    /// <summary>Remembers a committed history; never pass events that are not committed yet.</summary>
    public void Put(string instanceId, string executionId, HistoryEvent[] events)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(instanceId, out var node))
            {
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

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }

    private sealed record Entry(string InstanceId, string ExecutionId, HistoryEvent[] Events);
}
