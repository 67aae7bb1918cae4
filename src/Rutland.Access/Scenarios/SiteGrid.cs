using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Union;
using Rutland.Access.Equity;
using Rutland.Access.Geo;

namespace Rutland.Access.Scenarios;

/// <summary>
/// Candidate sites on a square grid over the county (the union of its LSOAs), in BNG metres aligned to multiples of the
/// spacing so the same spacing always gives the same points. Ids name the grid square's BNG corner ("grid-484000-309000").
/// </summary>
public static class SiteGrid
{
    /// <summary>Finer than this adds little: a drive across 500 m of village road takes about a minute.</summary>
    public const double MinSpacingMeters = 500;

    public static IReadOnlyList<SiteCandidate> Over(IReadOnlyList<AreaBoundary> areas, double spacingMeters)
    {
        if (!(spacingMeters >= MinSpacingMeters) || !double.IsFinite(spacingMeters))
            throw new ScenarioException(ScenarioProblemKind.Invalid, $"grid 'spacingMeters' must be at least {MinSpacingMeters}, not {spacingMeters}.");
        var county = CascadedPolygonUnion.Union(areas.Select(a => a.Bng).ToArray());
        var inside = PreparedGeometryFactory.Prepare(county);
        var box = county.EnvelopeInternal;
        var points = new List<SiteCandidate>();
        for (double n = Math.Ceiling(box.MinY / spacingMeters) * spacingMeters; n <= box.MaxY; n += spacingMeters)
            for (double e = Math.Ceiling(box.MinX / spacingMeters) * spacingMeters; e <= box.MaxX; e += spacingMeters)
                if (inside.Covers(county.Factory.CreatePoint(new Coordinate(e, n))))
                    points.Add(new SiteCandidate(FormattableString.Invariant($"grid-{e:F0}-{n:F0}"), BritishNationalGrid.ToWgs84(e, n)));
        return points;
    }
}
