using Rutland.Access.Equity;
using Rutland.Access.Transit.Planning;

namespace Rutland.Access.Analysis;

/// <summary>
/// The county's residents aged 75 and over by public transport to the nearest hospital, once per named walker
/// (<see cref="WalkingProfile.Named"/>: the default walker and a less mobile one) over the same window: how many are
/// within each journey-time band, how many have no journey at all, and their mean time. Each LSOA's residents take
/// its centroid's time, as in the rest of the equity report.
/// </summary>
public static class OlderResidentsByWalker
{
    /// <summary>Residents aged 75+ within a band: a median time to the nearest hospital of at most <see cref="Minutes"/>.</summary>
    public sealed record Within(int Minutes, double Aged75Plus, double Share);

    /// <summary>
    /// The mean is over the residents aged 75+ whose LSOA has a median time (<see cref="Aged75PlusWithMedianPtTime"/>);
    /// those with no journey at all, or a journey on under half the departures, have none.
    /// </summary>
    public sealed record Figures(string Profile, double WalkSpeedKmh, double MaxWalkMeters, double Aged75Plus,
        IReadOnlyList<Within> WithinMinutes, double Aged75PlusWithNoPtJourney, double Aged75PlusWithMedianPtTime,
        double? Aged75PlusMeanNearestPtMinutes);

    /// <summary>Figures for every named walker; <paramref name="computed"/> is reused for the walker it was computed for.</summary>
    public static IReadOnlyList<Figures> Compute(AccessEngine engine, EquityAnalysis.Result computed, EquityThresholds thresholds,
        CancellationToken cancellationToken = default) =>
        WalkingProfile.Named.Select(walker =>
        {
            var query = computed.Query.For(walker);
            var result = query == computed.Query ? computed : EquityAnalysis.Compute(engine, query, thresholds, cancellationToken);
            return Of(walker, result.Access, engine.Equity.PopulationMid2020ByLsoa11, thresholds);
        }).ToArray();

    public static Figures Of(WalkingProfile walker, IReadOnlyList<LsoaAccessInput> access, IReadOnlyList<LsoaPopulation> population,
        EquityThresholds thresholds)
    {
        var older = population.ToDictionary(p => p.LsoaCode, p => (double)p.Aged75Plus);
        double total = access.Sum(a => older[a.LsoaCode]);
        double withTime = access.Where(a => a.NearestPtMinutes is not null).Sum(a => older[a.LsoaCode]);
        double? mean = withTime > 0 ? access.Where(a => a.NearestPtMinutes is not null).Sum(a => older[a.LsoaCode] * a.NearestPtMinutes!.Value) / withTime : null;
        var within = thresholds.BandsMinutes.Select(band =>
        {
            double count = access.Where(a => a.NearestPtMinutes <= band).Sum(a => older[a.LsoaCode]);
            return new Within(band, count, total > 0 ? count / total : 0);
        }).ToArray();
        return new Figures(walker.Name, walker.SpeedKmh, walker.MaxWalkMeters, total, within,
            access.Where(a => a.HasNoPtJourney).Sum(a => older[a.LsoaCode]), withTime, mean);
    }
}
