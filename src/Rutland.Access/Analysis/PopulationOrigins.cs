using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Rutland.Access.Equity;
using Rutland.Access.Geo;
using Rutland.Access.Population;
using Rutland.Access.Roads;

namespace Rutland.Access.Analysis;

/// <summary>Every populated cell of the surface as an origin, in the surface's order.</summary>
public static class PopulationOrigins
{
    /// <summary>
    /// Each cell is counted in the ward that holds its residential centre; a centre on no ward polygon (the 2022 wards
    /// and 2011 LSOAs differ by metres along the county edge) goes to its LSOA's majority ward.
    /// </summary>
    public static IReadOnlyList<PopulationOrigin> From(PopulationSurface surface, RoadNetwork car, IReadOnlyList<AreaBoundary> wards, LsoaWardShares lsoaWards)
    {
        var shapes = wards.Select(w => (w.Code, Shape: PreparedGeometryFactory.Prepare(w.Bng))).ToArray();
        var origins = new PopulationOrigin[surface.Cells.Count];
        Parallel.For(0, origins.Length, i =>
        {
            var cell = surface.Cells[i];
            var at = GeometryFactories.BritishNationalGrid.CreatePoint(new Coordinate(cell.Easting, cell.Northing));
            string ward = shapes.FirstOrDefault(w => w.Shape.Covers(at)).Code ?? lsoaWards.MajorityWard(cell.LsoaCode).WardCode;
            origins[i] = new PopulationOrigin(cell, car.Snap(cell.Location, SnapPolicy.MaxOriginSnapMeters), ward);
        });
        return origins;
    }
}
