using System.Net;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>The modes filter and on-demand legs through the API, on the modelled feed's default Tuesday.</summary>
[Collection(ApiCollection.Name)]
public class OnDemandApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Get(string url) => JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement;

    [Fact]
    public async Task CottesmoreReachesRmhOnlyWithOnDemandAndTheLegSaysHowToBook()
    {
        // 11:00: the RZ1's fixed journeys run only at the start and end of the day, so midday only the on-demand bus serves Cottesmore.
        var with = await Get("/api/v1/journey?mode=pt&from=cottesmore&to=rmh&departure=2025-09-02T11:00");
        var without = await Get("/api/v1/journey?mode=pt&from=cottesmore&to=rmh&departure=2025-09-02T11:00&modes=bus,rail");
        Assert.True(with.GetProperty("reachable").GetBoolean());
        Assert.False(without.GetProperty("reachable").GetBoolean());
        var leg = with.GetProperty("legs").EnumerateArray().Single(l => l.GetProperty("mode").GetString() == "ondemand");
        var booking = leg.GetProperty("booking");
        Assert.True(booking.GetProperty("mustBookAhead").GetBoolean());
        Assert.Equal(60, booking.GetProperty("priorNoticeMinutes").GetInt32());
        Assert.Contains("Modes used: bus,rail,ondemand", with.GetProperty("method").GetString());
        Assert.Contains("Modes used: bus,rail.", without.GetProperty("method").GetString());
    }

    [Fact]
    public async Task TravelTimesWithoutOnDemandReachFewerVillages()
    {
        int Reachable(JsonElement root) => root.GetProperty("results").EnumerateArray().Count(r => r.GetProperty("reachable").GetBoolean());
        const string url = "/api/v1/travel-times?mode=pt&to=rmh&fromType=village";
        Assert.True(Reachable(await Get(url)) > Reachable(await Get(url + "&modes=bus,rail")));
    }

    [Theory]
    [InlineData("/api/v1/travel-times?mode=pt&to=rmh&from=oakham&modes=bus,tram")]
    [InlineData("/api/v1/journey?mode=pt&from=oakham&to=rmh&modes=taxi")]
    [InlineData("/api/v1/isochrones?lat=52.67&lon=-0.73&mode=pt&modes=ferry")]
    [InlineData("/api/v1/equity/report?modes=walk")]
    public async Task UnknownModeIsABadRequestNamingTheValidOnes(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bus, rail, ondemand", await response.Content.ReadAsStringAsync());
    }
}
