using System.Net.Http.Json;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>The stops and routes the web map uses to draw ride legs and to offer routes to scenarios.</summary>
[Collection(ApiCollection.Name)]
public class TransitApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryStopAJourneyLegNamesIsAPointWithThatId()
    {
        using var stops = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/transit/stops"));
        var byId = stops.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("properties").GetProperty("id").GetString()!, f => f.GetProperty("geometry").Clone());
        using var answer = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/journey?mode=pt&from=uppingham&to=rmh&departure=2025-09-02T08:00"));
        var legStops = answer.RootElement.GetProperty("legs").EnumerateArray()
            .SelectMany(l => new[] { l.GetProperty("fromStopId"), l.GetProperty("toStopId") })
            .Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).ToArray();
        Assert.NotEmpty(legStops);
        Assert.All(legStops, id =>
        {
            var point = byId[id];
            Assert.Equal("Point", point.GetProperty("type").GetString());
            Assert.InRange(point.GetProperty("coordinates")[0].GetDouble(), -1.0, -0.2); // lon first, WGS84
            Assert.InRange(point.GetProperty("coordinates")[1].GetDouble(), 52.4, 52.9);
        });
    }

    [Fact]
    public async Task RoutesCarryTheIdsScenariosAccept()
    {
        var routes = await _client.GetFromJsonAsync<JsonElement[]>("/api/v1/transit/routes");
        var r1 = Assert.Single(routes!, r => r.GetProperty("shortName").GetString() == "R1");
        Assert.Equal("bus", r1.GetProperty("mode").GetString());
        Assert.True(r1.GetProperty("trips").GetInt32() > 0);
        var body = new { scenarios = new[] { new { name = "r1", modifications = new object[] {
            new { type = "removeRoute", routeId = r1.GetProperty("id").GetString() } } } } };
        var compare = await _client.PostAsJsonAsync("/api/v1/scenarios/compare", body);
        Assert.Equal(System.Net.HttpStatusCode.OK, compare.StatusCode);
    }
}
