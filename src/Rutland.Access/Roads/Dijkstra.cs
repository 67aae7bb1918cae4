namespace Rutland.Access.Roads;

/// <summary>
/// One-to-all (or several-sources-to-all) Dijkstra on a <see cref="RoadGraph"/> with a binary heap and lazy
/// deletion. Reverse searches walk <see cref="RoadGraph.InEdges"/>, so one search from a destination gives
/// every origin's time to it. Stateless; safe to run concurrently. A cancelled search throws
/// <see cref="OperationCanceledException"/> within <see cref="NodesPerCancellationCheck"/> settled nodes.
/// </summary>
public static class Dijkstra
{
    /// <summary>Settled nodes between looks at the token: a power of two, a few hundred microseconds of search.</summary>
    public const int NodesPerCancellationCheck = 4096;

    public static ShortestPathTree Run(RoadGraph graph, IReadOnlyList<SearchSource> sources, SearchDirection direction,
        float maxSeconds = float.PositiveInfinity, CancellationToken cancellationToken = default)
    {
        var tree = new ShortestPathTree(graph.NodeCount, direction);
        var seconds = tree.Seconds;
        var meters = tree.Meters;
        var pred = tree.PredecessorEdge;
        var root = tree.Root;
        var heap = new PriorityQueue<int, float>();
        for (int i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            if (s.Seconds < seconds[s.Node])
            {
                seconds[s.Node] = s.Seconds;
                meters[s.Node] = s.Meters;
                root[s.Node] = i;
                heap.Enqueue(s.Node, s.Seconds);
            }
        }

        bool forward = direction == SearchDirection.Forward;
        int[] first = forward ? graph.FirstOut : graph.FirstIn;
        int settled = 0;
        while (heap.TryDequeue(out int u, out float du))
        {
            if (du > seconds[u]) continue; // stale entry
            if (du > maxSeconds) break;
            if ((++settled & (NodesPerCancellationCheck - 1)) == 0 && cancellationToken.IsCancellationRequested)
            {
                tree.Dispose(); // give the pooled arrays back: nobody will read an abandoned tree
                cancellationToken.ThrowIfCancellationRequested();
            }
            for (int k = first[u]; k < first[u + 1]; k++)
            {
                int e = forward ? k : graph.InEdges[k];
                int v = forward ? graph.EdgeTarget[e] : graph.EdgeSource[e];
                float dv = du + graph.EdgeSeconds[e];
                if (dv < seconds[v])
                {
                    seconds[v] = dv;
                    meters[v] = meters[u] + graph.EdgeMeters[e];
                    pred[v] = e;
                    root[v] = root[u];
                    heap.Enqueue(v, dv);
                }
            }
        }
        return tree;
    }
}
