namespace Rutland.Access.Roads;

/// <summary>
/// Finds where roads leave the extract. An extract either keeps a crossing way with its outside nodes missing
/// (then the last node present is an exit) or clips the way at the boundary (then the cut end is a dead end).
/// A clipped dead end is told apart from a real cul-de-sac by either test: it is on a classified road
/// (tertiary or above — A and B roads do not end in fields), or it lies within <see cref="EdgeBandMeters"/>
/// of the network's outer boundary (its convex hull).
/// </summary>
public static class NetworkExits
{
    /// <summary>
    /// How close to the hull a dead end of a minor road must be to count as cut by the extract. The hull touches the
    /// extract's outermost road nodes, and a clipped lane ends at the extract polygon, which bulges less than a field's
    /// width (~250 m) inside the hull along Rutland's boundary; a wider band starts taking farm-track and village
    /// cul-de-sac ends near the county edge for exits. The same band is the slack <see cref="OffNetworkLeg"/> allows a
    /// straight leg inside the hull.
    /// </summary>
    public const double EdgeBandMeters = 250;

    public static int[] Find(RoadGraph graph, IEnumerable<int> cutNodes)
    {
        var exits = new HashSet<int>(cutNodes);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            if (!IsDeadEnd(graph, v, out RoadClass best)) continue;
            if (best <= RoadClass.Tertiary || graph.Boundary.DistanceToEdgeMeters(graph.Location(v)) <= EdgeBandMeters)
                exits.Add(v);
        }
        return exits.Order().ToArray();
    }

    /// <summary>A node with exactly one distinct neighbour; <paramref name="best"/> is the highest class touching it.</summary>
    private static bool IsDeadEnd(RoadGraph g, int v, out RoadClass best)
    {
        int neighbour = -1;
        best = RoadClass.Other;
        for (int e = g.FirstOut[v]; e < g.FirstOut[v + 1]; e++)
        {
            if (neighbour >= 0 && g.EdgeTarget[e] != neighbour) return false;
            neighbour = g.EdgeTarget[e];
            if (g.EdgeClass[e] < best) best = g.EdgeClass[e];
        }
        for (int k = g.FirstIn[v]; k < g.FirstIn[v + 1]; k++)
        {
            int e = g.InEdges[k];
            if (neighbour >= 0 && g.EdgeSource[e] != neighbour) return false;
            neighbour = g.EdgeSource[e];
            if (g.EdgeClass[e] < best) best = g.EdgeClass[e];
        }
        return neighbour >= 0;
    }
}
