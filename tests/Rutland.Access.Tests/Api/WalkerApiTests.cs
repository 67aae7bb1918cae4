using System.Net;
using System.Text;
using System.Text.Json;
using Rutland.Access.Tests.Support;
using Xunit.Abstractions;

namespace Rutland.Access.Tests.Api;

/// <summary>
/// People less able to travel through the HTTP API (issue 12, item 3): profile=lessMobile and the walking numbers on
/// travel times, journey, isochrones, equity and scenarios; each answer says which walker it is for.
/// </summary>
[Collection(ApiCollection.Name)]
public class WalkerApiTests(ApiFactory factory, ITestOutputHelper output)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> Send(string url, string? jsonBody = null)
    {
        var response = jsonBody is null ? await _client.GetAsync(url)
            : await _client.PostAsync(url, new StringContent(jsonBody, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private async Task<JsonElement> Ok(string url, string? jsonBody = null)
    {
        var (status, body) = await Send(url, jsonBody);
        Assert.True(status == HttpStatusCode.OK, $"{url}: {status} {body}");
        return body;
    }

    [Fact]
    public async Task TravelTimesForTheLessMobileWalkerSayWhoWalksAndAreNeverShorter()
    {
        const string url = "/api/v1/travel-times?mode=pt&from=oakham,uppingham,cottesmore";
        var normal = await Ok(url);
        var lessMobile = await Ok(url + "&profile=lessMobile");
        var window = lessMobile.GetProperty("window");
        Assert.Equal(2.88, window.GetProperty("walkSpeedKmh").GetDouble(), 6);
        Assert.Equal(250, window.GetProperty("maxWalkMeters").GetDouble());
        Assert.Equal(4.8, normal.GetProperty("window").GetProperty("walkSpeedKmh").GetDouble(), 6);
        Assert.Contains("2.88 km/h", lessMobile.GetProperty("method").GetString());
        foreach (var (n, l) in normal.GetProperty("results").EnumerateArray().Zip(lessMobile.GetProperty("results").EnumerateArray()))
        {
            Assert.True(l.GetProperty("reachableShare").GetDouble() <= n.GetProperty("reachableShare").GetDouble());
            if (l.GetProperty("minutes").ValueKind == JsonValueKind.Number)
                Assert.True(l.GetProperty("minutes").GetDouble() >= n.GetProperty("minutes").GetDouble());
        }
        // The numbers themselves, without a profile.
        var custom = await Ok(url + "&walkSpeedKmh=2.88&maxWalkMeters=250");
        Assert.Equal(lessMobile.GetProperty("results").ToString(), custom.GetProperty("results").ToString());
    }

    [Theory]
    [InlineData("/api/v1/travel-times?mode=pt&profile=sprinter", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/travel-times?mode=pt&profile=lessMobile&walkSpeedKmh=3", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/travel-times?mode=pt&profile=default&maxWalkMeters=300", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/travel-times?mode=pt&walkSpeedKmh=fast", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/travel-times?mode=pt&walkSpeedKmh=0.5", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/api/v1/travel-times?mode=pt&walkSpeedKmh=12", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/api/v1/travel-times?mode=drive&profile=lessMobile", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/journey?from=oakham&to=rmh&walkSpeedKmh=3", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/isochrones?lat=52.67&lon=-0.73&profile=lessMobile", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/isochrones?lat=52.67&lon=-0.73&mode=walk&maxWalkMeters=300", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/equity/report?profile=slow", HttpStatusCode.BadRequest)]
    public async Task BadWalkersAreProblems(string url, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task JourneyAndIsochronesTakeTheProfile()
    {
        var journey = await Ok("/api/v1/journey?mode=pt&from=52.6717,-0.7342&to=52.6478,-0.4801&departure=2020-03-17T19:30&profile=lessMobile");
        Assert.Contains("2.88 km/h", journey.GetProperty("method").GetString());

        const string iso = "/api/v1/isochrones?lat=52.669731&lon=-0.731958&mode=pt&cutoffs=30&percentile=25";
        var normal = (await Ok(iso)).GetProperty("features")[0].GetProperty("properties");
        var lessMobile = (await Ok(iso + "&profile=lessMobile")).GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(2.88, lessMobile.GetProperty("window").GetProperty("walkSpeedKmh").GetDouble(), 6);
        Assert.True(lessMobile.GetProperty("areaKm2").GetDouble() < normal.GetProperty("areaKm2").GetDouble());

        var posted = (await Ok("/api/v1/isochrones", """{"locations":[{"lat":52.669731,"lon":-0.731958}],"mode":"pt","cutoffs":[30],"percentile":25,"profile":"lessMobile"}"""))
            .GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(lessMobile.GetProperty("areaKm2").GetDouble(), posted.GetProperty("areaKm2").GetDouble());
    }

    [Fact]
    public async Task TheEquityReportShowsResidentsAged75PlusForBothWalkers()
    {
        var report = await Ok("/api/v1/equity/report");
        var walkers = report.GetProperty("olderResidentsByWalker").EnumerateArray().ToDictionary(w => w.GetProperty("profile").GetString()!);
        Assert.Equal(["default", "lessMobile"], walkers.Keys.Order());
        var (normal, lessMobile) = (walkers["default"], walkers["lessMobile"]);
        output.WriteLine($"default: {normal}\nlessMobile: {lessMobile}");
        var (n, l) = (normal.GetProperty("aged75PlusPtToNearest"), lessMobile.GetProperty("aged75PlusPtToNearest"));
        double older = n.GetProperty("residents").GetDouble();
        Assert.Equal(older, l.GetProperty("residents").GetDouble());
        Assert.Equal(report.GetProperty("county").GetProperty("aged75Plus").GetDouble(), older, 6);
        // The default walker's block is the county's own summary for residents aged 75+; the less mobile walker is never better off.
        Assert.Equal(report.GetProperty("county").GetProperty("ptToNearestAged75Plus").ToString(), n.ToString());
        Assert.True(l.GetProperty("residentsWithoutTime").GetDouble() >= n.GetProperty("residentsWithoutTime").GetDouble());
        Assert.True(l.GetProperty("meanMinutes").GetDouble() >= n.GetProperty("meanMinutes").GetDouble());
        var (nw, lw) = (n.GetProperty("within").EnumerateArray().ToArray(), l.GetProperty("within").EnumerateArray().ToArray());
        for (int b = 0; b < nw.Length; b++)
            Assert.True(lw[b].GetProperty("residents").GetDouble() <= nw[b].GetProperty("residents").GetDouble() + 1e-6);
    }

    [Fact]
    public async Task ScenarioCompareTakesTheWalker()
    {
        const string scenarios = "\"scenarios\":[{\"name\":\"none\",\"modifications\":[]}]";
        var lessMobile = await Ok("/api/v1/scenarios/compare", "{" + scenarios + ",\"profile\":\"lessMobile\"}");
        Assert.Equal("lessMobile", lessMobile.GetProperty("walker").GetProperty("name").GetString());
        var normal = await Ok("/api/v1/scenarios/compare", "{" + scenarios + "}");
        Assert.Equal("default", normal.GetProperty("walker").GetProperty("name").GetString());
        // A walker with a 250 m limit has a PT journey from fewer LSOAs.
        int WithPt(JsonElement body) => body.GetProperty("baseline").GetProperty("lsoas").EnumerateArray()
            .Count(l => l.GetProperty("ptMinutes").ValueKind == JsonValueKind.Number);
        Assert.True(WithPt(lessMobile) < WithPt(normal), $"{WithPt(lessMobile)} vs {WithPt(normal)}");
        var (status, _) = await Send("/api/v1/scenarios/compare", "{" + scenarios + ",\"profile\":\"lessMobile\",\"walkSpeedKmh\":3}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
