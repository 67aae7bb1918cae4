using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Rutland.Access.Equity;
using Rutland.Access.Geo;
using Rutland.Access.Places;

namespace Rutland.Access.Analysis;

/// <summary>
/// Joins origins to the statistical geography: settlements keep only those inside Rutland's 2011 LSOAs (the
/// county), each with the LSOA and ward it lies in; each LSOA becomes an origin at its population-weighted
/// centroid with its mid-2020 population. Point-in-polygon is done in BNG.
/// </summary>
public static class PlaceAttribution
{
    public sealed record Result(IReadOnlyList<Place> Places, IReadOnlyList<string> Notes);

    public static Result Attribute(IReadOnlyList<Place> settlements, EquityLayers layers)
    {
        var lsoas = Prepare(layers.Lsoa11Boundaries);
        var wards = Prepare(layers.WardBoundaries);
        var notes = new List<string>();
        var places = new List<Place>();

        int outside = 0;
        foreach (var s in settlements)
        {
            var point = Bng(s.Location);
            string? lsoa = Containing(lsoas, point);
            if (lsoa is null) { outside++; continue; }
            places.Add(s with { Lsoa = lsoa, Ward = Containing(wards, point) });
        }
        if (outside > 0) notes.Add($"{outside} settlements outside Rutland's LSOAs are not origins (the places file includes neighbours)");

        var population = layers.PopulationMid2020ByLsoa11.ToDictionary(p => p.LsoaCode);
        foreach (var c in layers.Lsoa11Centroids.OrderBy(c => c.Lsoa11Code, StringComparer.Ordinal))
        {
            var pop = population[c.Lsoa11Code];
            string? ward = Containing(wards, c.Bng);
            if (ward is null) notes.Add($"LSOA {c.Lsoa11Code}: population-weighted centroid lies in no ward polygon");
            places.Add(new Place(c.Lsoa11Code, pop.LsoaName, PlaceType.Lsoa, c.Position, c.Lsoa11Code, ward, pop.Total));
        }
        return new Result(places, notes);
    }

    private static Point Bng(LatLon p) => (Point)BritishNationalGrid.ToBng(GeometryFactories.Wgs84Point(p));

    private static (string Code, IPreparedGeometry Shape)[] Prepare(IReadOnlyList<AreaBoundary> areas) =>
        areas.Select(a => (a.Code, PreparedGeometryFactory.Prepare(a.Bng))).ToArray();

    private static string? Containing((string Code, IPreparedGeometry Shape)[] areas, Point p) =>
        areas.FirstOrDefault(a => a.Shape.Covers(p)).Code;
}
