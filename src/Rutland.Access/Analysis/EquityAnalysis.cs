using Rutland.Access.Equity;
using Rutland.Access.Places;

namespace Rutland.Access.Analysis;

/// <summary>
/// Travel times from every LSOA's population-weighted centroid — by car, and by public transport over a departure
/// window — turned into the equity picture: figures per LSOA, ward, IMD quintile and county, flags and gaps.
/// </summary>
public static class EquityAnalysis
{
    public sealed record Result(EquityReport Report, PtQuery Query, IReadOnlyList<LsoaAccessInput> Access,
        IReadOnlyList<TravelTimeResult> Drive, IReadOnlyList<PtTravelTime> Pt, LsoaWardShares WardShares);

    public static Result Compute(AccessEngine engine, PtQuery query, EquityThresholds thresholds, CancellationToken cancellationToken = default)
    {
        var lsoas = engine.Places.Where(p => p.Type == PlaceType.Lsoa).ToArray();
        var drive = engine.DriveTimes(lsoas, engine.Destinations);
        var pt = engine.PtTimes(lsoas, engine.Destinations, query, cancellationToken);
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
