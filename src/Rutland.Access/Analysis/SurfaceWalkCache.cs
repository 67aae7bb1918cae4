using System.Collections.Concurrent;
using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>
/// The walks from every populated cell (<see cref="PtOriginWalks"/>) by the walk they were searched for (limit and
/// speed), worked out once and shared by the equity analyses of every assumption level, window and threshold that walk
/// the same way. At most <see cref="EquityResultCache.Capacity"/> are kept, as many as the analyses themselves.
/// </summary>
public sealed class SurfaceWalkCache
{
    private readonly ConcurrentDictionary<(double MaxWalkMeters, double WalkSpeedKmh), Lazy<PtOriginWalks>> _walks = new();
    private readonly ConcurrentQueue<(double, double)> _order = new();

    public PtOriginWalks GetOrCompute(PtQuery query, Func<PtOriginWalks> compute)
    {
        var key = (query.MaxWalkMeters, query.WalkSpeedKmh);
        var entry = _walks.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            return new Lazy<PtOriginWalks>(compute);
        });
        // Oldest walk first; the one just asked for is never the one dropped.
        while (_walks.Count > EquityResultCache.Capacity && _order.TryDequeue(out var oldest))
        {
            if (oldest == key) _order.Enqueue(oldest);
            else _walks.TryRemove(oldest, out _);
        }
        return entry.Value;
    }
}
