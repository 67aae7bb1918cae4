using Rutland.Access.Equity;
using Rutland.Access.Places;
using Rutland.Access.Routing;

namespace Rutland.Access.Analysis;

/// <summary>
/// Travel times from where residents live — every populated cell of the population surface (or, for comparison, each
/// LSOA's population-weighted centroid) — by car, and by public transport over a departure window, turned into the
/// equity picture: figures per LSOA, ward, IMD quintile and county weighted by each origin's residents, flags and gaps.
/// </summary>
public static class EquityAnalysis
{
    /// <param name="Access">Per LSOA: drive minutes are the population-weighted mean over its origins; PT is the
    /// population-weighted share of the window reachable and the median resident's median (none when more than half
    /// of its residents have no median). Flags read these.</param>
    /// <param name="Drive">Per origin (cell id or LSOA code) and destination.</param>
    /// <param name="Pt">Per origin (cell id or LSOA code) and destination.</param>
    public sealed record Result(EquityReport Report, PtQuery Query, IReadOnlyList<LsoaAccessInput> Access,
        IReadOnlyList<TravelTimeResult> Drive, IReadOnlyList<PtTravelTime> Pt, LsoaWardShares WardShares);

    /// <param name="level">The modelled assumptions' level (<see cref="AssumptionLevels"/>); central unless an answer shows the uncertainty.</param>
    public static Result Compute(AccessEngine engine, PtQuery query, EquityThresholds thresholds, EquityOrigins origins = EquityOrigins.Surface,
        AssumptionLevel level = AssumptionLevel.Central, CancellationToken cancellationToken = default) =>
        engine.EquityResults.GetOrCompute(new { query, thresholds, origins, level }, () => origins == EquityOrigins.Centroids
            ? FromCentroids(engine, query, thresholds, level, CancellationToken.None)
            : FromSurface(engine, query, thresholds, level, CancellationToken.None), cancellationToken);

    /// <summary>The walks from every populated cell for a query's walk: the same at every level, kept by the engine.</summary>
    private static PtOriginWalks SurfaceWalks(AccessEngine engine, PtQuery query) => engine.SurfaceWalks.GetOrCompute(query,
        () => new(engine.Transit.ForModes(query.Modes).Walking, SurfacePoints(engine), DestinationPoints(engine), query));

    private static PtPoint[] SurfacePoints(AccessEngine engine) => [.. engine.PopulationOrigins.Select(c => new PtPoint(c.Cell.Id, c.Cell.Location))];

    private static PtPoint[] DestinationPoints(AccessEngine engine) => [.. engine.Destinations.Select(d => new PtPoint(d.Id, d.Location))];

    private static Result FromSurface(AccessEngine engine, PtQuery query, EquityThresholds thresholds, AssumptionLevel level,
        CancellationToken cancellationToken)
    {
        var cells = engine.PopulationOrigins;
        var destinations = engine.Destinations;
        var drive = DriveMatrix.Compute(engine.Car, engine.Assumptions.CarOffNetwork(level), [.. cells.Select(c => (c.Cell.Id, c.CarSnap))], destinations,
            d => engine.Assumptions.CachedDriveSearch(level, d));
        var pt = PtMatrix.Compute(engine.Assumptions.Transit(level), SurfacePoints(engine), DestinationPoints(engine), query, cancellationToken,
            SurfaceWalks(engine, query));

        var population = engine.Equity.PopulationMid2020ByLsoa11.ToDictionary(p => p.LsoaCode, StringComparer.Ordinal);
        var units = cells.Select((c, o) =>
        {
            var lsoa = population[c.Cell.LsoaCode];
            var access = new LsoaAccessInput(c.Cell.LsoaCode,
                destinations.Select((d, j) => (d.Id, drive[o * destinations.Count + j].Minutes)).ToDictionary(x => x.Id, x => x.Minutes),
                destinations.Select((d, j) => (d.Id, ToAccess(pt[o * destinations.Count + j]))).ToDictionary(x => x.Id, x => x.Item2));
            return new OriginUnit(new WeightedLsoa(access, lsoa, lsoa.Total > 0 ? c.Cell.Total / lsoa.Total : 0),
                new Dictionary<string, double> { [c.WardCode] = 1 });
        }).ToArray();
        var perLsoa = units.GroupBy(u => u.Member.Access.LsoaCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => PopulationWeightedAccess.Of(g.Key, g.Select(u => u.Member).ToArray(), destinations.Select(d => d.Id).ToArray())).ToArray();

        var report = EquityReportBuilder.Build(perLsoa, units, engine.Equity.PopulationMid2020ByLsoa11, engine.Equity.Imd2019ByLsoa11, thresholds);
        return new Result(report, query, perLsoa, drive, pt, engine.WardShares);
    }

    private static Result FromCentroids(AccessEngine engine, PtQuery query, EquityThresholds thresholds, AssumptionLevel level,
        CancellationToken cancellationToken)
    {
        var lsoas = engine.Places.Where(p => p.Type == PlaceType.Lsoa).ToArray();
        var drive = engine.DriveTimes(lsoas, engine.Destinations, level);
        var pt = engine.PtTimes(lsoas, engine.Destinations, query, level, cancellationToken);
        var driveBy = drive.ToDictionary(r => (r.From, r.To));
        var ptBy = pt.ToDictionary(r => (r.From, r.To));

        var access = lsoas.Select(l => new LsoaAccessInput(l.Id,
            engine.Destinations.ToDictionary(d => d.Id, d => driveBy[(l.Id, d.Id)].Minutes),
            engine.Destinations.ToDictionary(d => d.Id, d => ToAccess(ptBy[(l.Id, d.Id)])))).ToArray();

        var wards = engine.WardShares;
        var report = EquityReportBuilder.Build(access, engine.Equity.PopulationMid2020ByLsoa11, engine.Equity.Imd2019ByLsoa11, wards, thresholds);
        return new Result(report, query, access, drive, pt, wards);
    }

    /// <summary>A pair with no journey in the window has no median and a zero share; a median exists only with a journey.</summary>
    private static PtAccess ToAccess(PtTravelTime t) =>
        t.Reachable ? new PtAccess(t.Minutes, t.ReachableShare) : new PtAccess(null, 0);
}
