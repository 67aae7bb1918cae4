using System.Net;
using System.Text;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Robustness;

/// <summary>
/// Seeded random query strings against every GET operation in the OpenAPI document (so endpoints added later are
/// fuzzed too): odd numbers, unicode, long and repeated values, unknown parameters. Never a 5xx; every 4xx is a problem.
/// </summary>
[Collection(ApiCollection.Name)]
public class ApiQueryFuzzTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string[] Values =
    [
        "", " ", "0", "-0", "1", "-1", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "1e-400", "0x10", "1,5", "52.67",
        "-0.73", "52.67,-0.73", "-0.73,52.67", "52.67,-0.73,1", "91,0", "oakham", "rmh", "melton,rmh,stamford,peterborough",
        "OAKHAM", "Óakham", "оakham", "😀", "\u0000", "\t\n", "%", "%25", "'; drop table places; --", "<script>alert(1)</script>",
        "../../etc/passwd", ",", ",,", "a,", "drive", "pt", "walk", "json", "csv", "geojson", "xml", "village", "lsoa",
        "2026-11-24T07:30", "2026-11-24T07:30+01:00", "2026-02-30T07:30", "24:00", "9999-12-31T23:59:59", "true", "null",
        new string('x', 2000), string.Join(',', Enumerable.Repeat("oakham", 501)), string.Join(',', Enumerable.Range(0, 300).Select(i => $"id{i}")),
    ];

    [Fact]
    public async Task RandomQueriesNeverFailTheServer()
    {
        var operations = await GetOperations();
        Assert.Superset(new HashSet<string> { "/health", "/api/v1/destinations", "/api/v1/places", "/api/v1/travel-times", "/api/v1/journey" },
            operations.Keys.ToHashSet());
        var random = new Random(FuzzBudget.Seed);
        var statuses = new Dictionary<int, int>();
        foreach (var (path, parameters) in operations)
        {
            for (int i = 0; i < FuzzBudget.QueriesPerEndpoint; i++)
            {
                string url = path + RandomQuery(random, parameters);
                var response = await _client.GetAsync(url);
                int status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                Assert.True(status < 500, $"{url}: {status} {await response.Content.ReadAsStringAsync()}");
                if (status >= 400) await ProblemAssert.IsProblem(response, url);
                else Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{url}: empty {status}");
            }
        }
        // The fuzz must reach both the answers and the refusals, or it is not exercising the parsers.
        Assert.Contains(statuses.Keys, s => s is >= 200 and < 300);
        Assert.Contains(statuses.Keys, s => s is >= 400 and < 500);
    }

    private static string RandomQuery(Random random, string[] parameters)
    {
        var pairs = new List<string>();
        int count = random.Next(5);
        for (int k = 0; k < count; k++)
        {
            string name = random.Next(8) == 0 ? "unknown" : parameters.Length == 0 ? "x" : parameters[random.Next(parameters.Length)];
            string value = Values[random.Next(Values.Length)];
            // Mostly well-encoded; sometimes raw, as a careless client would send it.
            string encoded = random.Next(6) == 0 ? value.Replace(' ', '+').Replace("#", "") : Uri.EscapeDataString(value);
            pairs.Add($"{name}={encoded}");
        }
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private async Task<Dictionary<string, string[]>> GetOperations()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var operations = new Dictionary<string, string[]>();
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (path.Name.Contains('{') || !path.Value.TryGetProperty("get", out var get)) continue;
            operations[path.Name] = get.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToArray()
                : [];
        }
        return operations;
    }
}
