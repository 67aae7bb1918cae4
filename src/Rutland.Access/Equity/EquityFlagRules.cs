namespace Rutland.Access.Equity;

/// <summary>Raises the <see cref="EquityFlagCodes"/> flags on LSOAs. Pure: the same inputs always give the same flags, in LSOA
/// order, most severe first within an LSOA. No PT median is the worst PT time, never a reason to stay silent.</summary>
public static class EquityFlagRules
{
    /// <param name="access">Access of every LSOA in the study area; the local quintiles are taken over exactly these.</param>
    public static IReadOnlyList<EquityFlag> Evaluate(
        IReadOnlyList<LsoaAccessInput> access,
        IReadOnlyDictionary<string, LsoaPopulation> population,
        IReadOnlyDictionary<string, LsoaDeprivation> deprivation,
        EquityThresholds thresholds)
    {
        var missing = access.Select(a => a.LsoaCode).Where(c => !population.ContainsKey(c) || !deprivation.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"no population or deprivation for {string.Join(", ", missing)}", nameof(access));

        var imdQuintile = LocalQuintiles.Assign(access.ToDictionary(a => a.LsoaCode, a => -(double)deprivation[a.LsoaCode].Imd.Rank));
        var barriersQuintile = LocalQuintiles.Assign(access.ToDictionary(a => a.LsoaCode, a => -(double)deprivation[a.LsoaCode].GeographicalBarriers.Rank));

        var flags = new List<EquityFlag>();
        foreach (var a in access.OrderBy(a => a.LsoaCode, StringComparer.Ordinal))
        {
            double? pt = a.NearestPtMinutes, drive = a.NearestDriveMinutes;
            var ptEvidence = new List<FlagEvidence> { new("best_share_of_window_reachable", a.BestShareOfWindowReachable) };
            if (pt is { } p) ptEvidence.Add(new("pt_p50_nearest_minutes", p));

            if (a.HasNoPtJourney)
                flags.Add(new(EquityFlagCodes.PtDesert, a.LsoaCode, ptEvidence));
            if (pt is null || pt > thresholds.LongPtMinutes)
                flags.Add(new(EquityFlagCodes.LongPt, a.LsoaCode, [.. ptEvidence, new("threshold_minutes", thresholds.LongPtMinutes)]));

            var dep = deprivation[a.LsoaCode];
            bool deprived = imdQuintile[a.LsoaCode] == LocalQuintiles.Worst || barriersQuintile[a.LsoaCode] == LocalQuintiles.Worst;
            // Poor PT by the same absolute test as LONG_PT, not a quintile of PT: a relative rank could clear the flag
            // when service is cut elsewhere, and cutting service must never read as an improvement.
            if (deprived && (pt is null || pt > thresholds.LongPtMinutes))
                flags.Add(new(EquityFlagCodes.DoubleDisadvantage, a.LsoaCode,
                [
                    new("imd_rank", dep.Imd.Rank), new("imd_local_quintile", imdQuintile[a.LsoaCode]),
                    new("geographical_barriers_rank", dep.GeographicalBarriers.Rank), new("geographical_barriers_local_quintile", barriersQuintile[a.LsoaCode]),
                    .. ptEvidence, new("threshold_minutes", thresholds.LongPtMinutes),
                ]));

            if (drive is { } driveMinutes && driveMinutes > 0 && (pt is not { } ptMinutes || ptMinutes / driveMinutes > thresholds.CarDependentRatio))
                flags.Add(new(EquityFlagCodes.CarDependent, a.LsoaCode,
                [
                    .. ptEvidence, new("drive_nearest_minutes", driveMinutes),
                    .. pt is { } p2 ? [new FlagEvidence("pt_to_drive_ratio", p2 / driveMinutes)] : Array.Empty<FlagEvidence>(),
                    new("threshold_ratio", thresholds.CarDependentRatio),
                ]));

            var people = population[a.LsoaCode];
            double share75 = people.Total > 0 ? (double)people.Aged75Plus / people.Total : 0;
            if (share75 >= thresholds.OlderShare75Plus && (pt is null || pt > thresholds.OlderPtMinutes))
                flags.Add(new(EquityFlagCodes.OlderPopulationAtRisk, a.LsoaCode,
                [
                    new("aged_75_plus", people.Aged75Plus), new("share_aged_75_plus", share75),
                    new("threshold_share_aged_75_plus", thresholds.OlderShare75Plus),
                    .. ptEvidence, new("threshold_minutes", thresholds.OlderPtMinutes),
                ]));
        }
        return flags.OrderBy(f => f.LsoaCode, StringComparer.Ordinal).ThenBy(f => f.SeverityRank).ToList();
    }
}
