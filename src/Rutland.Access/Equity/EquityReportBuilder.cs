namespace Rutland.Access.Equity;

/// <summary>Builds an <see cref="EquityReport"/> from access per LSOA. Every LSOA must have access, population,
/// deprivation and ward shares; a gap in any is an error, never a silent omission.</summary>
public static class EquityReportBuilder
{
    public const string CountyCode = "county";

    /// <summary>The report over the loaded layers: 2011 LSOAs, IMD 2019 (the edition matching the population's
    /// geography), and wards by overlay of the 2011 LSOA boundaries with <paramref name="apportioner"/>.</summary>
    public static EquityReport Build(IReadOnlyList<LsoaAccessInput> access, EquityLayers layers, IPopulationApportioner apportioner, EquityThresholds thresholds) =>
        Build(access, layers.PopulationMid2020ByLsoa11, layers.Imd2019ByLsoa11,
            WardOverlay.Compute(layers.Lsoa11Boundaries, layers.WardBoundaries, apportioner), thresholds);

    public static EquityReport Build(
        IReadOnlyList<LsoaAccessInput> access,
        IReadOnlyList<LsoaPopulation> population,
        IReadOnlyList<LsoaDeprivation> deprivation,
        LsoaWardShares wards,
        EquityThresholds thresholds)
    {
        var people = population.ToDictionary(p => p.LsoaCode, StringComparer.Ordinal);
        RequireSame("ward shares", access.Select(a => a.LsoaCode).ToHashSet(StringComparer.Ordinal), wards.SharesByLsoa.Keys);
        RequireCovered("population", access.Select(a => a.LsoaCode).ToHashSet(StringComparer.Ordinal), people.Keys);
        var centroids = access.Select(a => new OriginUnit(new WeightedLsoa(a, people[a.LsoaCode], 1), wards.SharesByLsoa[a.LsoaCode])).ToList();
        return Build(access, centroids, population, deprivation, thresholds);
    }

    /// <summary>
    /// The report with its figures over <paramref name="origins"/> (e.g. population-surface cells, each with its share
    /// of its LSOA): county, LSOA, ward and IMD-quintile figures weight each origin by its residents. Flags and the
    /// local quintiles are per LSOA, from <paramref name="access"/>.
    /// </summary>
    public static EquityReport Build(
        IReadOnlyList<LsoaAccessInput> access,
        IReadOnlyList<OriginUnit> origins,
        IReadOnlyList<LsoaPopulation> population,
        IReadOnlyList<LsoaDeprivation> deprivation,
        EquityThresholds thresholds)
    {
        var people = population.ToDictionary(p => p.LsoaCode, StringComparer.Ordinal);
        var deprived = deprivation.ToDictionary(d => d.LsoaCode, StringComparer.Ordinal);
        var codes = access.Select(a => a.LsoaCode).ToHashSet(StringComparer.Ordinal);
        RequireSame("population", codes, people.Keys);
        RequireCovered("deprivation", codes, deprived.Keys);
        RequireSame("origins", codes, origins.Select(o => o.Member.Access.LsoaCode));

        var members = origins.Select(o => o.Member).ToList();
        var imdQuintile = LocalQuintiles.Assign(access.ToDictionary(a => a.LsoaCode, a => -(double)deprived[a.LsoaCode].Imd.Rank));
        var byQuintile = Enumerable.Range(1, LocalQuintiles.Count).Select(q =>
        {
            var inQuintile = members.Where(m => imdQuintile[m.Access.LsoaCode] == q).ToList();
            return new ImdQuintileAccess(q, inQuintile.Select(m => m.Access.LsoaCode).Distinct().Order(StringComparer.Ordinal).ToList(),
                AccessAggregator.Aggregate($"imd-quintile-{q}", inQuintile, thresholds));
        }).ToList();
        var byLsoa = members.ToLookup(m => m.Access.LsoaCode);
        var wardCodes = origins.SelectMany(o => o.WardShares.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        return new EquityReport(
            thresholds,
            AccessAggregator.Aggregate(CountyCode, members, thresholds),
            codes.Order(StringComparer.Ordinal).Select(c => AccessAggregator.Aggregate(c, byLsoa[c].ToList(), thresholds)).ToList(),
            wardCodes.Select(w => AccessAggregator.Aggregate(w,
                origins.Where(o => o.WardShares.ContainsKey(w))
                       .Select(o => o.Member with { Share = o.Member.Share * o.WardShares[w] }).ToList(), thresholds)).ToList(),
            byQuintile,
            Concentration(members, deprived, thresholds.NoTimeMinutes),
            RankedGaps(byQuintile[0].Figures, byQuintile[^1].Figures),
            EquityFlagRules.Evaluate(access, people, deprived, thresholds));
    }

    private static PtConcentration Concentration(IReadOnlyList<WeightedLsoa> members, IReadOnlyDictionary<string, LsoaDeprivation> deprived, double noTimeMinutes)
    {
        var units = members.Where(m => m.Population.Total > 0 && m.Share > 0)
            .Select(m => new ConcentrationUnit(Math.Min(m.Access.NearestPtMinutes ?? noTimeMinutes, noTimeMinutes),
                deprived[m.Access.LsoaCode].Imd.Rank, m.Share * m.Population.Total))
            .ToList();
        bool computable = units.Count >= 2 && units.Any(u => u.Outcome > 0);
        return new PtConcentration(computable ? ConcentrationIndex.Compute(units) : null, units.Count,
            members.Count(m => m.Population.Total > 0 && m.Access.NearestPtMinutes is null), noTimeMinutes);
    }

    private static IReadOnlyList<EquityGap> RankedGaps(AreaAccessFigures mostDeprived, AreaAccessFigures leastDeprived)
    {
        var measures = new List<(string, AccessSummary, AccessSummary)>
        {
            ("pt_nearest", mostDeprived.PtToNearest, leastDeprived.PtToNearest),
            ("drive_nearest", mostDeprived.DriveToNearest, leastDeprived.DriveToNearest),
        };
        foreach (var (d, m) in mostDeprived.PtByDestination)
            if (leastDeprived.PtByDestination.TryGetValue(d, out var l)) measures.Add(($"pt:{d}", m, l));
        foreach (var (d, m) in mostDeprived.DriveByDestination)
            if (leastDeprived.DriveByDestination.TryGetValue(d, out var l)) measures.Add(($"drive:{d}", m, l));

        return measures
            .Where(x => x.Item2.MeanMinutes is not null && x.Item3.MeanMinutes is not null)
            .Select(x => new EquityGap(x.Item1, x.Item2.MeanMinutes!.Value, x.Item3.MeanMinutes!.Value,
                x.Item2.ResidentsWithoutTime, x.Item3.ResidentsWithoutTime, x.Item2.ShareWithoutTime, x.Item3.ShareWithoutTime,
                x.Item2.NoTimeCountedAsMinutes))
            .OrderByDescending(g => g.GapMinutes).ThenBy(g => g.Measure, StringComparer.Ordinal)
            .ToList();
    }

    private static void RequireSame(string what, IReadOnlySet<string> codes, IEnumerable<string> other)
    {
        var otherSet = other.ToHashSet(StringComparer.Ordinal);
        RequireCovered(what, codes, otherSet);
        var extra = otherSet.Except(codes).Order(StringComparer.Ordinal).ToList();
        if (extra.Count > 0) throw new ArgumentException($"{what} has LSOAs with no access input: {string.Join(", ", extra)}");
    }

    private static void RequireCovered(string what, IReadOnlySet<string> codes, IEnumerable<string> available)
    {
        var missing = codes.Except(available).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0) throw new ArgumentException($"no {what} for LSOAs {string.Join(", ", missing)}");
    }
}
