using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Scenarios;

[Collection(ApiCollection.Name)]
public class ScenarioApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string Uppingham = """
        {"name":"uppingham","modifications":[{"type":"addDestination","id":"uppingham-sdac","name":"Uppingham clinic","lat":52.5887243,"lon":-0.7234249}]}
        """;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> Post(string path, string body)
    {
        var response = await _client.PostAsync(path, Json(body));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement,
            response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CompareGivesBaselineScenarioAndDifference()
    {
        var (status, body, _) = await Post("/api/v1/scenarios/compare", $$"""{"scenarios":[{{Uppingham}}],"cutoffs":[30,15]}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([15, 30], body.GetProperty("cutoffs").EnumerateArray().Select(c => c.GetInt32()));
        var baseline = body.GetProperty("baseline");
        Assert.Equal(23, baseline.GetProperty("lsoas").GetArrayLength());
        var scenario = body.GetProperty("scenarios")[0];
        Assert.Equal("uppingham", scenario.GetProperty("figures").GetProperty("name").GetString());
        var difference = scenario.GetProperty("versusBaseline");
        Assert.True(difference.GetProperty("drive").GetProperty("meanMinutes").GetDouble() < 0);
        Assert.True(difference.GetProperty("drive").GetProperty("within")[0].GetProperty("all").GetInt64() > 0);
        Assert.NotEqual(0, difference.GetProperty("changedLsoas").GetArrayLength());
        Assert.True(difference.GetProperty("pt").GetProperty("meanMinutes").GetDouble() < 0);
        Assert.Equal(JsonValueKind.Array, difference.GetProperty("flagsLost").ValueKind);
        Assert.True(baseline.GetProperty("flags").GetArrayLength() > 0);
        Assert.True(body.GetProperty("provenance").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"scenarios":[{"name":"x","modifications":[{"id":"a","name":"A","lat":52.6,"lon":-0.7}]}]}""")]
    [InlineData("""{"scenarios":[{"name":"x","modifications":[{"type":"teleport"}]}]}""")]
    [InlineData("""{"scenarios":[{"name":"x","modifications":[{"type":"addDestination","id":"a","name":"A","lat":"north","lon":-0.7}]}]}""")]
    [InlineData("""{"scenarios":[{"name":"x","modifications":[{"type":"removeDestination"}]}]}""")]
    [InlineData("""{"scenarios":[]}""")]
    [InlineData("""{"scenarios":[{"name":"x","modifications":[]}],"cutoffs":[0]}""")]
    public async Task ABadBodyIs400(string body)
    {
        var (status, problem, mediaType) = await Post("/api/v1/scenarios/compare", body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task AnUnknownDestinationIs404()
    {
        var (status, problem, _) = await Post("/api/v1/scenarios/compare",
            """{"scenarios":[{"name":"x","modifications":[{"type":"removeDestination","id":"grantham"}]}]}""");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("grantham", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(51.5, -0.12, "outside the study area")]
    [InlineData(-0.7234249, 52.5887243, "look swapped")]
    public async Task APointOutsideTheStudyAreaIs422(double lat, double lon, string message)
    {
        var (status, problem, _) = await Post("/api/v1/scenarios/compare", $$"""
            {"scenarios":[{"name":"x","modifications":[{"type":"addDestination","id":"a","name":"A","lat":{{lat}},"lon":{{lon}}}]}]}
            """);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ASavedScenarioRoundTripsThroughTheApi()
    {
        var created = await _client.PutAsync("/api/v1/scenarios/api-uppingham", Json(Uppingham));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/scenarios/api-uppingham", created.Headers.Location!.OriginalString);
        var replaced = await _client.PutAsync("/api/v1/scenarios/api-uppingham", Json(Uppingham));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        var saved = await _client.GetFromJsonAsync<JsonElement>("/api/v1/scenarios/api-uppingham");
        var modification = saved.GetProperty("scenario").GetProperty("modifications")[0];
        Assert.Equal("addDestination", modification.GetProperty("type").GetString());
        Assert.Equal(52.5887243, modification.GetProperty("lat").GetDouble());

        var all = await _client.GetFromJsonAsync<JsonElement>("/api/v1/scenarios");
        Assert.Contains(all.EnumerateArray(), s => s.GetProperty("id").GetString() == "api-uppingham");
    }

    [Fact]
    public async Task SavingChecksTheScenarioAndTheId()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.PutAsync("/api/v1/scenarios/Not%20Valid", Json(Uppingham))).StatusCode);
        var unknown = """{"name":"x","modifications":[{"type":"removeDestination","id":"grantham"}]}""";
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PutAsync("/api/v1/scenarios/api-unknown", Json(unknown))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/scenarios/api-never-saved")).StatusCode);
    }

    [Fact]
    public async Task BestSitesRanksCandidatesAndSaysWhyTheWinnerWins()
    {
        var (status, body, _) = await Post("/api/v1/scenarios/best-sites", """
            {"candidates":[{"id":"uppingham","lat":52.5887243,"lon":-0.7234249},{"id":"oakham","lat":52.6699351,"lon":-0.7284623}],"k":1}
            """);
        Assert.Equal(HttpStatusCode.OK, status);
        var result = body.GetProperty("result");
        Assert.Equal("minimiseMeanDrive", result.GetProperty("objective").GetString());
        // Oakham already has the hospital: Uppingham is the one that brings people nearer.
        Assert.Equal("uppingham", result.GetProperty("chosen")[0].GetProperty("site").GetProperty("id").GetString());
        Assert.StartsWith("Pick 1: uppingham", body.GetProperty("why")[0].GetString());
        Assert.Contains("1 − 1/e", body.GetProperty("bound").GetString());
    }

    [Theory]
    [InlineData("""{"k":1}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"grid":{"spacingMeters":1000},"candidates":[{"lat":52.6,"lon":-0.7}]}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"grid":{"spacingMeters":10}}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"grid":{"spacingMeters":1000},"objective":"maximiseHappiness"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"candidates":[{"lat":52.6,"lon":-0.7}],"k":0}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"candidates":[{"lat":51.5,"lon":-0.12}]}""", HttpStatusCode.UnprocessableEntity)]
    [InlineData("""{"candidates":[{"id":"reservoir","lat":52.6540,"lon":-0.6300}]}""", HttpStatusCode.UnprocessableEntity)]
    public async Task BestSitesProblems(string body, HttpStatusCode expected)
    {
        var (status, _, mediaType) = await Post("/api/v1/scenarios/best-sites", body);
        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", mediaType);
    }
}
