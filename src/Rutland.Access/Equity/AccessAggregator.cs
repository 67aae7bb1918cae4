namespace Rutland.Access.Equity;

/// <summary>
/// Access figures for any area made of (shares of) LSOAs. Every resident of an LSOA is given the LSOA's time — the
/// standard assumption of centroid-based accessibility (DfT JTS does the same at LSOA level). The statistics themselves
/// (<see cref="AccessSummary.Summarise"/>) take any list of (residents, minutes), so finer origins need no change there.
/// </summary>
public static class AccessAggregator
{
    public static AreaAccessFigures Aggregate(string areaCode, IReadOnlyCollection<WeightedLsoa> members, EquityThresholds thresholds)
    {
        foreach (var m in members)
        {
            if (m.Access.LsoaCode != m.Population.LsoaCode)
                throw new ArgumentException($"access for {m.Access.LsoaCode} paired with population of {m.Population.LsoaCode}", nameof(members));
            if (!(m.Share >= 0 && m.Share <= 1))
                throw new ArgumentException($"share {m.Share} of {m.Access.LsoaCode} is not between 0 and 1", nameof(members));
        }
        var destinations = members.SelectMany(m => m.Access.DriveMinutes.Keys.Concat(m.Access.PublicTransport.Keys))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        double population = members.Sum(m => m.Share * m.Population.Total);
        double noPt = members.Where(m => m.Access.HasNoPtJourney).Sum(m => m.Share * m.Population.Total);

        AccessSummary Summary(Func<WeightedLsoa, double?> minutes, Func<LsoaPopulation, double> residents) =>
            AccessSummary.Summarise(members.Select(m => new ResidentMinutes(m.Share * residents(m.Population), minutes(m))),
                thresholds.BandsMinutes, thresholds.NoTimeMinutes);
        static double All(LsoaPopulation p) => p.Total;

        return new AreaAccessFigures(
            areaCode,
            population,
            members.Sum(m => m.Share * m.Population.Aged65Plus),
            members.Sum(m => m.Share * m.Population.Aged75Plus),
            destinations.ToDictionary(d => d, d => Summary(m => m.Access.DriveMinutes.GetValueOrDefault(d), All)),
            destinations.ToDictionary(d => d, d => Summary(m => m.Access.PublicTransport.TryGetValue(d, out var pt) ? pt.P50Minutes : null, All)),
            Summary(m => m.Access.NearestDriveMinutes, All),
            Summary(m => m.Access.NearestPtMinutes, All),
            Summary(m => m.Access.NearestPtMinutes, p => p.Aged65Plus),
            Summary(m => m.Access.NearestPtMinutes, p => p.Aged75Plus),
            noPt,
            population > 0 ? noPt / population : null);
    }
}
