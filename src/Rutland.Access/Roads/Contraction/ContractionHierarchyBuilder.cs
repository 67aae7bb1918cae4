namespace Rutland.Access.Roads.Contraction;

/// <summary>
/// Contracts a <see cref="RoadGraph"/>'s nodes one by one, least important first, adding a shortcut u → x for
/// each path u → v → x through the contracted node v that no other path among the remaining nodes (a "witness")
/// matches. Importance is the classic lazily updated mix of edge difference (shortcuts added minus arcs removed),
/// contracted neighbours (spreads contraction evenly) and level (keeps the hierarchy shallow). The witness search is
/// bounded (<see cref="WitnessSettleLimit"/>); a witness missed only adds a superfluous shortcut, never a wrong time.
/// </summary>
public static class ContractionHierarchyBuilder
{
    /// <summary>Nodes a witness search may settle: small enough for speed, large enough that few needless shortcuts remain.</summary>
    public const int WitnessSettleLimit = 100;
    private const int EdgeDifferenceWeight = 2;
    private const int DeletedNeighbourWeight = 1;
    private const int LevelWeight = 1;

    public static ContractionHierarchy Build(RoadGraph graph)
    {
        int n = graph.NodeCount;
        var arcs = new ArcLists(n);
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            int s = graph.EdgeSource[e], t = graph.EdgeTarget[e];
            if (s != t) arcs.AddEdge(s, t, graph.EdgeSeconds[e]);
        }

        var contracted = new bool[n];
        var deleted = new int[n];
        var level = new int[n];
        var priority = new int[n];
        var witness = new WitnessSearch(n);
        // Initial priorities are independent of each other: computed on all cores, one witness search per worker.
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, n), () => new WitnessSearch(n), (range, _, search) =>
        {
            for (int v = range.Item1; v < range.Item2; v++) priority[v] = Priority(v, arcs, search, contracted, deleted, level);
            return search;
        }, _ => { });
        var queue = new PriorityQueue<int, int>(n);
        for (int v = 0; v < n; v++) queue.Enqueue(v, priority[v]);

        var order = new int[n];
        int k = 0;
        var shortcuts = new List<(int From, int To, float Seconds)>();
        var neighbours = new List<int>();
        long shortcutCount = 0;
        while (queue.TryDequeue(out int v, out int p))
        {
            if (contracted[v] || p != priority[v]) continue; // stale entry
            // Lazy update: the priority may have risen since it was queued; if so, contract something else first.
            int now = Priority(v, arcs, witness, contracted, deleted, level);
            if (queue.TryPeek(out _, out int next) && now > next)
            {
                priority[v] = now;
                queue.Enqueue(v, now);
                continue;
            }
            shortcuts.Clear();
            FindShortcuts(v, arcs, witness, contracted, shortcuts);
            foreach (var (from, to, seconds) in shortcuts) arcs.AddEdge(from, to, seconds);
            shortcutCount += shortcuts.Count;
            contracted[v] = true;
            order[k++] = v;
            arcs.Neighbours(v, neighbours);
            foreach (int w in neighbours)
            {
                arcs.Remove(w, v);
                deleted[w]++;
                level[w] = Math.Max(level[w], level[v] + 1);
            }
            foreach (int w in neighbours)
            {
                priority[w] = Priority(w, arcs, witness, contracted, deleted, level);
                queue.Enqueue(w, priority[w]);
            }
        }
        return Assemble(n, order, arcs, shortcutCount);
    }

    private static int Priority(int v, ArcLists arcs, WitnessSearch witness, bool[] contracted, int[] deleted, int[] level)
    {
        int added = FindShortcuts(v, arcs, witness, contracted, null);
        int removed = arcs.Count(v);
        return EdgeDifferenceWeight * (added - removed) + DeletedNeighbourWeight * deleted[v] + LevelWeight * level[v];
    }

    /// <summary>Every u → v → x (u ≠ x) with no witness path u ⇝ x avoiding v that is as fast: counted, and added to <paramref name="shortcuts"/> if given.</summary>
    private static int FindShortcuts(int v, ArcLists arcs, WitnessSearch witness, bool[] contracted, List<(int, int, float)>? shortcuts)
    {
        int count = 0;
        var list = arcs.Of(v);
        float maxOut = 0;
        foreach (var a in list) if (a.Out && a.Seconds > maxOut) maxOut = a.Seconds;
        foreach (var into in list)
        {
            if (into.Out) continue;
            int u = into.Other;
            witness.Run(u, v, into.Seconds + maxOut, arcs, contracted, WitnessSettleLimit);
            foreach (var outOf in list)
            {
                if (!outOf.Out || outOf.Other == u) continue;
                float via = into.Seconds + outOf.Seconds;
                if (witness.SecondsTo(outOf.Other) <= via) continue;
                count++;
                shortcuts?.Add((u, outOf.Other, via));
            }
        }
        return count;
    }

    /// <summary>Positions by reverse contraction order; each node's arcs (all to later-contracted nodes) into the two CSR arrays.</summary>
    private static ContractionHierarchy Assemble(int n, int[] order, ArcLists arcs, long shortcutCount)
    {
        var positionOf = new int[n];
        var nodeAt = new int[n];
        for (int k = 0; k < n; k++)
        {
            int position = n - 1 - k;
            positionOf[order[k]] = position;
            nodeAt[position] = order[k];
        }
        var upFirst = new int[n + 1];
        var downFirst = new int[n + 1];
        for (int p = 0; p < n; p++)
        {
            int up = 0, down = 0;
            foreach (var a in arcs.Of(nodeAt[p])) if (a.Out) up++; else down++;
            upFirst[p + 1] = upFirst[p] + up;
            downFirst[p + 1] = downFirst[p] + down;
        }
        var upHead = new int[upFirst[n]];
        var upSeconds = new float[upFirst[n]];
        var downTail = new int[downFirst[n]];
        var downSeconds = new float[downFirst[n]];
        for (int p = 0; p < n; p++)
        {
            int u = upFirst[p], d = downFirst[p];
            foreach (var a in arcs.Of(nodeAt[p]))
            {
                if (a.Out) { upHead[u] = positionOf[a.Other]; upSeconds[u++] = a.Seconds; }
                else { downTail[d] = positionOf[a.Other]; downSeconds[d++] = a.Seconds; }
            }
        }
        return new ContractionHierarchy
        {
            NodeCount = n, PositionOf = positionOf, NodeAt = nodeAt,
            UpFirst = upFirst, UpHead = upHead, UpSeconds = upSeconds,
            DownFirst = downFirst, DownTail = downTail, DownSeconds = downSeconds,
            ShortcutCount = shortcutCount,
        };
    }
}
