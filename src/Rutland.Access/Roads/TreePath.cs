using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>Follows a search tree's predecessor edges from a node back to the source that labelled it.</summary>
public static class TreePath
{
    /// <summary>
    /// The nodes from <paramref name="node"/> to its source. For a reverse tree that is the order of travel
    /// (origin side first); for a forward tree it is reversed travel order.
    /// </summary>
    public static List<int> NodesToSource(RoadGraph graph, ShortestPathTree tree, int node)
    {
        var nodes = new List<int> { node };
        bool reverse = tree.Direction == SearchDirection.Reverse;
        for (int e = tree.PredecessorEdge[node]; e >= 0; e = tree.PredecessorEdge[node])
        {
            node = reverse ? graph.EdgeTarget[e] : graph.EdgeSource[e];
            nodes.Add(node);
            if (nodes.Count > graph.NodeCount) throw new InvalidOperationException("predecessor cycle in a search tree");
        }
        return nodes;
    }

    public static List<LatLon> Locations(RoadGraph graph, IEnumerable<int> nodes) => nodes.Select(graph.Location).ToList();
}
