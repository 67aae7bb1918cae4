using System.Net;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

[Collection(ApiCollection.Name)]
public class TravelTimeApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement[]> Results(string query)
    {
        var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/travel-times?" + query));
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("method").GetString()));
        Assert.True(doc.RootElement.GetProperty("provenance").GetArrayLength() > 0);
        return doc.RootElement.GetProperty("results").EnumerateArray().ToArray();
    }

    [Fact]
    public async Task EveryVillageReachesRutlandMemorialHospital()
    {
        var results = await Results("mode=drive&to=rmh&fromType=village,town,hamlet");
        Assert.True(results.Length >= 50, $"only {results.Length} settlements");
        foreach (var r in results)
        {
            Assert.True(r.GetProperty("reachable").GetBoolean(), $"{r.GetProperty("from")} cannot reach RMH");
            Assert.False(r.GetProperty("estimated").GetBoolean());
            // Rutland is ~30 km across: nothing should be more than 45 minutes from Oakham.
            Assert.InRange(r.GetProperty("minutes").GetDouble(), 0, 45);
        }
    }

    [Fact]
    public async Task OffNetworkHospitalsAreEstimatedWithTheirOffNetworkDistance()
    {
        var results = await Results("to=melton,peterborough,stamford&from=oakham");
        var byTo = results.ToDictionary(r => r.GetProperty("to").GetString()!);
        Assert.True(byTo["melton"].GetProperty("estimated").GetBoolean());
        Assert.True(byTo["peterborough"].GetProperty("estimated").GetBoolean());
        Assert.False(byTo["stamford"].GetProperty("estimated").GetBoolean());
        // Melton Mowbray Hospital is ~4.7 km past the A606's exit; Peterborough's ~13 km past the eastern edge (README of the data).
        Assert.InRange(byTo["melton"].GetProperty("offNetworkKm").GetDouble(), 4.7, 9);
        Assert.InRange(byTo["peterborough"].GetProperty("offNetworkKm").GetDouble(), 13, 25);
        Assert.Equal(0, byTo["stamford"].GetProperty("offNetworkKm").GetDouble());
        Assert.True(byTo["peterborough"].GetProperty("minutes").GetDouble() > byTo["stamford"].GetProperty("minutes").GetDouble());
    }

    [Fact]
    public async Task CsvHasOneRowPerPair()
    {
        var response = await _client.GetAsync("/api/v1/travel-times?from=oakham,uppingham&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.StartsWith("from,to,mode,minutes", lines[0]);
        Assert.Equal(1 + 2 * 4, lines.Length);
        Assert.True(response.Headers.Contains("X-Data-Provenance"));
    }

    [Fact]
    public async Task GeoJsonIsAFeatureCollectionOfOriginPoints()
    {
        var response = await _client.GetAsync("/api/v1/travel-times?from=oakham&to=rmh&format=geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var feature = doc.RootElement.GetProperty("features")[0];
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(-0.728462, coordinates[0].GetDouble(), 5); // lon first (RFC 7946)
        Assert.Equal("rmh", feature.GetProperty("properties").GetProperty("to").GetString());
    }

    [Fact]
    public async Task DriveJourneyHasLegsAndAnEstimatedLastLegBeyondTheExtract()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/journey?from=oakham&to=melton&mode=drive"));
        var legs = doc.RootElement.GetProperty("legs").EnumerateArray().ToArray();
        Assert.Equal(2, legs.Length);
        Assert.False(legs[0].GetProperty("estimated").GetBoolean());
        Assert.True(legs[1].GetProperty("estimated").GetBoolean());
        double total = doc.RootElement.GetProperty("minutes").GetDouble();
        Assert.Equal(total, legs.Sum(l => l.GetProperty("minutes").GetDouble()), 0);
        Assert.True(legs[0].GetProperty("coordinates").GetArrayLength() > 10);
    }

    [Theory]
    [InlineData("/api/v1/travel-times?from=atlantis", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/travel-times?to=addenbrookes", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/travel-times?mode=teleport", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/travel-times?format=xml", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/travel-times?from=", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/travel-times?from=oakham,,uppingham", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/travel-times?fromType=city", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/travel-times?departure=tomorrow", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/journey?from=oakham", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/journey?from=52.67,abc&to=rmh", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/journey?from=51.5,-0.12&to=rmh", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/api/v1/journey?from=-0.7284,52.6699&to=rmh", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/api/v1/journey?from=95,-0.7&to=rmh", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/api/v1/journey?from=oakham&to=nowhere", HttpStatusCode.NotFound)]
    public async Task BadInputIsAProblemResponse(string url, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task SwappedLatLonIsNamed()
    {
        var response = await _client.GetAsync("/api/v1/journey?from=-0.7284,52.6699&to=rmh");
        Assert.Contains("swapped", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HugeListsAreRefused()
    {
        string ids = string.Join(",", Enumerable.Range(0, 600).Select(i => $"p{i}"));
        var response = await _client.GetAsync($"/api/v1/travel-times?from={ids}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
