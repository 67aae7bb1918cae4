namespace Rutland.Access.Equity;

/// <summary>
/// Population-weighted access figures for any area made of (shares of) LSOAs. Every resident of an LSOA is given the
/// LSOA's time — the standard assumption of centroid-based accessibility (DfT JTS does the same at LSOA level).
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
        return new AreaAccessFigures(
            areaCode,
            population,
            members.Sum(m => m.Share * m.Population.Aged65Plus),
            members.Sum(m => m.Share * m.Population.Aged75Plus),
            destinations.ToDictionary(d => d, d => Weighted(members, m => m.Access.DriveMinutes.GetValueOrDefault(d))),
            destinations.ToDictionary(d => d, d => Weighted(members, m => m.Access.PublicTransport.TryGetValue(d, out var pt) ? pt.P50Minutes : null)),
            Weighted(members, m => m.Access.NearestDriveMinutes),
            Weighted(members, m => m.Access.NearestPtMinutes),
            Beyond(members, thresholds, m => m.Access.NearestDriveMinutes),
            Beyond(members, thresholds, m => m.Access.NearestPtMinutes),
            population > 0 ? noPt / population : 0);
    }

    private static PopulationWeightedMinutes Weighted(IReadOnlyCollection<WeightedLsoa> members, Func<WeightedLsoa, double?> minutes)
    {
        double with = 0, without = 0, sum = 0;
        foreach (var m in members)
        {
            double residents = m.Share * m.Population.Total;
            if (minutes(m) is { } t) { with += residents; sum += residents * t; }
            else without += residents;
        }
        return new PopulationWeightedMinutes(with > 0 ? sum / with : null, with, without);
    }

    private static IReadOnlyList<ResidentsBeyond> Beyond(IReadOnlyCollection<WeightedLsoa> members, EquityThresholds thresholds, Func<WeightedLsoa, double?> minutes) =>
        thresholds.BandsMinutes.Select(band =>
        {
            var beyond = members.Where(m => minutes(m) is not { } t || t > band).ToList();
            return new ResidentsBeyond(band,
                beyond.Sum(m => m.Share * m.Population.Total),
                beyond.Sum(m => m.Share * m.Population.Aged65Plus),
                beyond.Sum(m => m.Share * m.Population.Aged75Plus));
        }).ToList();
}
