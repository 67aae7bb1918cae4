using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Rutland.Access.Data;
using Rutland.Access.Geo;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Geo;

public class GeoJsonReaderTests
{
    private static string Fixture(string name) => TestData.Fixture("geo", name);

    [Fact]
    public void ReadsEveryGeometryTypeWithIdsPropertiesAndAltitudesDropped()
    {
        var features = GeoJsonReader.ReadFeatureCollection(Fixture("all-geometry-types.geojson"));

        Assert.Equal(
            new[] { "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" },
            features.Select(f => f.Geometry.GeometryType));
        Assert.All(features, f => Assert.Equal(4326, f.Geometry.SRID));
        Assert.Equal("oakham", features[0].Id);
        Assert.Equal("2", features[1].Id);
        Assert.Null(features[2].Id);

        var oakham = (Point)features[0].Geometry;
        Assert.Equal(-0.7286, oakham.X);
        Assert.Equal(52.6707, oakham.Y);
        Assert.True(double.IsNaN(oakham.Coordinate.Z));
        Assert.Equal("Oakham", features[0].Properties["name"].GetString());
        Assert.Equal(10922, features[0].Properties["population"].GetInt32());
        Assert.Empty(features[1].Properties);
        Assert.Equal(2, features[5].Properties["nested"].GetProperty("a")[1].GetInt32());

        var polygon = (Polygon)features[4].Geometry;
        Assert.Equal(1, polygon.NumInteriorRings);
        Assert.Equal(2, ((MultiPolygon)features[5].Geometry).NumGeometries);
        Assert.Equal(2, ((GeometryCollection)features[6].Geometry).NumGeometries);
    }

    [Theory]
    [InlineData("lsoa11_rutland.geojson", 23, "LSOA11CD")]
    [InlineData("oa11_rutland.geojson", 116, "OA11CD")]
    [InlineData("lsoa21_rutland_bsc.geojson", 26, "lsoa21_code")]
    [InlineData("wards2022_rutland_bsc.geojson", 15, "ward22_code")]
    [InlineData("parishes_rutland_osm.geojson", 57, "gss_code")]
    public void ReadsEveryRealBoundaryFile(string file, int expectedFeatures, string codeProperty)
    {
        var features = GeoJsonReader.ReadFeatureCollection(TestData.Input("boundaries", file));

        Assert.Equal(expectedFeatures, features.Count);
        Assert.All(features, f => Assert.IsAssignableFrom<IPolygonal>(f.Geometry));
        var codes = features.Select(f => f.Properties[codeProperty].GetString()).ToList();
        Assert.All(codes, c => Assert.Matches("^E0[0-9]{7}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // Every boundary lies in or just around Rutland.
        var extent = new Envelope();
        foreach (var f in features) extent.ExpandToInclude(f.Geometry.EnvelopeInternal);
        Assert.True(new Envelope(-0.9, -0.35, 52.5, 52.8).Contains(extent), $"extent {extent}");
    }

    // The data README names E01013791 as the invalid one; the ring that self-intersects is its neighbour's, 004B.
    [Fact]
    public void FindsTheOneInvalidLsoaPolygon()
    {
        var invalid = GeoJsonReader.ReadFeatureCollection(TestData.Input("boundaries", "lsoa11_rutland.geojson"))
            .Where(f => !f.Geometry.IsValid)
            .Select(f => f.Properties["LSOA11CD"].GetString());
        Assert.Equal(new[] { "E01013792" }, invalid);
    }

    [Fact]
    public void ReadsAGeometryFromARequestBody()
    {
        using var body = JsonDocument.Parse("""{ "type": "Point", "coordinates": [-0.72, 52.67] }""");
        var point = GeoJsonReader.ReadGeometry(body.RootElement, "request body");
        Assert.Equal(new Coordinate(-0.72, 52.67), point.Coordinate);
        Assert.Equal(4326, point.SRID);

        using var bad = JsonDocument.Parse("""{ "type": "Point", "coordinates": [200, 52.67] }""");
        var ex = Assert.Throws<DataFileException>(() => GeoJsonReader.ReadGeometry(bad.RootElement, "request body"));
        Assert.Equal("request body: geometry.coordinates: longitude 200 is outside -180..180", ex.Message);
    }

    /// <summary>
    /// What the library would take or report without a place: a numeric "type" (it parses types with Enum.Parse), a
    /// ring it refuses (it says only that the ring is not closed), a string where a number belongs.
    /// </summary>
    [Theory]
    [InlineData("""{ "type": "3", "coordinates": [-0.72, 52.67] }""", "geometry.type: '3' is not a GeoJSON geometry type")]
    [InlineData("""{ "type": "GeometryCollection", "geometries": [ { "type": "MultiPolygon", "coordinates": [ [ [ [0, 52], [1, 52], [1, 53], [0, 52] ] ], [ [ [0, 52], [1, 52], [1, 53], [0, 53] ] ] ] } ] }""",
        "geometry.geometries[0].coordinates[1][0]: ring is not closed: first position [0, 52] differs from last [0, 53]")]
    [InlineData("""{ "type": "LineString", "coordinates": [ [-0.72, 52.67], [-0.7, "52.6"] ] }""",
        "geometry.coordinates[1]: value 1 of the position is not a number: \"52.6\"")]
    [InlineData("""{ "type": "MultiLineString", "coordinates": [ [ [-0.72, 52.67], [-0.7, 52.6] ], [ [-0.72, 52.67], [-0.7, 91] ] ] }""",
        "geometry.coordinates[1][1]: latitude 91 is outside -90..90 (are longitude and latitude swapped, or is this British National Grid?)")]
    public void GeometryErrorsNameTheMember(string geometry, string expected)
    {
        using var body = JsonDocument.Parse(geometry);
        var ex = Assert.Throws<DataFileException>(() => GeoJsonReader.ReadGeometry(body.RootElement, "request body"));
        Assert.Equal($"request body: {expected}", ex.Message);
    }

    [Fact]
    public void ReadsFromAStream()
    {
        var json = """{ "type": "FeatureCollection", "features": [ { "type": "Feature", "id": 7, "properties": { "k": "v" }, "geometry": { "type": "Point", "coordinates": [-0.7, 52.6] } } ] }""";
        var features = GeoJsonReader.ReadFeatureCollection(new MemoryStream(Encoding.UTF8.GetBytes(json)), "upload");
        Assert.Equal("7", Assert.Single(features).Id);
    }

    [Theory]
    [InlineData("wrong-geometry-type.geojson", "feature 1 (id \"bad\"): geometry.type: 'Circle' is not a GeoJSON geometry type")]
    [InlineData("unclosed-ring.geojson", "feature 2 (id \"E01000003\"): geometry.coordinates[0]: ring is not closed: first position [-0.7, 52.6] differs from last [-0.7, 52.62]")]
    [InlineData("latitude-out-of-range.geojson", "feature 0 (id 17): geometry.coordinates[1]: latitude 95.25 is outside -90..90 (are longitude and latitude swapped, or is this British National Grid?)")]
    [InlineData("british-national-grid-coordinates.geojson", "feature 0: geometry.coordinates: longitude 486000 is outside -180..180")]
    [InlineData("longitude-out-of-range.geojson", "feature 1: geometry.coordinates[1]: longitude -180.5 is outside -180..180")]
    [InlineData("missing-coordinates.geojson", "feature 1: geometry: missing 'coordinates'")]
    [InlineData("null-geometry.geojson", "feature 0 (id \"nowhere\"): geometry: missing or null; every feature needs a geometry")]
    [InlineData("british-national-grid-crs.geojson", "crs: 'urn:ogc:def:crs:EPSG::27700' is not WGS84 longitude/latitude (RFC 7946 requires CRS84)")]
    public void MalformedFileErrorsNameTheFileTheFeatureAndTheMember(string file, string expected)
    {
        string path = Fixture(file);
        var ex = Assert.Throws<DataFileException>(() => GeoJsonReader.ReadFeatureCollection(path));
        Assert.Equal(path, ex.FilePath);
        Assert.Equal($"{path}: {expected}", ex.Message);
    }

    [Fact]
    public void TruncatedJsonNamesTheFileAndLine()
    {
        string path = Fixture("truncated.geojson");
        var ex = Assert.Throws<DataFileException>(() => GeoJsonReader.ReadFeatureCollection(path));
        Assert.Equal(path, ex.FilePath);
        Assert.Equal(6, ex.Line);
        Assert.Contains("not valid JSON", ex.Message);
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        var ex = Assert.Throws<DataFileException>(() => GeoJsonReader.ReadFeatureCollection(Fixture("no-such-file.geojson")));
        Assert.EndsWith("no-such-file.geojson: file not found", ex.Message);
    }
}
