namespace Rutland.Access.Transit.Raptor;

/// <summary>Nearest-rank percentiles over travel times where <see cref="RaptorResult.Unreachable"/> sorts as infinity.</summary>
public static class Percentiles
{
    /// <summary>
    /// The value at rank ⌈percent/100 · n⌉ (at least 1) of the sorted values; no interpolation, so the answer is
    /// always an observed travel time — or unreachable when more than (100 − percent)% of departures are.
    /// </summary>
    public static int NearestRank(ReadOnlySpan<int> values, double percent)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return NearestRankOfSorted(sorted, percent);
    }

    /// <summary><see cref="NearestRank"/> of values already sorted ascending: several percentiles of one set sort it once.</summary>
    public static int NearestRankOfSorted(ReadOnlySpan<int> sorted, double percent)
    {
        if (sorted.IsEmpty) throw new ArgumentException("No values to take a percentile of.", nameof(sorted));
        if (percent is <= 0 or > 100 || double.IsNaN(percent))
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "Percentile must be in (0, 100].");
        int rank = Math.Max(1, (int)Math.Ceiling(percent * sorted.Length / 100));
        return sorted[rank - 1];
    }
}
