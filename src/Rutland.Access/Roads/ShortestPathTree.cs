using System.Buffers;

namespace Rutland.Access.Roads;

/// <summary>
/// The result of one <see cref="Dijkstra"/> search: per node the time, the distance along the fastest path, the
/// edge it was reached by and which source it grew from. Arrays are rented from a pool; dispose to return them.
/// </summary>
public sealed class ShortestPathTree : IDisposable
{
    public const float Unreached = float.PositiveInfinity;

    private float[] _seconds, _meters;
    private int[] _predEdge, _root;

    public SearchDirection Direction { get; }
    public int NodeCount { get; }

    internal ShortestPathTree(int nodeCount, SearchDirection direction)
    {
        NodeCount = nodeCount;
        Direction = direction;
        _seconds = ArrayPool<float>.Shared.Rent(nodeCount);
        _meters = ArrayPool<float>.Shared.Rent(nodeCount);
        _predEdge = ArrayPool<int>.Shared.Rent(nodeCount);
        _root = ArrayPool<int>.Shared.Rent(nodeCount);
        Array.Fill(_seconds, Unreached, 0, nodeCount);
        Array.Fill(_predEdge, -1, 0, nodeCount);
        Array.Fill(_root, -1, 0, nodeCount);
    }

    public Span<float> Seconds => _seconds.AsSpan(0, NodeCount);
    public Span<float> Meters => _meters.AsSpan(0, NodeCount);
    /// <summary>The edge by which the node was labelled (forward: the edge into it; reverse: the edge out of it), -1 at sources.</summary>
    public Span<int> PredecessorEdge => _predEdge.AsSpan(0, NodeCount);
    /// <summary>Index into the search's sources of the source this node's label grew from.</summary>
    public Span<int> Root => _root.AsSpan(0, NodeCount);

    public bool IsReached(int node) => _seconds[node] < Unreached;

    public void Dispose()
    {
        if (_seconds.Length == 0) return;
        ArrayPool<float>.Shared.Return(_seconds);
        ArrayPool<float>.Shared.Return(_meters);
        ArrayPool<int>.Shared.Return(_predEdge);
        ArrayPool<int>.Shared.Return(_root);
        _seconds = _meters = [];
        _predEdge = _root = [];
    }
}
