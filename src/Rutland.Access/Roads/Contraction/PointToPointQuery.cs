namespace Rutland.Access.Roads.Contraction;

/// <summary>
/// Point-to-point times on a <see cref="ContractionHierarchy"/>: an upward search from each end, meeting at the
/// highest node of the fastest path. Holds its two searches' arrays, so many queries cost no allocation.
/// </summary>
public sealed class PointToPointQuery(ContractionHierarchy ch) : IDisposable
{
    private readonly UpwardSearch _forward = new(ch, SearchDirection.Forward);
    private readonly UpwardSearch _backward = new(ch, SearchDirection.Reverse);

    /// <summary>Seconds from <paramref name="from"/> to <paramref name="to"/> (graph nodes), or +∞.</summary>
    public float Seconds(int from, int to)
    {
        _forward.Run([new SearchSource(from, 0, 0)]);
        _backward.Run([new SearchSource(to, 0, 0)]);
        float best = float.PositiveInfinity;
        foreach (var (position, seconds) in _forward.Settled)
        {
            float total = seconds + _backward.SecondsAt(position);
            if (total < best) best = total;
        }
        return best;
    }

    public void Dispose()
    {
        _forward.Dispose();
        _backward.Dispose();
    }
}
