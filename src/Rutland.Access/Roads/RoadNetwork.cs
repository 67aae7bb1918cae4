using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>
/// A <see cref="RoadGraph"/> with its snapping index: turns points into search sources and reads a point's time
/// off a search. The straight connector from a point to its snapped position is travelled at
/// <see cref="ConnectorSpeedKmh"/> (the profile's <see cref="ITravelProfile.ConnectorSpeedKmh"/>).
/// </summary>
public sealed class RoadNetwork
{
    public RoadGraph Graph { get; }
    public EdgeSnapper Snapper { get; }
    public double ConnectorSpeedKmh { get; }

    public RoadNetwork(RoadGraph graph, double connectorSpeedKmh)
    {
        Graph = graph;
        Snapper = new EdgeSnapper(graph);
        ConnectorSpeedKmh = connectorSpeedKmh;
    }

    /// <summary>The network a profile may use, its connector travelled at the profile's <see cref="ITravelProfile.ConnectorSpeedKmh"/>.</summary>
    public static RoadNetwork Build(RoadGraph graph, ITravelProfile profile) => new(graph, profile.ConnectorSpeedKmh);

    /// <summary>Reads the extract for this one network alone (tools and tests; start-up shares one pass, see <see cref="RoadGraphBuilder"/>).</summary>
    public static RoadNetwork Build(string pbfPath, ITravelProfile profile) => Build(RoadGraphBuilder.Build(pbfPath, profile), profile);

    public static RoadNetwork Car(string pbfPath) => Build(pbfPath, CarProfile.Instance);

    public static RoadNetwork Walk(string pbfPath) => Build(pbfPath, WalkProfile.Instance);

    public SnapResult? Snap(LatLon point, double maxMeters) => Snapper.Snap(point, maxMeters);

    public float ConnectorSeconds(SnapResult snap) => (float)(snap.DistanceMeters / (ConnectorSpeedKmh / 3.6));

    /// <summary>
    /// Sources that start a search at a snapped point. Forward: the point can drive on to the end of its edge (and
    /// back to the start along the twin). Reverse: the nodes from which the point is reached along its edge.
    /// </summary>
    public IReadOnlyList<SearchSource> SourcesAt(SnapResult snap, SearchDirection direction)
    {
        var sources = new List<SearchSource>(2);
        float connector = ConnectorSeconds(snap);
        float connectorMeters = (float)snap.DistanceMeters;
        foreach (var (node, part) in ReachableEnds(snap, direction == SearchDirection.Forward))
            sources.Add(new SearchSource(node, connector + part.Seconds, connectorMeters + part.Meters));
        return sources;
    }

    /// <summary>
    /// The time and distance between a snapped point and the search's sources, or null when unreachable. A point on
    /// the same segment as <paramref name="searchedFrom"/> may be reached directly along it.
    /// </summary>
    public NetworkReading? ReadOff(ShortestPathTree tree, SnapResult snap, SnapResult? searchedFrom = null)
    {
        float best = float.PositiveInfinity, bestMeters = 0;
        int bestRoot = -1, bestNode = -1;
        // A forward tree is read at the point's arrival ends (search → node → along edge → point), a reverse tree at
        // its departure ends (point → along edge → node → search).
        foreach (var (node, part) in ReachableEnds(snap, tree.Direction == SearchDirection.Reverse))
        {
            if (!tree.IsReached(node)) continue;
            float s = tree.Seconds[node] + part.Seconds;
            if (s < best) { best = s; bestMeters = tree.Meters[node] + part.Meters; bestRoot = tree.Root[node]; bestNode = node; }
        }
        if (searchedFrom is { } from && SameSegmentSeconds(from, snap, tree.Direction) is { } direct && direct.Seconds < best)
        {
            best = direct.Seconds;
            bestMeters = direct.Meters;
            bestRoot = 0;
            bestNode = -1;
        }
        if (float.IsPositiveInfinity(best)) return null;
        return new NetworkReading(best + ConnectorSeconds(snap), bestMeters + (float)snap.DistanceMeters, bestRoot, bestNode);
    }

    /// <summary>
    /// The end nodes of the snapped segment that can be travelled to (<paramref name="leaving"/>) or from, with the
    /// time and distance of the part of the segment between point and node.
    /// </summary>
    private IEnumerable<(int Node, (float Seconds, float Meters) Part)> ReachableEnds(SnapResult snap, bool leaving)
    {
        var g = Graph;
        int e = snap.Edge, twin = snap.TwinEdge;
        float t = (float)snap.Fraction;
        // Along e (source a → target b) the point sits at fraction t from a.
        if (leaving) yield return (g.EdgeTarget[e], ((1 - t) * g.EdgeSeconds[e], (1 - t) * g.EdgeMeters[e]));
        else yield return (g.EdgeSource[e], (t * g.EdgeSeconds[e], t * g.EdgeMeters[e]));
        if (twin < 0) yield break;
        // Along the twin (b → a) the point sits at fraction 1 - t from b.
        if (leaving) yield return (g.EdgeTarget[twin], (t * g.EdgeSeconds[twin], t * g.EdgeMeters[twin]));
        else yield return (g.EdgeSource[twin], ((1 - t) * g.EdgeSeconds[twin], (1 - t) * g.EdgeMeters[twin]));
    }

    private (float Seconds, float Meters)? SameSegmentSeconds(SnapResult from, SnapResult to, SearchDirection direction)
    {
        if (from.Edge != to.Edge) return null;
        // Forward tree: travel from 'from' to 'to'; reverse tree: from 'to' to 'from'.
        double start = direction == SearchDirection.Forward ? from.Fraction : to.Fraction;
        double end = direction == SearchDirection.Forward ? to.Fraction : from.Fraction;
        int edge = end >= start ? from.Edge : from.TwinEdge;
        if (edge < 0) return null;
        float share = (float)Math.Abs(end - start);
        return (share * Graph.EdgeSeconds[edge] + ConnectorSeconds(from), share * Graph.EdgeMeters[edge] + (float)from.DistanceMeters);
    }
}
