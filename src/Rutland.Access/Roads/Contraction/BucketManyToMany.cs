namespace Rutland.Access.Roads.Contraction;

/// <summary>
/// A many-to-many time table on a <see cref="ContractionHierarchy"/> by bucket search (Knopp et al. 2007, as OSRM's
/// table service on CH): a reverse upward search from each target leaves (target, time) in a bucket at every
/// position it settles; a forward upward search from each source then meets them there. Cost grows with sources +
/// targets, not with their product × the graph. Sources run in parallel.
/// </summary>
public static class BucketManyToMany
{
    /// <summary>Seconds[source][target] between graph nodes; +∞ where unreachable.</summary>
    public static float[][] Compute(ContractionHierarchy ch, IReadOnlyList<int> sources, IReadOnlyList<int> targets)
    {
        // Buckets as compressed rows by position: count, then fill.
        var reached = new List<(int Position, float Seconds)>[targets.Count];
        Parallel.For(0, targets.Count, () => new UpwardSearch(ch, SearchDirection.Reverse), (t, _, search) =>
        {
            search.Run([new SearchSource(targets[t], 0, 0)]);
            reached[t] = [.. search.Settled];
            return search;
        }, search => search.Dispose());
        var first = new int[ch.NodeCount + 1];
        foreach (var list in reached) foreach (var (p, _) in list) first[p + 1]++;
        for (int p = 0; p < ch.NodeCount; p++) first[p + 1] += first[p];
        var next = first[..^1].ToArray();
        var bucketTarget = new int[first[^1]];
        var bucketSeconds = new float[first[^1]];
        for (int t = 0; t < targets.Count; t++)
            foreach (var (p, seconds) in reached[t]) { bucketTarget[next[p]] = t; bucketSeconds[next[p]++] = seconds; }

        var table = new float[sources.Count][];
        Parallel.For(0, sources.Count, () => new UpwardSearch(ch, SearchDirection.Forward), (s, _, search) =>
        {
            var row = new float[targets.Count];
            Array.Fill(row, float.PositiveInfinity);
            search.Run([new SearchSource(sources[s], 0, 0)]);
            foreach (var (p, seconds) in search.Settled)
                for (int b = first[p]; b < first[p + 1]; b++)
                {
                    float total = seconds + bucketSeconds[b];
                    if (total < row[bucketTarget[b]]) row[bucketTarget[b]] = total;
                }
            table[s] = row;
            return search;
        }, search => search.Dispose());
        return table;
    }
}
