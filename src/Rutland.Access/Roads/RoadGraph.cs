using Rutland.Access.Geo;

namespace Rutland.Access.Roads;

/// <summary>
/// An immutable directed road graph for one travel profile in compressed sparse row form: every OSM node on a
/// usable way is a vertex, every consecutive node pair an edge per permitted direction. Outgoing edges are
/// grouped by source (<see cref="FirstOut"/>); <see cref="InEdges"/> lists the same edges grouped by target,
/// so reverse searches need no second copy of the edge data. Shared by all requests without locks.
/// </summary>
public sealed class RoadGraph
{
    public required string ProfileName { get; init; }
    public required long[] OsmNodeIds { get; init; }
    public required double[] Lat { get; init; }
    public required double[] Lon { get; init; }

    /// <summary>Edges out of node n are FirstOut[n] .. FirstOut[n+1]-1.</summary>
    public required int[] FirstOut { get; init; }
    public required int[] EdgeSource { get; init; }
    public required int[] EdgeTarget { get; init; }
    public required float[] EdgeSeconds { get; init; }
    public required float[] EdgeMeters { get; init; }
    public required RoadClass[] EdgeClass { get; init; }
    public required long[] EdgeWayId { get; init; }

    /// <summary>Edges into node n are InEdges[FirstIn[n] .. FirstIn[n+1]-1] (forward edge ids).</summary>
    public required int[] FirstIn { get; init; }
    public required int[] InEdges { get; init; }

    /// <summary>True for nodes of the largest strongly connected component: the only ones points snap to.</summary>
    public required bool[] InLargestComponent { get; init; }
    public required int LargestComponentSize { get; init; }

    /// <summary>Nodes where a usable way ran on beyond the extract (its next node is missing): the network's exits.</summary>
    public int[] ExitNodes { get; internal set; } = [];

    /// <summary>The network's outer boundary, for telling where the extract ends.</summary>
    public required NetworkBoundary Boundary { get; init; }

    public int NodeCount => Lat.Length;
    public int EdgeCount => EdgeTarget.Length;

    public LatLon Location(int node) => new(Lat[node], Lon[node]);

    /// <summary>The edge from <paramref name="from"/> to <paramref name="to"/>, or -1.</summary>
    public int FindEdge(int from, int to)
    {
        for (int e = FirstOut[from]; e < FirstOut[from + 1]; e++)
            if (EdgeTarget[e] == to) return e;
        return -1;
    }

    public int FindNode(long osmNodeId)
    {
        int i = Array.BinarySearch(OsmNodeIds, osmNodeId);
        return i >= 0 ? i : -1;
    }
}
