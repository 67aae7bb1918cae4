using Rutland.Access.Geo;
using Rutland.Access.Roads;

namespace Rutland.Access.Isochrones;

/// <summary>
/// A road graph's node positions in British National Grid metres, projected once (ProjNET costs microseconds a
/// point, too much to repeat for every node of every isochrone). Immutable; shared by all requests.
/// </summary>
public sealed class ProjectedNodes
{
    public double[] Easting { get; }
    public double[] Northing { get; }

    public ProjectedNodes(RoadGraph graph)
    {
        Easting = new double[graph.NodeCount];
        Northing = new double[graph.NodeCount];
        for (int v = 0; v < graph.NodeCount; v++)
            (Easting[v], Northing[v]) = BritishNationalGrid.ToBng(graph.Location(v));
    }

    /// <summary>Every edge between nodes of the graph's largest component, as a zero-time segment: where the network is.</summary>
    public IReadOnlyList<TimedSegment> NetworkSegments(RoadGraph graph)
    {
        var segments = new List<TimedSegment>(graph.EdgeCount);
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            int a = graph.EdgeSource[e], b = graph.EdgeTarget[e];
            if (!graph.InLargestComponent[a] || !graph.InLargestComponent[b]) continue;
            segments.Add(new TimedSegment(Easting[a], Northing[a], Easting[b] - Easting[a], Northing[b] - Northing[a], 0, 0));
        }
        return segments;
    }
}
