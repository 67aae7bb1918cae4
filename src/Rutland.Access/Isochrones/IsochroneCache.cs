namespace Rutland.Access.Isochrones;

/// <summary>
/// A bounded least-recently-used cache of isochrone sets by request key, safe for concurrent requests, computing each
/// key once: the first request for a key places a <see cref="Lazy{T}"/> in the cache under the lock and computes
/// outside it, and identical requests arriving meanwhile wait for that one computation instead of repeating it. A
/// computation that fails leaves the cache (the requests waiting on it share the failure; the next one computes
/// afresh), so one bad moment never poisons a key. One lock guards a dictionary and a recency list; both operations
/// are O(1), far cheaper than the isochrone itself. Besides <see cref="Capacity"/> sets, the cache holds at most
/// <see cref="MaxPoints"/> outline points over all its sets (memory grows with points: a set of long cutoffs on a fine
/// grid holds many times the points of a short drive); a computed set's points are counted once it is made, and the
/// least recently used sets leave until the total fits — the set just made too, if it alone is over.
/// </summary>
public sealed class IsochroneCache(int capacity, long maxPoints = long.MaxValue)
{
    private sealed class Entry(string key, Lazy<IsochroneSet> value)
    {
        public string Key { get; } = key;
        public Lazy<IsochroneSet> Value { get; } = value;
        /// <summary>Outline points once computed; 0 while computing.</summary>
        public long Points { get; set; }
    }

    private readonly Dictionary<string, LinkedListNode<Entry>> _index = new();
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();
    private long _points;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be positive");
    public long MaxPoints { get; } = maxPoints > 0 ? maxPoints : throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "must be positive");

    public int Count
    {
        get { lock (_lock) return _index.Count; }
    }

    /// <summary>Outline points held by the computed sets in the cache.</summary>
    public long Points
    {
        get { lock (_lock) return _points; }
    }

    /// <summary>The set cached under <paramref name="key"/>, or the one <paramref name="compute"/> makes, once, for all callers.</summary>
    public IsochroneSet GetOrAdd(string key, Func<IsochroneSet> compute)
    {
        Entry entry;
        bool added = false;
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                entry = node.Value;
            }
            else
            {
                if (_index.Count == Capacity) Remove(_recency.Last!);
                entry = new Entry(key, new Lazy<IsochroneSet>(compute, LazyThreadSafetyMode.ExecutionAndPublication));
                _index[key] = _recency.AddFirst(entry);
                added = true;
            }
        }
        IsochroneSet set;
        try
        {
            set = entry.Value.Value;
        }
        catch
        {
            lock (_lock)
            {
                if (_index.TryGetValue(key, out var node) && ReferenceEquals(node.Value, entry)) Remove(node);
            }
            throw;
        }
        if (added) Weigh(entry, set.Isochrones.Sum(i => (long)i.Bng.NumPoints));
        return set;
    }

    /// <summary>Counts a computed set's points, then lets the least recently used sets go until the total fits.</summary>
    private void Weigh(Entry entry, long points)
    {
        lock (_lock)
        {
            if (!_index.TryGetValue(entry.Key, out var node) || !ReferenceEquals(node.Value, entry)) return; // already evicted
            entry.Points = points;
            _points += points;
            while (_points > MaxPoints && _recency.Last is { } last)
            {
                Remove(last);
                if (ReferenceEquals(last, node)) break;
            }
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _index.Remove(node.Value.Key);
        _recency.Remove(node);
        _points -= node.Value.Points;
    }
}
