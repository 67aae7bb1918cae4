using System.Net;
using System.Text;
using System.Text.Json;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>uncertainty=true on the equity endpoints and scenario compare; absent, the answers are the central ones, unchanged.</summary>
[Collection(ApiCollection.Name)]
public class UncertaintyApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    // R1 and the on-demand service together: with the zones alone covering the county, R1 on its own raises no flag.
    private const string RemoveR1 = """{"scenarios":[{"name":"no-r1","modifications":[{"type":"removeRoute","routeId":"R1"},{"type":"removeRoute","routeId":"DDRT"}]}]""";

    private async Task<string> Text(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }

    private async Task<string> Get(string url) => await Text(await _client.GetAsync(url));

    private async Task<string> Compare(string body) =>
        await Text(await _client.PostAsync("/api/v1/scenarios/compare", new StringContent(body, Encoding.UTF8, "application/json")));

    [Theory]
    [InlineData("/api/v1/equity/report")]
    [InlineData("/api/v1/equity/lsoas")]
    [InlineData("/api/v1/equity/wards")]
    public async Task AbsentOrFalseGivesTheCentralAnswerAlone(string path)
    {
        string absent = await Get(path), off = await Get(path + "?uncertainty=false");
        Assert.Equal(absent, off);
        Assert.DoesNotContain("\"uncertainty\"", absent);
        Assert.DoesNotContain("\"assumptions\"", absent);
    }

    [Fact]
    public async Task ReportGivesEachLevelsCountyAndFlagsAndEachFlagsRobustness()
    {
        using var standard = JsonDocument.Parse(await Get("/api/v1/equity/report"));
        using var doc = JsonDocument.Parse(await Get("/api/v1/equity/report?uncertainty=true"));
        var u = doc.RootElement.GetProperty("uncertainty");
        Assert.Equal(["busRunTimeFactor", "offNetworkDetourFactor", "onDemandPickupWaitMinutes", "onDemandRideFactor"],
            u.GetProperty("assumptions").GetProperty("assessed").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var bus = u.GetProperty("assumptions").GetProperty("assessed")[0];
        Assert.Equal((1.3, 1.4, 1.5), (bus.GetProperty("low").GetDouble(), bus.GetProperty("central").GetDouble(), bus.GetProperty("high").GetDouble()));
        Assert.Contains("R5", bus.GetProperty("source").GetString());
        Assert.Empty(u.GetProperty("assumptions").GetProperty("notAssessed").EnumerateArray());

        var levels = u.GetProperty("levels").EnumerateArray().ToArray();
        Assert.Equal(["low", "central", "high"], levels.Select(l => l.GetProperty("level").GetString()));
        Assert.Equal(1.5, levels[2].GetProperty("values").GetProperty("busRunTimeFactor").GetDouble());
        // The central level is the default answer, figure for figure; the top-level fields are unchanged by the parameter.
        Assert.Equal(standard.RootElement.GetProperty("county").GetRawText(), levels[1].GetProperty("county").GetRawText());
        Assert.Equal(standard.RootElement.GetProperty("flags").GetRawText(), levels[1].GetProperty("flags").GetRawText());
        Assert.Equal(standard.RootElement.GetProperty("rankedGaps").GetRawText(), doc.RootElement.GetProperty("rankedGaps").GetRawText());

        var raised = levels.ToDictionary(l => l.GetProperty("level").GetString()!,
            l => l.GetProperty("flags").EnumerateArray().Select(f => (f.GetProperty("lsoaCode").GetString(), f.GetProperty("code").GetString())).ToHashSet());
        foreach (var f in u.GetProperty("flags").EnumerateArray())
        {
            var key = (f.GetProperty("lsoaCode").GetString(), f.GetProperty("code").GetString());
            var holds = raised.Where(r => r.Value.Contains(key)).Select(r => r.Key).ToArray();
            Assert.Equal(holds, f.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
            Assert.Equal(holds.Length == 3, f.GetProperty("robust").GetBoolean());
        }
    }

    [Fact]
    public async Task LayersCarryEveryLevel()
    {
        using var lsoas = JsonDocument.Parse(await Get("/api/v1/equity/lsoas?uncertainty=true"));
        Assert.Equal(4, lsoas.RootElement.GetProperty("assumptions").GetProperty("assessed").GetArrayLength());
        foreach (var f in lsoas.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = f.GetProperty("properties");
            var levels = p.GetProperty("uncertainty").GetProperty("levels");
            Assert.Equal(3, levels.GetArrayLength());
            Assert.Equal(p.GetProperty("flags").GetRawText(), levels[1].GetProperty("flags").GetRawText());
        }
        using var wards = JsonDocument.Parse(await Get("/api/v1/equity/wards?uncertainty=true"));
        Assert.All(wards.RootElement.GetProperty("features").EnumerateArray(), f =>
            Assert.Equal(f.GetProperty("properties").GetProperty("ptNearest").GetRawText(),
                f.GetProperty("properties").GetProperty("uncertainty")[1].GetProperty("ptNearest").GetRawText()));
    }

    [Theory]
    [InlineData("/api/v1/equity/report?uncertainty=maybe")]
    [InlineData("/api/v1/equity/report?uncertainty=true&format=csv")]
    public async Task BadOrUnanswerableRequestsAreProblems(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("uncertainty", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CompareGivesEachLevelAndTheRobustnessOfFlagsGainedAndLost()
    {
        string absent = await Compare(RemoveR1 + "}"), off = await Compare(RemoveR1 + ""","uncertainty":false}""");
        Assert.Equal(absent, off);
        Assert.DoesNotContain("\"uncertainty\"", absent);

        using var standard = JsonDocument.Parse(absent);
        using var doc = JsonDocument.Parse(await Compare(RemoveR1 + ""","uncertainty":true}"""));
        var u = doc.RootElement.GetProperty("uncertainty");
        var levels = u.GetProperty("levels").EnumerateArray().ToArray();
        Assert.Equal(["low", "central", "high"], levels.Select(l => l.GetProperty("level").GetString()));
        var central = levels[1];
        Assert.Equal(standard.RootElement.GetProperty("baseline").GetProperty("pt").GetRawText(), central.GetProperty("baseline").GetProperty("pt").GetRawText());
        Assert.Equal(standard.RootElement.GetProperty("scenarios")[0].GetProperty("versusBaseline").GetProperty("flagsGained").GetRawText(),
            central.GetProperty("scenarios")[0].GetProperty("flagsGained").GetRawText());
        // Removing a route never helps, at any level: PT residents without a time do not fall.
        Assert.All(levels, l => Assert.True(l.GetProperty("scenarios")[0].GetProperty("ptVersusBaseline").GetProperty("residentsWithoutTime").GetInt64() >= 0));
        var scenario = u.GetProperty("scenarios")[0];
        Assert.Equal("no-r1", scenario.GetProperty("name").GetString());
        Assert.NotEqual(0, scenario.GetProperty("gained").GetArrayLength());
        Assert.All(scenario.GetProperty("gained").EnumerateArray(), f =>
            Assert.Equal(f.GetProperty("levels").GetArrayLength() == 3, f.GetProperty("robust").GetBoolean()));
        Assert.NotEqual(0, u.GetProperty("baselineFlags").GetArrayLength());
    }
}
