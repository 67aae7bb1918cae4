using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>The boundary and road layers the web map draws instead of internet tiles.</summary>
[Collection(ApiCollection.Name)]
public class BasemapApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement[]> Features(string path)
    {
        var response = await _client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.Clone()).ToArray();
    }

    /// <summary>Every [lon, lat] position of a geometry, however deeply nested.</summary>
    private static IEnumerable<(double Lon, double Lat)> Positions(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number
            ? [(coordinates[0].GetDouble(), coordinates[1].GetDouble())]
            : coordinates.EnumerateArray().SelectMany(Positions);

    private static void AssertAroundRutland(JsonElement feature)
    {
        // WGS84 lon/lat order: BNG metres or swapped axes would fall far outside this box.
        Assert.All(Positions(feature.GetProperty("geometry").GetProperty("coordinates")), p =>
        {
            Assert.InRange(p.Lon, -1.0, -0.3);
            Assert.InRange(p.Lat, 52.4, 52.9);
        });
    }

    [Theory]
    [InlineData("/api/v1/boundaries/wards", 15, "E05")]
    [InlineData("/api/v1/boundaries/lsoas", 23, "E01")]
    public async Task AreasArePolygonsInWgs84WithCodeAndName(string path, int count, string codePrefix)
    {
        var areas = await Features(path);
        Assert.Equal(count, areas.Length);
        Assert.All(areas, a =>
        {
            Assert.StartsWith(codePrefix, a.GetProperty("properties").GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("properties").GetProperty("name").GetString()));
            Assert.Contains(a.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
            AssertAroundRutland(a);
        });
    }

    [Fact]
    public async Task CountyIsOneOutlineDissolvedFromTheWards()
    {
        var county = Assert.Single(await Features("/api/v1/boundaries/county"));
        Assert.Equal("Polygon", county.GetProperty("geometry").GetProperty("type").GetString());
        AssertAroundRutland(county);
        // The union leaves the outer ring only: far fewer vertices than the wards' shared edges hold.
        var wardVertices = (await Features("/api/v1/boundaries/wards"))
            .Sum(w => Positions(w.GetProperty("geometry").GetProperty("coordinates")).Count());
        Assert.True(Positions(county.GetProperty("geometry").GetProperty("coordinates")).Count() < wardVertices / 2);
    }

    [Fact]
    public async Task RoadsAreMajorClassesOneFeaturePerWay()
    {
        var roads = await Features("/api/v1/basemap/roads");
        var classes = roads.Select(r => r.GetProperty("properties").GetProperty("class").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "motorway", "trunk", "primary", "secondary", "tertiary" }, classes);
        Assert.Superset(new HashSet<string?> { "trunk", "primary", "secondary", "tertiary" }, classes); // the A1, A606, B roads...
        Assert.Equal(roads.Length, roads.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(roads, AssertAroundRutland);
        // Merged per way: most ways come back as one line of many positions, not as their two-node edges.
        Assert.True(roads.Average(r => Positions(r.GetProperty("geometry").GetProperty("coordinates")).Count()) > 4);
    }
}
