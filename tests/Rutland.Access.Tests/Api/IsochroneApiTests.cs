using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

[Collection(ApiCollection.Name)]
public class IsochroneApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static void AssertIsochroneCollection(HttpResponseMessage response, JsonDocument doc, int[] cutoffsLargestFirst)
    {
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToArray();
        Assert.Equal(cutoffsLargestFirst, features.Select(f => f.GetProperty("properties").GetProperty("cutoffMinutes").GetInt32()));
        foreach (var f in features)
        {
            var p = f.GetProperty("properties");
            Assert.Contains(f.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
            Assert.True(p.GetProperty("areaKm2").GetDouble() > 0);
            Assert.InRange(p.GetProperty("population").GetDouble(), 0, RutlandPopulation.Total);
            Assert.InRange(p.GetProperty("population65Plus").GetDouble(), 0, p.GetProperty("population").GetDouble());
            Assert.False(string.IsNullOrEmpty(p.GetProperty("method").GetString()));
        }
    }

    [Fact]
    public async Task GetGivesOneFeaturePerCutoff()
    {
        var response = await _client.GetAsync("/api/v1/isochrones?lat=52.6699&lon=-0.7285&mode=drive&cutoffs=10,20");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        AssertIsochroneCollection(response, doc, [20, 10]);
        var ring = doc.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates");
        var first = ring.ValueKind == JsonValueKind.Array && ring[0][0][0].ValueKind == JsonValueKind.Array ? ring[0][0][0] : ring[0][0];
        Assert.InRange(first[0].GetDouble(), -1.1, -0.2); // longitude first (RFC 7946)
        Assert.Equal("drive", doc.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("mode").GetString());
    }

    [Fact]
    public async Task PtFeaturesStateTheirPercentileWindowAndModelledTimetable()
    {
        var date = RealData.Engine.Transit.DefaultDate!.Value.ToString("yyyy-MM-dd");
        var response = await _client.GetAsync($"/api/v1/isochrones?lat=52.669731&lon=-0.731958&mode=pt&cutoffs=15,30&departure={date}T08:20&window=10&percentile=50");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        AssertIsochroneCollection(response, doc, [30, 15]);
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = f.GetProperty("properties");
            Assert.Equal("pt", p.GetProperty("mode").GetString());
            Assert.Equal(50, p.GetProperty("percentile").GetInt32());
            Assert.Equal(10, p.GetProperty("window").GetProperty("minutes").GetInt32());
            Assert.Equal($"{date}T08:20:00", p.GetProperty("window").GetProperty("start").GetString());
            Assert.True(p.GetProperty("timetableModelled").GetBoolean());
        }

        var post = await _client.PostAsJsonAsync("/api/v1/isochrones", new
        {
            locations = new[] { new { lat = 52.669731, lon = -0.731958 } }, mode = "pt", cutoffs = new[] { 15, 30 },
            departure = $"{date}T08:20", window = 10, percentile = 50,
        });
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        using var posted = JsonDocument.Parse(await post.Content.ReadAsStringAsync());
        Assert.Equal(doc.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("areaKm2").GetDouble(),
            posted.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("areaKm2").GetDouble());
    }

    [Fact]
    public async Task PostUnitesSeveralLocations()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/isochrones", new
        {
            locations = new[] { new { lat = 52.6699, lon = -0.7285 }, new { lat = 52.5887, lon = -0.7234 } },
            mode = "walk", cutoffs = new[] { 10 }, reverse = true,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        AssertIsochroneCollection(response, doc, [10]);
        var p = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.True(p.GetProperty("reverse").GetBoolean());
        // Two towns 9 km apart: two separate walking areas.
        Assert.Equal("MultiPolygon", doc.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("lat=52.67&lon=-0.73&mode=teleport", HttpStatusCode.BadRequest)]
    [InlineData("lat=52.67&lon=-0.73&mode=pt&reverse=true", HttpStatusCode.BadRequest)]
    [InlineData("lat=52.67&lon=-0.73&departure=2024-03-12T07:00", HttpStatusCode.BadRequest)]
    [InlineData("lat=52.67&lon=-0.73&mode=pt&percentile=0", HttpStatusCode.UnprocessableEntity)]
    [InlineData("lat=52.67", HttpStatusCode.BadRequest)]
    [InlineData("lat=abc&lon=-0.73", HttpStatusCode.BadRequest)]
    [InlineData("lat=-0.73&lon=52.67", HttpStatusCode.UnprocessableEntity)]
    [InlineData("lat=51.5&lon=-0.12", HttpStatusCode.UnprocessableEntity)]
    [InlineData("lat=52.67&lon=-0.73&cutoffs=0", HttpStatusCode.UnprocessableEntity)]
    [InlineData("lat=52.67&lon=-0.73&cutoffs=121", HttpStatusCode.UnprocessableEntity)]
    [InlineData("lat=52.67&lon=-0.73&cutoffs=5,10,15,20,25,30,35", HttpStatusCode.UnprocessableEntity)]
    [InlineData("lat=52.67&lon=-0.73&cutoffs=ten", HttpStatusCode.BadRequest)]
    [InlineData("lat=52.67&lon=-0.73&cutoffs=10,,20", HttpStatusCode.BadRequest)]
    [InlineData("lat=52.67&lon=-0.73&reverse=maybe", HttpStatusCode.BadRequest)]
    [InlineData("lat=52.653&lon=-0.625", HttpStatusCode.UnprocessableEntity)] // Rutland Water, 780 m from a road
    public async Task BadQueriesAreProblems(string query, HttpStatusCode status)
    {
        var response = await _client.GetAsync("/api/v1/isochrones?" + query);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("{", HttpStatusCode.BadRequest)]
    [InlineData("{\"locations\":[]}", HttpStatusCode.BadRequest)]
    [InlineData("{\"locations\":[{\"lat\":52.67}]}", HttpStatusCode.BadRequest)]
    [InlineData("{\"locations\":[{\"lat\":-0.73,\"lon\":52.67}]}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"locations\":[{\"lat\":52.67,\"lon\":-0.73}],\"cutoffs\":[200]}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"locations\":[{\"lat\":52.67,\"lon\":-0.73}],\"cutoffs\":\"15\"}", HttpStatusCode.BadRequest)]
    public async Task BadBodiesAreProblems(string body, HttpStatusCode status)
    {
        var response = await _client.PostAsync("/api/v1/isochrones", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task TooManyLocationsAndTooLargeBodiesAreRefused()
    {
        var many = Enumerable.Range(0, 51).Select(_ => new { lat = 52.67, lon = -0.73 }).ToArray();
        var response = await _client.PostAsJsonAsync("/api/v1/isochrones", new { locations = many });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var huge = "{\"locations\":[" + string.Join(",", Enumerable.Repeat("{\"lat\":52.67,\"lon\":-0.73}", 4000)) + "]}";
        response = await _client.PostAsync("/api/v1/isochrones", new StringContent(huge, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
