using System.Net;
using System.Text;
using System.Text.Json;
using Rutland.Access.Scenarios;
using Rutland.Access.Tests.Robustness;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>
/// Request bodies as a sceptical client sends them: nulls inside lists, wrong JSON kinds, wrong content types, and
/// scenario and best-site requests that are well-formed but wrong. Each answers a problem naming the JSON field in
/// the client's terms, never a 500 and never a .NET type name.
/// </summary>
[Collection(ApiCollection.Name)]
public class RequestBodyContractTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string Route = """{"type":"addTransitRoute","id":"N1","name":"New","stops":[{"naptan":"268060093"},{"naptan":"268060113"}],"headwayMinutes":30,"firstDeparture":"07:00","lastDeparture":"09:00","runMinutes":[5]}""";

    private async Task<(HttpStatusCode Status, string Body)> Send(HttpMethod method, string path, string body, string contentType = "application/json")
    {
        var response = await _client.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, contentType) });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> Problem(HttpMethod method, string path, string body, HttpStatusCode expected)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        Assert.Equal(expected, response.StatusCode);
        var problem = await ProblemAssert.IsProblem(response, $"{method} {path} {body}");
        string detail = problem.GetProperty("detail").GetString()!;
        Assert.DoesNotContain("Rutland.Access", detail);
        Assert.DoesNotContain("System.", detail);
        Assert.DoesNotContain("`1", detail);
        return detail;
    }

    [Theory]
    [InlineData("/api/v1/scenarios/compare", """{"scenarios":[null]}""", "$.scenarios[0]")]
    [InlineData("/api/v1/scenarios/best-sites", """{"candidates":[null]}""", "$.candidates[0]")]
    [InlineData("/api/v1/scenarios/compare", """{"scenarios":[{"name":"s","modifications":[{"type":"addTransitRoute","id":"N1","name":"New","stops":[null,{"naptan":"268060093"}],"headwayMinutes":30,"firstDeparture":"07:00","lastDeparture":"09:00","runMinutes":[5]}]}]}""", "$.scenarios[0].modifications[0].stops[0]")]
    [InlineData("/api/v1/isochrones", """{"locations":[null]}""", "$.locations[0]")]
    public async Task NullInsideAListIsA400NamingItsPath(string path, string body, string jsonPath)
    {
        string detail = await Problem(HttpMethod.Post, path, body, HttpStatusCode.BadRequest);
        Assert.Contains(jsonPath, detail);
    }

    [Fact]
    public async Task NullStopInASavedScenarioIsA400()
    {
        string detail = await Problem(HttpMethod.Put, "/api/v1/scenarios/null-stop",
            """{"name":"s","modifications":[{"type":"addTransitRoute","id":"N1","name":"New","stops":[null,{"naptan":"268060093"}],"headwayMinutes":30,"firstDeparture":"07:00","lastDeparture":"09:00","runMinutes":[5]}]}""",
            HttpStatusCode.BadRequest);
        Assert.Contains("$.modifications[0].stops[0]", detail);
    }

    [Theory]
    [InlineData("/api/v1/isochrones", """{"locations":{"lat":52.67}}""", "$.locations", "an array")]
    [InlineData("/api/v1/isochrones", """{"locations":[{"lat":"north","lon":-0.7}]}""", "$.locations[0].lat", "a number")]
    [InlineData("/api/v1/scenarios/compare", """{"scenarios":"x"}""", "$.scenarios", "an array")]
    [InlineData("/api/v1/scenarios/compare", """{"scenarios":[{"name":"s","modifications":[{"type":"removeRoute","routeId":5}]}]}""", "$.scenarios[0].modifications[0].routeId", "a string")]
    [InlineData("/api/v1/scenarios/best-sites", """{"candidates":[{"lat":52.6,"lon":-0.7}],"objective":"nope"}""", "$.objective", "\"maximiseDeprivedWithin30\"")]
    [InlineData("/api/v1/scenarios/best-sites", """{"candidates":[{"lat":52.6,"lon":-0.7}],"objective":1}""", "$.objective", "\"minimiseMeanDrive\"")]
    [InlineData("/api/v1/scenarios/compare", """{"scenarios":[{"modifications":[]}]}""", "$.scenarios[0]", "'name'")]
    public async Task AWrongKindOfValueIsNamedInJsonTerms(string path, string body, string jsonPath, string expected)
    {
        string detail = await Problem(HttpMethod.Post, path, body, HttpStatusCode.BadRequest);
        Assert.Contains(jsonPath, detail);
        Assert.Contains(expected, detail);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task IsochronePostNeedsJson(string contentType)
    {
        var (status, _) = await Send(HttpMethod.Post, "/api/v1/isochrones", """{"locations":[{"lat":52.67,"lon":-0.73}]}""", contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }

    [Fact]
    public async Task IsochronePostDocumentsItsBody()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var post = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/isochrones").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Theory]
    [InlineData("""{"type":"addTransitRoute","id":"R1","name":"Copy","stops":[{"naptan":"268060093"},{"naptan":"268060113"}],"headwayMinutes":30,"firstDeparture":"07:00","lastDeparture":"09:00","runMinutes":[5]}""", "already exists")]
    [InlineData("""{"type":"addTransitRoute","id":"N2","name":"Loop","stops":[{"naptan":"268060093"},{"naptan":"268060093"}],"headwayMinutes":30,"firstDeparture":"07:00","lastDeparture":"09:00","runMinutes":[5]}""", "same stop")]
    public async Task ATransitRouteThatCannotExistIsRejected(string modification, string reason)
    {
        string detail = await Problem(HttpMethod.Post, "/api/v1/scenarios/compare", $$"""{"scenarios":[{"name":"s","modifications":[{{modification}}]}]}""",
            HttpStatusCode.BadRequest);
        Assert.Contains(reason, detail);
    }

    [Fact]
    public async Task TheRouteNameJourneysShowCanBeRemoved()
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/v1/scenarios/compare", """{"scenarios":[{"name":"s","modifications":[{"type":"removeRoute","routeId":"XC"}]}]}""");
        Assert.True(status == HttpStatusCode.OK, body);
    }

    [Fact]
    public async Task AnUnknownRouteListsTheValidOnes()
    {
        string detail = await Problem(HttpMethod.Post, "/api/v1/scenarios/compare",
            """{"scenarios":[{"name":"s","modifications":[{"type":"removeRoute","routeId":"Z9"}]}]}""", HttpStatusCode.NotFound);
        Assert.Contains("R1", detail);
        Assert.Contains("XC", detail);
    }

    [Fact]
    public async Task AnOverlongNameIsRejected()
    {
        string name = new('n', ScenarioText.MaxLength + 1);
        string detail = await Problem(HttpMethod.Post, "/api/v1/scenarios/compare", $$"""{"scenarios":[{"name":"{{name}}","modifications":[]}]}""",
            HttpStatusCode.BadRequest);
        Assert.Contains(ScenarioText.MaxLength.ToString(), detail);
    }

    [Fact]
    public async Task PutThenGetIsByteIdenticalAndDeleteRemoves()
    {
        string scenario = $$$"""{"name":"clinic","modifications":[{"type":"addDestination","id":"c1","name":"Clinic","lat":52.5887243,"lon":-0.7234249,"openingHours":{"opens":"08:00","closes":"20:00"}},{{{Route}}}]}""";
        var put = await Send(HttpMethod.Put, "/api/v1/scenarios/byte-check", scenario);
        Assert.True(put.Status is HttpStatusCode.Created or HttpStatusCode.OK, put.Body);
        string got = await _client.GetStringAsync("/api/v1/scenarios/byte-check");
        Assert.Equal(put.Body, got);
        using var doc = JsonDocument.Parse(got);
        Assert.Equal(JsonDocument.Parse(scenario).RootElement.ToString(), doc.RootElement.GetProperty("scenario").ToString());

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync("/api/v1/scenarios/byte-check")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/scenarios/byte-check")).StatusCode);
        var again = await _client.DeleteAsync("/api/v1/scenarios/byte-check");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await ProblemAssert.IsProblem(again, "second DELETE");
    }

    [Fact]
    public async Task NoWinnerWhenNoCandidateGainsInTheObjective()
    {
        // Oakham town centre: every most-deprived resident it could serve is already within 30 minutes' drive.
        var (status, body) = await Send(HttpMethod.Post, "/api/v1/scenarios/best-sites",
            """{"candidates":[{"lat":52.6705,"lon":-0.7270}],"objective":"maximiseDeprivedWithin30"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        using var doc = JsonDocument.Parse(body);
        Assert.Equal(0, doc.RootElement.GetProperty("result").GetProperty("chosen").GetArrayLength());
        string why = Assert.Single(doc.RootElement.GetProperty("why").EnumerateArray()).GetString()!;
        Assert.Contains("No site is chosen", why);
        Assert.DoesNotContain("person-minutes", why);
    }

    [Fact]
    public async Task MoreSitesThanCandidatesIs422()
    {
        string detail = await Problem(HttpMethod.Post, "/api/v1/scenarios/best-sites",
            """{"candidates":[{"lat":52.6705,"lon":-0.7270},{"lat":52.5887,"lon":-0.7234}],"k":3}""", HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'k' is 3", detail);
    }
}
