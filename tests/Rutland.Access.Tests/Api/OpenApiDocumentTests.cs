using System.Globalization;
using System.Net;
using System.Text.Json;
using Rutland.Access.Api.Http;
using Rutland.Access.Api.OpenApi;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>
/// The served OpenAPI document types what the parsers enforce (issue 13): every query parameter has a registered
/// schema, handlers that read the request themselves document what they accept, and the documented bounds are the
/// parsers' own. Redocly's lint and the generated TypeScript client run in `make openapi-lint`.
/// </summary>
[Collection(ApiCollection.Name)]
public class OpenApiDocumentTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryQueryParameterHasARegisteredSchema()
    {
        var unregistered = (await QueryParameters())
            .Where(p => QueryParameterSchemas.Find(p.Operation, p.Name) is null)
            .Select(p => $"{p.Operation}: {p.Name}").ToArray();
        Assert.True(unregistered.Length == 0,
            $"Register these in src/Rutland.Access.Api/OpenApi/QueryParameterSchemas.cs so clients get their types: {string.Join(", ", unregistered)}");
    }

    [Fact]
    public async Task NoQueryParameterIsLeftABareString()
    {
        // Ids and "lat,lon" are strings on purpose; anything else must have a type, bounds or values.
        var bare = (await QueryParameters())
            .Where(p => p.Schema.GetProperty("type").ValueKind == JsonValueKind.String && p.Schema.GetProperty("type").GetString() == "string"
                        && !p.Schema.TryGetProperty("enum", out _) && !p.Schema.TryGetProperty("pattern", out _)
                        && !(p.Operation == "GetJourney" && p.Name is "from" or "to"))
            .Select(p => $"{p.Operation}: {p.Name}").ToArray();
        Assert.Empty(bare);
    }

    [Theory]
    [InlineData("GetEquityLsoas")]
    [InlineData("GetEquityWards")]
    [InlineData("GetEquityReport")]
    public async Task EquityEndpointsDocumentTheParametersTheyRead(string operation)
    {
        var documented = (await QueryParameters()).Where(p => p.Operation == operation).Select(p => p.Name).ToHashSet();
        Assert.Empty(EquityQuery.Parameters.Names.Where(n => !documented.Contains(n)));
        var window = (await QueryParameters()).Single(p => p.Operation == operation && p.Name == "window").Schema;
        Assert.Equal("integer", window.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ListsAreCommaSeparatedArraysOfTypedItems()
    {
        var percentiles = (await QueryParameters()).Single(p => p.Operation == "GetTravelTimes" && p.Name == "percentiles");
        Assert.False(percentiles.Parameter.GetProperty("explode").GetBoolean());
        Assert.Equal("array", percentiles.Schema.GetProperty("type").GetString());
        Assert.Equal("integer", percentiles.Schema.GetProperty("items").GetProperty("type").GetString());
        Assert.Equal([25, 50, 75], percentiles.Schema.GetProperty("default").EnumerateArray().Select(e => e.GetInt32()));
        var modes = (await QueryParameters()).Single(p => p.Operation == "GetTravelTimes" && p.Name == "modes");
        Assert.Equal(["bus", "rail", "ondemand"], modes.Schema.GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    /// <summary>
    /// Each bounded number of a public-transport travel-times request, at the documented bound and one past it: the
    /// bound is answered, past it is the parser's 422 naming the parameter. A bound changed in one place only fails here.
    /// </summary>
    [Fact]
    public async Task DocumentedBoundsAreTheParsersBounds()
    {
        var bounded = (await QueryParameters())
            .Where(p => p.Operation == "GetTravelTimes" && p.Schema.TryGetProperty("maximum", out _)).ToArray();
        Assert.Contains(bounded, p => p.Name == "window");
        Assert.Contains(bounded, p => p.Name == "walkSpeedKmh");
        foreach (var p in bounded)
        {
            // appointmentMinutes applies with arriveBy only; everything else with the default departure.
            string context = p.Name == "appointmentMinutes" ? "&arriveBy=2025-09-02T09:00" : "";
            foreach (var (bound, outside) in new[] { ("minimum", -1.0), ("maximum", 1.0) })
            {
                double limit = p.Schema.GetProperty(bound).GetDouble();
                string url = $"/api/v1/travel-times?mode=pt&from=oakham&to=rmh{context}&{p.Name}=";
                var at = await _client.GetAsync(url + limit.ToString(CultureInfo.InvariantCulture));
                Assert.True(at.StatusCode == HttpStatusCode.OK, $"{p.Name}={limit} ({bound}) answered {(int)at.StatusCode}: {await at.Content.ReadAsStringAsync()}");
                var past = await _client.GetAsync(url + (limit + outside).ToString(CultureInfo.InvariantCulture));
                Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
                Assert.Contains($"'{p.Name}'", await past.Content.ReadAsStringAsync());
            }
        }
    }

    [Fact]
    public async Task TheDocumentDescribesAPublicLicensedApiWithProblemsOnEveryOperation()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var root = doc.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("info").GetProperty("license").GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Object, root.GetProperty("security")[0].ValueKind);
        Assert.All(root.GetProperty("servers").EnumerateArray(), s => Assert.False(s.GetProperty("url").GetString()!.EndsWith('/')));
        Assert.All(root.GetProperty("tags").EnumerateArray(), t => Assert.False(string.IsNullOrEmpty(t.GetProperty("description").GetString())));
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var problem = operation.Value.GetProperty("responses").GetProperty("400").GetProperty("content").GetProperty("application/problem+json");
            Assert.True(problem.TryGetProperty("schema", out _), $"{operation.Name} {path.Name}: no problem schema");
        }
    }

    private sealed record QueryParameter(string Operation, string Name, JsonElement Parameter, JsonElement Schema);

    private async Task<IReadOnlyList<QueryParameter>> QueryParameters()
    {
        var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var found = new List<QueryParameter>();
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            if (!operation.Value.TryGetProperty("parameters", out var parameters)) continue;
            string id = operation.Value.GetProperty("operationId").GetString()!;
            found.AddRange(parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
                .Select(p => new QueryParameter(id, p.GetProperty("name").GetString()!, p, p.GetProperty("schema"))));
        }
        return found;
    }
}
