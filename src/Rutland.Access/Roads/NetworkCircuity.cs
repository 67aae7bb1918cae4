using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>
/// Measures the network's own detour factor (route distance ÷ straight-line distance) between sample points,
/// used to estimate legs that leave the extract. Measuring it on the same roads, rather than borrowing a
/// national average, keeps the estimate true to the local network and needs no tuning.
/// </summary>
public static class NetworkCircuity
{
    /// <summary>Pairs closer than this are left out: short trips are dominated by access geometry, not circuity.</summary>
    public const double MinStraightMeters = 5_000;
    /// <summary>How many sample points act as search roots; each is one forward search.</summary>
    public const int MaxRoots = 8;

    public sealed record Measurement(double MedianFactor, int Pairs, double P25Factor, double P75Factor);

    public static Measurement Measure(RoadNetwork network, IReadOnlyList<LatLon> points, double maxSnapMeters)
    {
        var snaps = points.Select(p => (Point: p, Snap: network.Snap(p, maxSnapMeters))).Where(x => x.Snap is not null).ToArray();
        var ratios = new List<double>();
        int step = Math.Max(1, snaps.Length / MaxRoots);
        for (int r = 0; r < snaps.Length; r += step)
        {
            var root = snaps[r];
            using var tree = Dijkstra.Run(network.Graph, network.SourcesAt(root.Snap!.Value, SearchDirection.Forward), SearchDirection.Forward);
            foreach (var other in snaps)
            {
                double straight = GreatCircle.DistanceMeters(root.Point, other.Point);
                if (straight < MinStraightMeters) continue;
                if (network.ReadOff(tree, other.Snap!.Value) is { } route) ratios.Add(route.Meters / straight);
            }
        }
        if (ratios.Count == 0)
            throw new InvalidOperationException("Cannot measure the network's detour factor: no sample pairs at least 5 km apart are connected.");
        ratios.Sort();
        return new Measurement(Quantile(ratios, 0.5), ratios.Count, Quantile(ratios, 0.25), Quantile(ratios, 0.75));
    }

    private static double Quantile(List<double> sorted, double q) => sorted[(int)Math.Round(q * (sorted.Count - 1))];
}
