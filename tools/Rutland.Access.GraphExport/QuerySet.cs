using Rutland.Access.Geo;
using Rutland.Access.Places;
using Rutland.Access.Roads;

namespace Rutland.Access.GraphExport;

/// <summary>
/// One one-to-many query between a destination's node (the hub) and every settlement's node. Reverse: settlements
/// to the hub (the drive-time question, one reverse search for us, pgRouting's many-to-one); forward: hub to
/// settlements (one forward search, pgRouting's one-to-many).
/// </summary>
public sealed record QuerySet(string Id, Destination Destination, SearchDirection Direction, int Hub, IReadOnlyList<(Place Place, int Node)> Others)
{
    public static IReadOnlyList<QuerySet> Build(RoadNetwork network, IReadOnlyList<Place> settlements, IReadOnlyList<Destination> destinations)
    {
        var others = settlements
            .Select(p => (Place: p, Node: SnappedNode(network, p.Location)))
            .Where(x => x.Node >= 0)
            .ToArray();
        var sets = new List<QuerySet>();
        foreach (var d in destinations)
        {
            int hub = SnappedNode(network, d.Location);
            if (hub < 0) continue; // off-network destinations are reached by an estimate, not a graph search
            sets.Add(new QuerySet($"to-{d.Id}", d, SearchDirection.Reverse, hub, others));
            sets.Add(new QuerySet($"from-{d.Id}", d, SearchDirection.Forward, hub, others));
        }
        return sets;
    }

    /// <summary>The end of the snapped edge nearer the point: a graph vertex both engines know, or -1 if off-network.</summary>
    public static int SnappedNode(RoadNetwork network, LatLon point)
    {
        if (network.Snap(point, SnapPolicy.MaxSnapMeters) is not { } snap) return -1;
        return snap.Fraction < 0.5 ? network.Graph.EdgeSource[snap.Edge] : network.Graph.EdgeTarget[snap.Edge];
    }

    /// <summary>Our node-to-node seconds for every settlement, from one search rooted at the hub; NaN if unreached.</summary>
    public float[] Solve(RoadGraph graph)
    {
        using var tree = Dijkstra.Run(graph, [new SearchSource(Hub, 0, 0)], Direction);
        var seconds = new float[Others.Count];
        for (int i = 0; i < seconds.Length; i++)
            seconds[i] = tree.IsReached(Others[i].Node) ? tree.Seconds[Others[i].Node] : float.NaN;
        return seconds;
    }
}
