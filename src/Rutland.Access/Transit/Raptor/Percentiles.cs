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
        int index = NearestRankIndex(values.Length, percent);
        return Select(values.ToArray(), index);
    }

    /// <summary>
    /// The <paramref name="index"/>-th smallest value (0-based), as sorting would put it there, in linear expected time:
    /// <paramref name="values"/> is reordered, not sorted. Three-way partitions keep runs of equal times (many an
    /// unreachable sample) from slowing it; a range that stops shrinking fast enough is sorted instead.
    /// </summary>
    public static int Select(Span<int> values, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, values.Length);
        int lo = 0, hi = values.Length - 1, budget = 2 * (32 - int.LeadingZeroCount(values.Length)) + 8;
        while (hi - lo >= 16 && budget-- > 0)
        {
            int pivot = MedianOfThree(values[lo], values[lo + (hi - lo) / 2], values[hi]);
            // [lo, below) < pivot, [below, i) == pivot, (above, hi] > pivot
            int below = lo, i = lo, above = hi;
            while (i <= above)
            {
                int v = values[i];
                if (v < pivot)
                {
                    values[i++] = values[below];
                    values[below++] = v;
                }
                else if (v > pivot)
                {
                    values[i] = values[above];
                    values[above--] = v;
                }
                else i++;
            }
            if (index < below) hi = below - 1;
            else if (index > above) lo = above + 1;
            else return pivot;
        }
        values[lo..(hi + 1)].Sort();
        return values[index];
    }

    private static int MedianOfThree(int a, int b, int c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));

    /// <summary>Where the nearest-rank percentile sits (0-based) in <paramref name="count"/> sorted values: several percentiles of one set sort it once.</summary>
    public static int NearestRankIndex(int count, double percent)
    {
        if (count == 0) throw new ArgumentException("No values to take a percentile of.", nameof(count));
        if (percent is <= 0 or > 100 || double.IsNaN(percent))
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "Percentile must be in (0, 100].");
        return Math.Max(1, (int)Math.Ceiling(percent * count / 100)) - 1;
    }
}
