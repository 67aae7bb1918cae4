using System.Net;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

[Collection(ApiCollection.Name)]
public class EquityApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonDocument> Get(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LsoasCarryDeprivationPopulationTimesAndFlags()
    {
        using var doc = await Get("/api/v1/equity/lsoas");
        Assert.True(doc.RootElement.GetProperty("timetableModelled").GetBoolean());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToArray();
        Assert.Equal(23, features.Length);
        Assert.Equal(RutlandPopulation.Total, features.Sum(f => f.GetProperty("properties").GetProperty("population").GetDouble()), 3);
        foreach (var f in features)
        {
            var p = f.GetProperty("properties");
            Assert.InRange(p.GetProperty("imdDecile").GetInt32(), 1, 10);
            Assert.InRange(p.GetProperty("imdLocalQuintile").GetInt32(), 1, 5);
            Assert.Equal(JsonValueKind.Number, p.GetProperty("driveMinutes").GetProperty("rmh").ValueKind);
            Assert.Equal(JsonValueKind.Array, p.GetProperty("flags").ValueKind);
            Assert.Contains("Polygon", f.GetProperty("geometry").GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task WardsAggregateToTheCounty()
    {
        using var doc = await Get("/api/v1/equity/wards");
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToArray();
        Assert.Equal(15, features.Length);
        Assert.Equal(RutlandPopulation.Total, features.Sum(f => f.GetProperty("properties").GetProperty("population").GetDouble()), 0);
    }

    [Fact]
    public async Task ReportRanksGapsAndSaysWhereFiguresComeFrom()
    {
        using var doc = await Get("/api/v1/equity/report");
        var gaps = doc.RootElement.GetProperty("rankedGaps").EnumerateArray().ToArray();
        Assert.NotEmpty(gaps);
        // Ranked by how much longer the most deprived fifth waits: the worst disadvantage first.
        var sizes = gaps.Select(g => g.GetProperty("gapMinutes").GetDouble()).ToArray();
        Assert.Equal(sizes.OrderByDescending(x => x), sizes);
        Assert.Contains("IMD 2019", doc.RootElement.GetProperty("method").GetString());
        Assert.Equal(5, doc.RootElement.GetProperty("byImdQuintile").GetArrayLength());
    }

    [Fact]
    public async Task ReportAsCsv()
    {
        var response = await _client.GetAsync("/api/v1/equity/report?format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("rank,measure,gap_minutes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StricterThresholdRaisesMoreLongPtFlags()
    {
        static int LongPt(JsonDocument d) => d.RootElement.GetProperty("flags").EnumerateArray().Count(f => f.GetProperty("code").GetString() == "LONG_PT");
        using var normal = await Get("/api/v1/equity/report");
        using var strict = await Get("/api/v1/equity/report?longPtMinutes=20");
        Assert.True(LongPt(strict) > LongPt(normal));
    }

    [Theory]
    [InlineData("/api/v1/equity/report?longPtMinutes=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/equity/report?olderShare75Plus=2", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/api/v1/equity/report?format=xlsx", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/equity/lsoas?window=0", HttpStatusCode.UnprocessableEntity)]
    public async Task BadQueriesAreProblems(string url, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
