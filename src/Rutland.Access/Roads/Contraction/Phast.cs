namespace Rutland.Access.Roads.Contraction;

/// <summary>
/// One-to-all (or all-to-one) times on a <see cref="ContractionHierarchy"/> by PHAST (Delling et al. 2011): an
/// upward search from the sources, then one sweep over all positions from the highest rank down, relaxing each
/// position's arcs from higher ranks. The sweep reads the arrays in order, with no priority queue: the same answer
/// as Dijkstra in a fraction of its time on a large graph.
/// </summary>
public static class Phast
{
    /// <summary>
    /// Times by graph node: forward, from the sources to every node; reverse, from every node to the sources
    /// (as <see cref="Dijkstra.Run"/> with the same direction). +∞ where unreachable.
    /// </summary>
    public static float[] Run(ContractionHierarchy ch, IReadOnlyList<SearchSource> sources, SearchDirection direction)
    {
        int n = ch.NodeCount;
        var byPosition = new float[n];
        Array.Fill(byPosition, float.PositiveInfinity);
        using (var upward = new UpwardSearch(ch, direction))
        {
            upward.Run(sources);
            foreach (var (p, seconds) in upward.Settled) byPosition[p] = seconds;
        }
        // Forward: a position is reached from higher ones along their arcs into it (Down*); reverse: it reaches
        // higher ones along its arcs out of it (Up*). Either way every higher position is final before it is read.
        bool forward = direction == SearchDirection.Forward;
        int[] first = forward ? ch.DownFirst : ch.UpFirst;
        int[] other = forward ? ch.DownTail : ch.UpHead;
        float[] weight = forward ? ch.DownSeconds : ch.UpSeconds;
        for (int p = 0; p < n; p++)
        {
            float best = byPosition[p];
            for (int a = first[p]; a < first[p + 1]; a++)
            {
                float via = byPosition[other[a]] + weight[a];
                if (via < best) best = via;
            }
            byPosition[p] = best;
        }
        var byNode = new float[n];
        for (int p = 0; p < n; p++) byNode[ch.NodeAt[p]] = byPosition[p];
        return byNode;
    }
}
