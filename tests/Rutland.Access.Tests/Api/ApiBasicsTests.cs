using System.Net;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

[Collection(ApiCollection.Name)]
public class ApiBasicsTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HealthIsOkWithCounts()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/health"));
        Assert.Equal("ok", doc.RootElement.GetProperty("status").GetString());
        Assert.True(doc.RootElement.GetProperty("counts").GetProperty("carNodes").GetInt64() > 20_000);
    }

    [Fact]
    public async Task OpenApiDocumentListsTheContract()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (string path in new[] { "/health", "/api/v1/destinations", "/api/v1/places", "/api/v1/travel-times", "/api/v1/journey" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
    }

    [Fact]
    public async Task DocsPageIsServed()
    {
        var response = await _client.GetAsync("/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DestinationsSayWhichAreOffTheNetwork()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/destinations"));
        var byId = doc.RootElement.EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Equal(new[] { "melton", "peterborough", "rmh", "stamford" }, byId.Keys.Order());
        Assert.True(byId["rmh"].GetProperty("onNetwork").GetBoolean());
        Assert.True(byId["stamford"].GetProperty("onNetwork").GetBoolean());
        Assert.False(byId["melton"].GetProperty("onNetwork").GetBoolean());
        Assert.False(byId["peterborough"].GetProperty("onNetwork").GetBoolean());
        Assert.Equal("RT5PC", byId["rmh"].GetProperty("odsCode").GetString());
    }
}

[Collection(ApiCollection.Name)]
public class PlacesApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement[]> Features(string query)
    {
        var response = await _client.GetAsync("/api/v1/places" + query);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.Clone()).ToArray();
    }

    [Fact]
    public async Task LsoaOriginsCarryTheCountyPopulation()
    {
        var lsoas = await Features("?type=lsoa");
        Assert.Equal(23, lsoas.Length);
        Assert.Equal(RutlandPopulation.Total, lsoas.Sum(f => f.GetProperty("properties").GetProperty("population").GetInt32()));
        Assert.All(lsoas, f => Assert.StartsWith("E05", f.GetProperty("properties").GetProperty("ward").GetString()));
    }

    [Fact]
    public async Task SettlementsAreRutlandsOwnWithLsoaAndWard()
    {
        var villages = await Features("?type=village,town,hamlet");
        var names = villages.Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToHashSet();
        Assert.Contains("Oakham", names);
        Assert.Contains("Uppingham", names);
        Assert.Contains("Market Overton", names);
        // Stamford (Lincolnshire) is in the places file but not in Rutland.
        Assert.DoesNotContain("Stamford", names);
        Assert.All(villages, f =>
        {
            var p = f.GetProperty("properties");
            Assert.StartsWith("E01", p.GetProperty("lsoa").GetString());
            Assert.StartsWith("E05", p.GetProperty("ward").GetString());
            // Settlements carry a population estimate from the surface, and say it is one.
            Assert.True(p.GetProperty("population").GetInt32() >= 0);
            Assert.StartsWith("estimate", p.GetProperty("populationMethod").GetString());
        });
    }

    [Fact]
    public async Task UnknownTypeIsABadRequest()
    {
        var response = await _client.GetAsync("/api/v1/places?type=city");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
