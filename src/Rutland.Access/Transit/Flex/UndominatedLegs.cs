namespace Rutland.Access.Transit.Flex;

/// <summary>
/// The items no other item of their group beats, found with one sort and one pass: groups in the order they first
/// appear, each group's survivors in order of the sort key (ties in input order). An item is checked against its
/// group's survivors only, which is enough because beating is transitive and an earlier item's key is no larger.
/// </summary>
internal static class UndominatedLegs
{
    private const int IndexBits = 21, KeyBits = 21;

    /// <param name="sortKey">Seconds, at least 0 and under 2^21 (24 days): packed with group and index into one sort key.</param>
    public static T[] Keep<T>(ReadOnlySpan<T> items, Func<T, int> group, Func<T, int> sortKey, Func<T, T, bool> dominates)
    {
        if (items.Length >= 1 << IndexBits) throw new ArgumentException($"at most {(1 << IndexBits) - 1} items, not {items.Length}", nameof(items));
        var order = new long[items.Length];
        var ranks = t_ranks ??= [];
        ranks.Clear();
        for (int i = 0; i < items.Length; i++)
        {
            int g = group(items[i]);
            if (!ranks.TryGetValue(g, out int rank)) ranks.Add(g, rank = ranks.Count);
            long key = sortKey(items[i]);
            if ((ulong)key >= 1UL << KeyBits) throw new ArgumentOutOfRangeException(nameof(sortKey), key, "outside [0, 2^21) seconds");
            order[i] = ((long)rank << (KeyBits + IndexBits)) | (key << IndexBits) | (long)i;
        }
        Array.Sort(order);
        var kept = Scratch<T>.Kept ??= [];
        kept.Clear();
        int front = 0;
        long group0 = -1;
        foreach (long packed in order)
        {
            long rank = packed >> (KeyBits + IndexBits);
            if (rank != group0) (group0, front) = (rank, kept.Count);
            var item = items[(int)(packed & ((1L << IndexBits) - 1))];
            bool dominated = false;
            for (int k = front; k < kept.Count && !dominated; k++) dominated = dominates(kept[k], item);
            if (!dominated) kept.Add(item);
        }
        return [.. kept];
    }

    // Working space each thread reuses: legs are sifted for every origin and every pair, and only the survivors are kept.
    [ThreadStatic] private static Dictionary<int, int>? t_ranks;

    private static class Scratch<T>
    {
        [ThreadStatic] public static List<T>? Kept;
    }
}
