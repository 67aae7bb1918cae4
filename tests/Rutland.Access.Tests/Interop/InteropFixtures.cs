using System.Text.Json;
using NetTopologySuite.Geometries;
using Rutland.Access.Geo;
using Rutland.Access.Interop;

namespace Rutland.Access.Tests.Interop;

/// <summary>Small hand-made layers: two squares near Oakham with nested properties, and points.</summary>
internal static class InteropFixtures
{
    public static IReadOnlyDictionary<string, JsonElement> Properties(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.Clone());

    /// <summary>A square of <paramref name="size"/> degrees with its south-west corner at (lon, lat), counter-clockwise.</summary>
    public static Polygon Square(double lon, double lat, double size) => GeometryFactories.Wgs84.CreatePolygon(
    [
        new Coordinate(lon, lat), new Coordinate(lon + size, lat), new Coordinate(lon + size, lat + size),
        new Coordinate(lon, lat + size), new Coordinate(lon, lat),
    ]);

    public static FeatureLayer Areas() => new("test-areas", "Test areas", "Two squares.",
    [
        new GeoJsonFeature("A", Square(-0.75, 52.65, 0.02), Properties("""{"name":"A","minutes":{"rmh":12.5,"melton":30},"count":3,"flag":true,"codes":["X","Y"],"note":null}""")),
        new GeoJsonFeature("B", Square(-0.60, 52.60, 0.02), Properties("""{"name":"B","minutes":{"rmh":20,"melton":null},"count":4,"flag":false,"codes":[],"note":"far"}""")),
    ], Properties("""{"method":"hand-made","provenance":[{"name":"test"}]}"""), NativeCrs.BritishNationalGrid);
}
