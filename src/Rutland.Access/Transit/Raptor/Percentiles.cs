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
        return sorted[NearestRankIndex(sorted.Length, percent)];
    }

    /// <summary>Where the nearest-rank percentile sits (0-based) in <paramref name="count"/> sorted values: several percentiles of one set sort it once.</summary>
    public static int NearestRankIndex(int count, double percent)
    {
        if (count == 0) throw new ArgumentException("No values to take a percentile of.", nameof(count));
        if (percent is <= 0 or > 100 || double.IsNaN(percent))
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "Percentile must be in (0, 100].");
        return Math.Max(1, (int)Math.Ceiling(percent * count / 100)) - 1;
    }
}
