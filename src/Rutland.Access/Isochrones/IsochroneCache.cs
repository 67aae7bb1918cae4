namespace Rutland.Access.Isochrones;

/// <summary>
/// A bounded least-recently-used cache of isochrone sets by request key, safe for concurrent requests, computing each
/// key once: the first request for a key places a <see cref="Lazy{T}"/> in the cache under the lock and computes
/// outside it, and identical requests arriving meanwhile wait for that one computation instead of repeating it. A
/// computation that fails leaves the cache (the requests waiting on it share the failure; the next one computes
/// afresh), so one bad moment never poisons a key. One lock guards a dictionary and a recency list; both operations
/// are O(1), far cheaper than the isochrone itself.
/// </summary>
public sealed class IsochroneCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, Lazy<IsochroneSet> Value)>> _index = new();
    private readonly LinkedList<(string Key, Lazy<IsochroneSet> Value)> _recency = new();
    private readonly Lock _lock = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be positive");

    public int Count
    {
        get { lock (_lock) return _index.Count; }
    }

    /// <summary>The set cached under <paramref name="key"/>, or the one <paramref name="compute"/> makes, once, for all callers.</summary>
    public IsochroneSet GetOrAdd(string key, Func<IsochroneSet> compute)
    {
        Lazy<IsochroneSet> entry;
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                entry = node.Value.Value;
            }
            else
            {
                if (_index.Count == Capacity)
                {
                    _index.Remove(_recency.Last!.Value.Key);
                    _recency.RemoveLast();
                }
                entry = new Lazy<IsochroneSet>(compute, LazyThreadSafetyMode.ExecutionAndPublication);
                _index[key] = _recency.AddFirst((key, entry));
            }
        }
        try
        {
            return entry.Value;
        }
        catch
        {
            lock (_lock)
            {
                if (_index.TryGetValue(key, out var node) && ReferenceEquals(node.Value.Value, entry))
                {
                    _index.Remove(key);
                    _recency.Remove(node);
                }
            }
            throw;
        }
    }
}
