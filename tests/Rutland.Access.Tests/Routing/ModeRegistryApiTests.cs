using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rutland.Access.Api.Http;
using Rutland.Access.Routing;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Routing;

/// <summary>Every registered mode reaches every endpoint that takes a mode, and the names come from the registry alone.</summary>
[Collection(ApiCollection.Name)]
public class ModeRegistryApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Modes => [.. ModeRegistry.All.Select(m => m.Name)];

    public static TheoryData<string> ModeEndpoints =>
    [
        "/api/v1/travel-times?from=uppingham&to=rmh",
        "/api/v1/journey?from=uppingham&to=rmh",
        "/api/v1/isochrones?lat=52.5887&lon=-0.7234&cutoffs=10",
    ];

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task TravelTimesAnswerEveryMode(string mode)
    {
        using var doc = await Ok($"/api/v1/travel-times?from=uppingham&to=rmh&mode={mode}");
        Assert.Equal(mode, doc.RootElement.GetProperty("mode").GetString());
        var result = doc.RootElement.GetProperty("results").EnumerateArray().Single();
        Assert.Equal(mode, result.GetProperty("mode").GetString());
        Assert.True(result.GetProperty("reachable").GetBoolean());
        Assert.InRange(result.GetProperty("minutes").GetDouble(), 1, 180);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task JourneyAnswersEveryMode(string mode)
    {
        using var doc = await Ok($"/api/v1/journey?from=uppingham&to=rmh&mode={mode}");
        Assert.Equal(mode, doc.RootElement.GetProperty("mode").GetString());
        Assert.NotEmpty(doc.RootElement.GetProperty("legs").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task IsochronesAnswerEveryMode(string mode)
    {
        using var doc = await Ok($"/api/v1/isochrones?lat=52.5887&lon=-0.7234&cutoffs=10&mode={mode}");
        var feature = doc.RootElement.GetProperty("features").EnumerateArray().Single();
        Assert.Equal(mode, feature.GetProperty("properties").GetProperty("mode").GetString());
        Assert.True(feature.GetProperty("properties").GetProperty("areaKm2").GetDouble() > 0);
    }

    [Fact]
    public async Task PostedIsochronesTakeTheRegistryModesToo()
    {
        object Body(string mode) => new { locations = new[] { new { lat = 52.5887, lon = -0.7234 }, new { lat = 52.6706, lon = -0.7278 } }, mode, cutoffs = new[] { 10 } };
        var cycle = await _client.PostAsync("/api/v1/isochrones", JsonContent.Create(Body("cycle")));
        Assert.Equal(HttpStatusCode.OK, cycle.StatusCode);
        using var doc = JsonDocument.Parse(await cycle.Content.ReadAsStringAsync());
        Assert.Equal("cycle", doc.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("mode").GetString());
        var unknown = await _client.PostAsync("/api/v1/isochrones", JsonContent.Create(Body("hovercraft")));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains(string.Join(", ", ModeRegistry.All.Select(m => m.Name)), await unknown.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(ModeEndpoints))]
    public async Task AnUnknownModeIsA400NamingTheRegisteredOnes(string endpoint)
    {
        var response = await _client.GetAsync($"{endpoint}&mode=hovercraft");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        string detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("hovercraft", detail);
        Assert.Contains(string.Join(", ", ModeRegistry.All.Select(m => m.Name)), detail);
    }

    [Fact]
    public async Task TheOpenApiModeEnumIsTheRegistryOnEveryOperation()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var enums = new Dictionary<string, string[]>();
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            if (!operation.Value.TryGetProperty("parameters", out var parameters)) continue;
            foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("name").GetString() == "mode"))
                enums[operation.Value.GetProperty("operationId").GetString()!] =
                    [.. p.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];
        }
        Assert.Equal(["GetIsochrones", "GetJourney", "GetTravelTimes"], enums.Keys.Order());
        Assert.All(enums.Values, names => Assert.Equal(ModeRegistry.All.Select(m => m.Name), names));
    }

    [Fact]
    public void OgcTravelTimeCollectionsCoverEveryModeAndDestination()
    {
        var ids = new InteropLayers(RealData.Engine).Sources.Select(s => s.Id).ToHashSet();
        foreach (var mode in ModeRegistry.All)
            foreach (var destination in RealData.Engine.Destinations)
                Assert.Contains($"travel-times-{mode.Name}-{destination.Id}", ids);
    }

    [Fact]
    public async Task CycleTravelTimesExportAsCsvGeoJsonAndGeoPackage()
    {
        var csv = await _client.GetStringAsync("/api/v1/travel-times?mode=cycle&from=uppingham&to=rmh&format=csv");
        Assert.Contains(",cycle,", csv);
        using var geojson = await Ok("/api/v1/travel-times?mode=cycle&from=uppingham&to=rmh&format=geojson");
        Assert.Equal("cycle", geojson.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("mode").GetString());
        var gpkg = await _client.GetAsync("/api/v1/travel-times?mode=cycle&from=uppingham&to=rmh&format=gpkg");
        Assert.Equal(HttpStatusCode.OK, gpkg.StatusCode);
        Assert.Equal("SQLite format 3\0"u8.ToArray(), (await gpkg.Content.ReadAsByteArrayAsync()).Take(16));
    }

    private async Task<JsonDocument> Ok(string url)
    {
        var response = await _client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
