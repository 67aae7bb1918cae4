namespace Rutland.Access.Scenarios;

/// <summary>
/// Access by one mode to the nearest destination, weighted by LSOA population: residents within each cutoff, the
/// population-weighted mean and median minutes over residents who have a time, and how many have none. The same shape
/// holds a difference between two scenarios (every field the first minus the second).
/// </summary>
public sealed record ModeFigures(IReadOnlyList<CutoffPopulation> Within, double? MeanMinutes, double? MedianMinutes, long ResidentsWithoutTime)
{
    public static ModeFigures Compute(IReadOnlyList<LsoaOrigin> origins, IReadOnlyList<double?> nearestMinutes, IReadOnlyList<int> cutoffs)
    {
        var within = cutoffs.Select(c =>
        {
            var inside = origins.Where((_, i) => nearestMinutes[i] is { } m && m <= c).ToArray();
            return new CutoffPopulation(c, inside.Sum(o => (long)o.Population.Total), inside.Sum(o => (long)o.Population.Aged65Plus),
                inside.Where(o => o.MostDeprived).Sum(o => (long)o.Population.Total));
        }).ToArray();

        var timed = origins.Select((o, i) => (Minutes: nearestMinutes[i], People: (long)o.Population.Total))
            .Where(x => x.Minutes is not null && x.People > 0).Select(x => (Minutes: x.Minutes!.Value, x.People))
            .OrderBy(x => x.Minutes).ToArray();
        long withTime = timed.Sum(x => x.People);
        long without = origins.Sum(o => (long)o.Population.Total) - withTime;
        if (withTime == 0) return new ModeFigures(within, null, null, without);

        double mean = timed.Sum(x => x.Minutes * x.People) / withTime;
        // Weighted median: the time of the resident at the middle, i.e. the first LSOA whose cumulative population reaches half.
        long cumulative = 0;
        double median = timed.First(x => (cumulative += x.People) * 2 >= withTime).Minutes;
        return new ModeFigures(within, mean, median, without);
    }

    public ModeFigures Minus(ModeFigures other) => new(
        Within.Zip(other.Within, (a, b) => a.Minus(b)).ToArray(),
        MeanMinutes - other.MeanMinutes,
        MedianMinutes - other.MedianMinutes,
        ResidentsWithoutTime - other.ResidentsWithoutTime);
}
