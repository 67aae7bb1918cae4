using System.Text;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using Rutland.Access.Geo;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Geo;

public class GeoJsonWriterTests
{
    private static string Write(Action<GeoJsonWriter> write, bool bbox = false)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
            write(new GeoJsonWriter(json, bbox));
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string WriteCollection(IEnumerable<GeoJsonFeature> features, bool bbox = false) => Write(w =>
    {
        w.WriteStartFeatureCollection();
        foreach (var f in features)
            w.WriteFeature(f.Geometry, f.Id, json =>
            {
                foreach (var (name, value) in f.Properties)
                {
                    json.WritePropertyName(name);
                    value.WriteTo(json);
                }
            });
        w.WriteEndFeatureCollection();
    }, bbox);

    private static IReadOnlyList<GeoJsonFeature> Reread(string json) =>
        GeoJsonReader.ReadFeatureCollection(new MemoryStream(Encoding.UTF8.GetBytes(json)), "written");

    private static IEnumerable<LinearRing> Rings(Geometry g, bool exterior) =>
        Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN).OfType<Polygon>()
            .SelectMany(p => exterior ? [p.Shell] : p.Holes);

    [Fact]
    public void RoundTripsEveryGeometryTypeWithIdsAndProperties()
    {
        var original = GeoJsonReader.ReadFeatureCollection(TestData.Fixture("geo", "all-geometry-types.geojson"));
        var reread = Reread(WriteCollection(original));

        Assert.Equal(original.Count, reread.Count);
        for (int i = 0; i < original.Count; i++)
        {
            Assert.Equal(original[i].Id, reread[i].Id);
            // Normalised because the writer re-orients rings; every coordinate must otherwise be identical.
            Assert.True(original[i].Geometry.Normalized().EqualsExact(reread[i].Geometry.Normalized()), $"feature {i} changed");
            Assert.Equal(original[i].Properties.Keys, reread[i].Properties.Keys);
            foreach (var (name, value) in original[i].Properties)
                Assert.True(JsonElement.DeepEquals(value, reread[i].Properties[name]), $"feature {i} property {name}");
        }
    }

    [Theory]
    [InlineData("lsoa11_rutland.geojson")]
    [InlineData("parishes_rutland_osm.geojson")]
    public void RoundTripsARealBoundaryFileToSixDecimals(string file)
    {
        var original = GeoJsonReader.ReadFeatureCollection(TestData.Input("boundaries", file));
        var reread = Reread(WriteCollection(original));

        // Rounding each ordinate to 6 decimals moves a position by at most √2 × 0.5e-6 degrees (EqualsExact measures distance).
        const double tolerance = 0.5e-6 * 1.4143;
        Assert.Equal(original.Count, reread.Count);
        for (int i = 0; i < original.Count; i++)
            Assert.True(original[i].Geometry.Normalized().EqualsExact(reread[i].Geometry.Normalized(), tolerance),
                $"feature {i} moved by more than rounding to 6 decimals");
    }

    [Fact]
    public void WritesExteriorRingsCounterClockwiseAndHolesClockwise()
    {
        var original = GeoJsonReader.ReadFeatureCollection(TestData.Fixture("geo", "all-geometry-types.geojson"))
            .Concat(GeoJsonReader.ReadFeatureCollection(TestData.Input("boundaries", "lsoa11_rutland.geojson")))
            .ToList();
        // The fixture's polygon has a clockwise shell and an anticlockwise hole, so the writer has something to fix.
        var fixturePolygon = (Polygon)original[4].Geometry;
        Assert.False(Orientation.IsCCW(fixturePolygon.Shell.CoordinateSequence));
        Assert.True(Orientation.IsCCW(fixturePolygon.Holes[0].CoordinateSequence));

        var written = Reread(WriteCollection(original)).Select(f => f.Geometry).ToList();

        Assert.NotEmpty(written.SelectMany(g => Rings(g, exterior: false)));
        Assert.All(written.SelectMany(g => Rings(g, exterior: true)), r => Assert.True(Orientation.IsCCW(r.CoordinateSequence)));
        Assert.All(written.SelectMany(g => Rings(g, exterior: false)), r => Assert.False(Orientation.IsCCW(r.CoordinateSequence)));
    }

    [Fact]
    public void WritesLongitudeFirstWithSixDecimalsAndNoTrailingZeros()
    {
        var point = GeometryFactories.Wgs84.CreatePoint(new Coordinate(-0.1234565001, 52.00000049));
        Assert.Equal("""{"type":"Point","coordinates":[-0.123457,52]}""", Write(w => w.WriteGeometry(point)));
    }

    [Fact]
    public void WritesBboxesAndCallerSuppliedMembers()
    {
        var a = GeometryFactories.Wgs84.CreatePoint(new Coordinate(-0.75, 52.6));
        var b = GeometryFactories.Wgs84.CreateLineString([new Coordinate(-0.7, 52.65), new Coordinate(-0.5, 52.7)]);
        string json = Write(w =>
        {
            w.WriteStartFeatureCollection(j => j.WriteString("attribution", "Contains OS data"));
            w.WriteFeature(a, "a", j => j.WriteNumber("minutes", 12.5));
            w.WriteFeature(b);
            w.WriteEndFeatureCollection();
        }, bbox: true);

        Assert.Equal(
            """{"type":"FeatureCollection","attribution":"Contains OS data","features":[""" +
            """{"type":"Feature","id":"a","bbox":[-0.75,52.6,-0.75,52.6],"geometry":{"type":"Point","coordinates":[-0.75,52.6]},"properties":{"minutes":12.5}},""" +
            """{"type":"Feature","bbox":[-0.7,52.65,-0.5,52.7],"geometry":{"type":"LineString","coordinates":[[-0.7,52.65],[-0.5,52.7]]},"properties":{}}""" +
            """],"bbox":[-0.75,52.6,-0.5,52.7]}""",
            json);
    }

    [Fact]
    public void RefusesBritishNationalGridGeometries()
    {
        var bng = GeometryFactories.BritishNationalGrid.CreatePoint(new Coordinate(486000, 308000));
        var ex = Assert.Throws<ArgumentException>(() => Write(w => w.WriteGeometry(bng)));
        Assert.Contains("SRID 27700", ex.Message);
    }
}
