using System.Collections.Concurrent;

namespace Rutland.Access.Analysis;

/// <summary>
/// A bounded cache that computes each key once for all its callers: at most <see cref="Capacity"/> entries, the oldest
/// dropped first but never the one just asked for. A failed computation is forgotten, so one bad moment never poisons a
/// key (a <see cref="Lazy{T}"/> alone would keep rethrowing it).
/// </summary>
public sealed class OldestFirstCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _entries = new();
    private readonly ConcurrentQueue<TKey> _order = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be positive");

    public TValue GetOrAdd(TKey key, Func<TValue> compute)
    {
        var entry = _entries.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            return new Lazy<TValue>(compute);
        });
        while (_entries.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            if (EqualityComparer<TKey>.Default.Equals(oldest, key)) _order.Enqueue(oldest);
            else _entries.TryRemove(oldest, out _);
        }
        try
        {
            return entry.Value;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<TKey, Lazy<TValue>>(key, entry));
            throw;
        }
    }

    /// <summary>Drops <paramref name="key"/> if it still holds <paramref name="value"/> (a value that later turned out failed).</summary>
    public void Forget(TKey key, TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.IsValueCreated && EqualityComparer<TValue>.Default.Equals(entry.Value, value))
            _entries.TryRemove(new KeyValuePair<TKey, Lazy<TValue>>(key, entry));
    }
}
