using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rutland.Access.Interop;
using Rutland.Access.Tests.Robustness;

namespace Rutland.Access.Tests.Interop;

/// <summary>
/// GDAL reads what the API serves, on a real Kestrel port, as QGIS would: each GeoPackage (feature counts, a field for
/// every property of the GeoJSON answer, EPSG:4326 and 27700, the provenance as layer metadata), the OGC API – Features
/// endpoint through the OAPIF driver (every collection listed, every feature read), and a vector tile through the MVT
/// driver.
/// </summary>
public class GdalInteropTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    private readonly HttpClient _client = new() { BaseAddress = factory.BaseAddress };

    public static TheoryData<string, string, string, bool> GeoPackages => new()
    {
        { "/api/v1/equity/lsoas", "", "equity_lsoas", true },
        { "/api/v1/equity/wards", "", "equity_wards", true },
        { "/api/v1/travel-times", "", "travel_times_drive", false },
        { "/api/v1/travel-times", "mode=pt&to=rmh,stamford", "travel_times_pt", false },
        { "/api/v1/isochrones", "lat=52.6697&lon=-0.7273&cutoffs=10,20,30", "isochrones", true },
    };

    [Theory]
    [MemberData(nameof(GeoPackages))]
    public async Task OgrinfoReadsEachGeoPackageAsTheGeoJsonAnswer(string path, string query, string table, bool alsoBng)
    {
        string Url(string format) => query.Length == 0 ? $"{path}?format={format}" : $"{path}?{query}&format={format}";
        using var geoJson = JsonDocument.Parse(await _client.GetStringAsync(Url("geojson")));
        var features = geoJson.RootElement.GetProperty("features").EnumerateArray().ToArray();
        var expectedFields = FlatProperties.Schema(features.Select(f =>
            (IReadOnlyDictionary<string, JsonElement>)f.GetProperty("properties").EnumerateObject().ToDictionary(m => m.Name, m => m.Value))).Select(f => f.Name);

        var report = await ReadGeoPackage(Url("gpkg"));
        var layers = Ogrinfo.Layers(report);
        Assert.Equal(alsoBng ? [table, table + "_bng"] : new[] { table }, layers.Keys.Order().ToArray());
        var (count, fields, text) = layers[table];
        Assert.True(features.Length > 0);
        Assert.Equal(features.Length, count);
        Assert.Empty(expectedFields.Except(fields));
        Assert.Contains("ID[\"EPSG\",4326]", text);
        Assert.Contains("provenance=[", text);
        if (alsoBng)
        {
            Assert.Equal(count, layers[table + "_bng"].Count);
            Assert.Contains("ID[\"EPSG\",27700]", layers[table + "_bng"].Text);
        }
    }

    [Fact]
    public async Task OgrinfoReadsAScenarioComparisonGeoPackage()
    {
        var body = JsonContent.Create(new { scenarios = new[] { new { name = "close stamford", modifications = new object[] { new { type = "removeDestination", id = "stamford" } } } } });
        var response = await _client.PostAsync("/api/v1/scenarios/compare?format=gpkg", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var layers = Ogrinfo.Layers(await SaveAndRead(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["baseline", "baseline_bng", "scenario_1", "scenario_1_bng"], layers.Keys.Order().ToArray());
        Assert.All(layers.Values, l => Assert.Equal(23, l.Count));
        Assert.Contains("driveMinutesChange", layers["scenario_1"].Fields);
        Assert.Contains("versusBaseline=", layers["scenario_1"].Text);
    }

    [Fact]
    public async Task TheOapifDriverListsEveryCollectionAndReadsEveryFeature()
    {
        using var collections = JsonDocument.Parse(await _client.GetStringAsync("/ogc/collections"));
        var ids = collections.RootElement.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray();
        string endpoint = $"OAPIF:{new Uri(factory.BaseAddress, "/ogc")}";

        var listing = await Ogrinfo.Run(endpoint);
        foreach (var id in ids) Assert.Contains($": {id} (title: ", listing);

        // -al without -so reads every feature of every layer, following the next links page by page.
        var all = await Ogrinfo.Run("-al", endpoint);
        foreach (var id in ids)
        {
            using var page = JsonDocument.Parse(await _client.GetStringAsync($"/ogc/collections/{id}/items?limit=1"));
            int matched = page.RootElement.GetProperty("numberMatched").GetInt32();
            Assert.True(matched > 0, id);
            Assert.Equal(matched, Regex.Matches(all, $@"^OGRFeature\({Regex.Escape(id)}\):", RegexOptions.Multiline).Count);
        }
    }

    [Fact]
    public async Task TheMvtDriverReadsATileInPlace()
    {
        // A z/x/y path lets GDAL place the tile in EPSG:3857; 8/127/83 covers the whole county.
        string folder = Path.Combine(Path.GetTempPath(), $"rutland-mvt-{Guid.NewGuid():N}");
        string file = Path.Combine(folder, "8", "127", "83.mvt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            await File.WriteAllBytesAsync(file, await _client.GetByteArrayAsync("/tiles/equity-lsoas/8/127/83.mvt"));
            var layer = Ogrinfo.Layers(await Ogrinfo.Run("-al", "-so", file))["equity-lsoas"];
            Assert.Equal(23, layer.Count);
            Assert.Contains("ID[\"EPSG\",3857]", layer.Text);
            Assert.Contains("imdDecile", layer.Fields);
            var extent = Regex.Match(layer.Text, @"Extent: \((-?[\d.]+), (-?[\d.]+)\) - \((-?[\d.]+), (-?[\d.]+)\)");
            Assert.InRange(double.Parse(extent.Groups[1].Value), -95_000, -75_000); // about 0.82° W in web-mercator metres
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<string> ReadGeoPackage(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geopackage+sqlite3", response.Content.Headers.ContentType?.MediaType);
        return await SaveAndRead(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<string> SaveAndRead(byte[] gpkg)
    {
        string path = Path.Combine(Path.GetTempPath(), $"rutland-{Guid.NewGuid():N}.gpkg");
        try
        {
            await File.WriteAllBytesAsync(path, gpkg);
            return await Ogrinfo.Run("-al", "-so", path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
