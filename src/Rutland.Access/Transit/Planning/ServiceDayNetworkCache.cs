namespace Rutland.Access.Transit.Planning;

/// <summary>
/// Networks per service date, built on first use and shared read-only by all requests. At most
/// <see cref="Capacity"/> dates are kept; the least recently used one is dropped (requests already holding it keep
/// using it safely, as networks are immutable). A build that fails is not kept: the requests waiting on it share
/// the failure, and the next request for that date builds again.
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
        try
        {
            return entry.Value;
        }
        catch
        {
            // A Lazy keeps its exception: drop the failed entry so the next request for the date builds afresh.
            lock (_gate)
            {
                if (_byDate.TryGetValue(date, out var current) && ReferenceEquals(current, entry))
                {
                    _byDate.Remove(date);
                    _recency.Remove(date);
                }
            }
            throw;
        }
    }

    public int CachedDates
    {
        get { lock (_gate) return _byDate.Count; }
    }
}
