namespace Rutland.Access.Transit.Planning;

/// <summary>
/// Networks per service date, built on first use and shared read-only by all requests. At most
/// <see cref="Capacity"/> dates are kept; the least recently used one is dropped (requests already holding it keep
/// using it safely, as networks are immutable).
/// </summary>
public sealed class ServiceDayNetworkCache(Func<DateOnly, ServiceDayNetwork> build)
{
    /// <summary>Eight dates: a full week of queries plus the default date, each network a few MB for a county.</summary>
    public const int Capacity = 8;

    private readonly object _gate = new();
    private readonly Dictionary<DateOnly, Lazy<ServiceDayNetwork>> _byDate = [];
    private readonly LinkedList<DateOnly> _recency = new();

    public ServiceDayNetwork For(DateOnly date)
    {
        Lazy<ServiceDayNetwork> entry;
        lock (_gate)
        {
            if (_byDate.TryGetValue(date, out var found))
            {
                entry = found;
                _recency.Remove(date);
            }
            else
            {
                entry = new Lazy<ServiceDayNetwork>(() => build(date));
                _byDate.Add(date, entry);
                if (_byDate.Count > Capacity)
                {
                    _byDate.Remove(_recency.Last!.Value);
                    _recency.RemoveLast();
                }
            }
            _recency.AddFirst(date);
        }
        // Built outside the lock so one slow date does not hold up requests for others.
        return entry.Value;
    }

    public int CachedDates
    {
        get { lock (_gate) return _byDate.Count; }
    }
}
