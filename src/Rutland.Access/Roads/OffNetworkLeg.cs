using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>
/// Estimates the part of a trip beyond the extract: from an exit node (where a road leaves the extract) to the
/// destination, straight-line distance × the network's measured detour factor, at the modelled speed of the
/// fastest road leaving through that exit. Exits whose straight leg would cross the network's own area are not
/// used for that destination. A reverse search seeded at every exit with its estimated leg then
/// picks, per origin, the best exit — so a bigger extract routes the same trip fully on the network.
/// </summary>
public sealed class OffNetworkLeg(RoadGraph graph, double detourFactor)
{
    public double DetourFactor { get; } = detourFactor;

    public IReadOnlyList<SearchSource> SourcesToward(LatLon destination)
    {
        var sources = new List<SearchSource>(graph.ExitNodes.Length);
        foreach (int exit in graph.ExitNodes)
        {
            // A straight leg that crosses the network's own area (beyond the exit's own way out to the edge) would
            // stand in for roads we have: not an exit for this trip.
            var at = graph.Location(exit);
            if (graph.Boundary.LengthInsideMeters(at, destination) > graph.Boundary.DistanceToEdgeMeters(at) + NetworkExits.EdgeBandMeters)
                continue;
            double meters = GreatCircle.DistanceMeters(graph.Location(exit), destination) * DetourFactor;
            double speed = ExitSpeedMetersPerSecond(exit);
            if (speed > 0) sources.Add(new SearchSource(exit, (float)(meters / speed), (float)meters));
        }
        return sources;
    }

    private double ExitSpeedMetersPerSecond(int node)
    {
        double best = 0;
        for (int k = graph.FirstIn[node]; k < graph.FirstIn[node + 1]; k++)
        {
            int e = graph.InEdges[k];
            best = Math.Max(best, graph.EdgeMeters[e] / Math.Max(graph.EdgeSeconds[e], 1e-3f));
        }
        for (int e = graph.FirstOut[node]; e < graph.FirstOut[node + 1]; e++)
            best = Math.Max(best, graph.EdgeMeters[e] / Math.Max(graph.EdgeSeconds[e], 1e-3f));
        return best;
    }
}
