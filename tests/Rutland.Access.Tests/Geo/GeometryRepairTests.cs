using NetTopologySuite.Geometries;
using Rutland.Access.Geo;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Geo;

public class GeometryRepairTests
{
    private static Polygon BngPolygon(params (double X, double Y)[] ring) =>
        GeometryFactories.BritishNationalGrid.CreatePolygon(ring.Select(p => new Coordinate(p.X, p.Y)).ToArray());

    [Fact]
    public void LeavesAValidGeometryAlone()
    {
        var square = BngPolygon((0, 0), (10, 0), (10, 10), (0, 10), (0, 0));
        Assert.Same(square, GeometryRepair.Repair(square, out var whatWasDone));
        Assert.Null(whatWasDone);
    }

    [Fact]
    public void RepairsABowTieAndReportsTheErrorLocationAndAreaChange()
    {
        var bowTie = BngPolygon((0, 0), (10, 10), (10, 0), (0, 10), (0, 0));
        var repaired = GeometryRepair.Repair(bowTie, out var whatWasDone);
        Assert.True(repaired.IsValid);
        Assert.Equal(27700, repaired.SRID);
        Assert.Equal(100.0 / 2, repaired.Area, 1e-9);
        Assert.Equal("repaired Polygon (Self-intersection at (5, 5)), now a MultiPolygon; area 0.0 m² -> 50.0 m² (+50.0 m²)", whatWasDone);
    }

    [Fact]
    public void RefusesARepairThatLeavesNothing()
    {
        var flat = BngPolygon((0, 0), (10, 0), (20, 0), (0, 0));
        var ex = Assert.Throws<GeometryRepairException>(() => GeometryRepair.Repair(flat, out _));
        Assert.IsAssignableFrom<InvalidOperationException>(ex);
        Assert.Contains("leaves an empty geometry", ex.Message);
    }

    // The published polygons' rings touch themselves at a point (zero-width pinches), so the fix only splits the
    // ring at the touch: the area must not move by more than a square metre in boundaries of 5 ha to 21 km².
    [Theory]
    [InlineData("lsoa11_rutland.geojson", "LSOA11CD", "E01013792", "Ring Self-intersection at (-0.561199, 52.624057)")]
    [InlineData("oa11_rutland.geojson", "OA11CD", "E00069552", "Ring Self-intersection at (-0.658815, 52.715663)")]
    [InlineData("oa11_rutland.geojson", "OA11CD", "E00069572", "Ring Self-intersection at (-0.560023, 52.624642)")]
    public void RepairsEachInvalidPublishedBoundary(string file, string codeProperty, string code, string problem)
    {
        var features = GeoJsonReader.ReadFeatureCollection(TestData.Input("boundaries", file));
        var invalid = Assert.Single(features, f => f.Properties[codeProperty].GetString() == code);

        var repaired = GeometryRepair.Repair(invalid.Geometry, out var whatWasDone);

        Assert.True(repaired.IsValid);
        Assert.Equal(4326, repaired.SRID);
        Assert.StartsWith($"repaired Polygon ({problem}); area ", whatWasDone);
        double before = BritishNationalGrid.ToBng(invalid.Geometry).Area, after = BritishNationalGrid.ToBng(repaired).Area;
        Assert.Equal(before, after, 1.0);
    }

    [Fact]
    public void TheOutputAreasHaveExactlyTwoInvalidPolygons()
    {
        var invalid = GeoJsonReader.ReadFeatureCollection(TestData.Input("boundaries", "oa11_rutland.geojson"))
            .Where(f => !f.Geometry.IsValid).Select(f => f.Properties["OA11CD"].GetString());
        Assert.Equal(new[] { "E00069552", "E00069572" }, invalid);
    }
}
