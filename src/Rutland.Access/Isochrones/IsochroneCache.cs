namespace Rutland.Access.Isochrones;

/// <summary>
/// A bounded least-recently-used cache of isochrone sets by request key, safe for concurrent requests. One lock
/// guards a dictionary and a recency list; both operations are O(1), far cheaper than the isochrone itself, and the
/// value is computed outside the lock (two simultaneous misses for one key both compute; the answers are equal).
/// </summary>
public sealed class IsochroneCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, IsochroneSet Value)>> _index = new();
    private readonly LinkedList<(string Key, IsochroneSet Value)> _recency = new();
    private readonly Lock _lock = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be positive");

    public int Count
    {
        get { lock (_lock) return _index.Count; }
    }

    public bool TryGet(string key, out IsochroneSet value)
    {
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = null!;
        return false;
    }

    public void Add(string key, IsochroneSet value)
    {
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var existing)) _recency.Remove(existing);
            else if (_index.Count == Capacity)
            {
                _index.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }
            _index[key] = _recency.AddFirst((key, value));
        }
    }
}
