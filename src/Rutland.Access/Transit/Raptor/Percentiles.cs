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
        if (values.IsEmpty) throw new ArgumentException("No values to take a percentile of.", nameof(values));
        if (percent is <= 0 or > 100 || double.IsNaN(percent))
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "Percentile must be in (0, 100].");
        var sorted = values.ToArray();
        Array.Sort(sorted);
        int rank = Math.Max(1, (int)Math.Ceiling(percent * sorted.Length / 100));
        return sorted[rank - 1];
    }
}
