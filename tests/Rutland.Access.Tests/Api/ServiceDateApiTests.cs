using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rutland.Access.Api.Http;
using Rutland.Access.Tests.Robustness;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>
/// Issue 11 item 5 and issue 13 defect 1: a date is never answered silently, on every public-transport endpoint. On
/// the real data the modelled bus feed (with its XC rail pattern) runs 2025-09-01..2026-08-31 and the rail CIF extract
/// 2020-03-16..2020-05-15; they never overlap.
/// </summary>
[Collection(ApiCollection.Name)]
public class ServiceDateApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string Bus = "rutland-modelled", Rail = "oakham-schedules-2020-03";
    private const string BusValidity = "2025-09-01..2026-08-31", RailValidity = "2020-03-16..2020-05-15";
    private const string Oakham = "lat=52.669731&lon=-0.731958";

    /// <summary>Every PT endpoint, by name, asked for a departure (and a window where it takes one).</summary>
    public static TheoryData<string> Endpoints => new()
    {
        "travel-times", "journey", "isochrones GET", "isochrones POST", "equity report", "equity lsoas", "equity wards", "scenarios compare",
    };

    private static readonly HashSet<string> TakesWindow = ["travel-times", "isochrones GET", "isochrones POST", "equity report", "equity lsoas", "equity wards"];

    private Task<HttpResponseMessage> Ask(string endpoint, string departure, int? window = null, string? modes = null)
    {
        string w = (window is { } m ? $"&window={m}" : "") + (modes is null ? "" : $"&modes={modes}");
        return endpoint switch
        {
            "travel-times" => _client.GetAsync($"/api/v1/travel-times?mode=pt&from=oakham,cottesmore&to=rmh&departure={departure}{w}"),
            "journey" => _client.GetAsync($"/api/v1/journey?mode=pt&from=cottesmore&to=rmh&departure={departure}{(modes is null ? "" : $"&modes={modes}")}"),
            "isochrones GET" => _client.GetAsync($"/api/v1/isochrones?{Oakham}&mode=pt&cutoffs=15&departure={departure}{w}"),
            "isochrones POST" => _client.PostAsync("/api/v1/isochrones", JsonContent.Create(new
            {
                locations = new[] { new { lat = 52.669731, lon = -0.731958 } }, mode = "pt", cutoffs = new[] { 15 }, departure, window, modes,
            })),
            "equity report" => _client.GetAsync($"/api/v1/equity/report?departure={departure}{w}"),
            "equity lsoas" => _client.GetAsync($"/api/v1/equity/lsoas?departure={departure}{w}"),
            "equity wards" => _client.GetAsync($"/api/v1/equity/wards?departure={departure}{w}"),
            "scenarios compare" => _client.PostAsync("/api/v1/scenarios/compare", new StringContent(
                $$"""{"scenarios":[{"name":"no-melton","modifications":[{"type":"removeDestination","id":"melton"}]}],"departure":"{{departure}}"{{(modes is null ? "" : $",\"modes\":\"{modes}\"")}}}""",
                Encoding.UTF8, "application/json")),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response, string what)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: {(int)response.StatusCode} {body[..Math.Min(400, body.Length)]}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string[] Codes(JsonElement answer) =>
        [.. answer.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()!)];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ADateNoFeedCoversIsA422NamingEveryFeedsValidity(string endpoint)
    {
        // A Tuesday after the bus feed ends, a date years on, and the two ends of the calendar (both were 500s).
        foreach (var (departure, window) in new (string, int?)[]
                 {
                     ("2026-12-01T07:00", null), ("2030-01-01T07:00", null), ("0001-01-01T07:00", null),
                     ("9999-12-31T23:59", TakesWindow.Contains(endpoint) ? 360 : null),
                 })
        {
            string what = $"{endpoint} {departure} window {window}";
            var response = await Ask(endpoint, departure, window);
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var problem = await ProblemAssert.IsProblem(response, what);
            Assert.Equal(ServiceDates.OutsideServicePeriod, problem.GetProperty("code").GetString());
            Assert.Equal(ServiceDates.OutsideServicePeriodType, problem.GetProperty("type").GetString());
            Assert.Equal("departure", problem.GetProperty("field").GetString());
            string detail = problem.GetProperty("detail").GetString()!;
            Assert.Contains("'departure'", detail);
            foreach (string named in new[] { Bus, BusValidity, Rail, RailValidity }) Assert.Contains(named, detail);
            var feeds = problem.GetProperty("feeds").EnumerateArray().ToArray();
            Assert.Equal([(Bus, "2025-09-01", "2026-08-31"), (Rail, "2020-03-16", "2020-05-15")],
                feeds.Select(f => (f.GetProperty("id").GetString(), f.GetProperty("validFrom").GetString(), f.GetProperty("validTo").GetString())));
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ADateSomeFeedsCoverWarnsOfEachFeedNotInForce(string endpoint)
    {
        var tuesday = await Ok(await Ask(endpoint, "2025-09-02T07:00"), $"{endpoint} 2025-09-02");
        Assert.True(tuesday.GetProperty("serviceOnDate").GetBoolean());
        Assert.Equal([Bus], tuesday.GetProperty("feedsInForce").EnumerateArray().Select(f => f.GetString()));
        var warning = Assert.Single(tuesday.GetProperty("warnings").EnumerateArray());
        Assert.Equal((ServiceDates.FeedOutsideServicePeriod, Rail), (warning.GetProperty("code").GetString(), warning.GetProperty("feed").GetString()));
        Assert.Contains(RailValidity, warning.GetProperty("message").GetString());
        Assert.True(tuesday.GetProperty("timetableModelled").GetBoolean());
        AssertFeedsCarryValidity(tuesday);

        // A 2020 date runs on the CIF extract alone: the modelled bus feed is named as not in force, and nothing is modelled.
        var rail = await Ok(await Ask(endpoint, "2020-03-17T07:00"), $"{endpoint} 2020-03-17");
        Assert.Equal([Rail], rail.GetProperty("feedsInForce").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal([ServiceDates.FeedOutsideServicePeriod], Codes(rail));
        Assert.Equal(Bus, rail.GetProperty("warnings")[0].GetProperty("feed").GetString());
        Assert.False(rail.GetProperty("timetableModelled").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ADayWithoutServiceSaysSoRatherThanABareUnreachable(string endpoint)
    {
        // Christmas Day (weekday services, on-demand ones too, removed by calendar_dates.txt), and a Saturday asked without
        // on-demand (the modelled feed runs no fixed route on Saturdays).
        foreach (var (departure, modes, reason) in new[]
                 {
                     ("2025-12-25T07:00", (string?)null, "calendar_dates.txt"),
                     ("2025-09-06T07:00", "bus,rail", "No trip of the modes asked (bus,rail) runs on Saturday"),
                 })
        {
            var answer = await Ok(await Ask(endpoint, departure, modes: modes), $"{endpoint} {departure}");
            Assert.False(answer.GetProperty("serviceOnDate").GetBoolean(), $"{endpoint} {departure}");
            Assert.Equal([ServiceDates.FeedOutsideServicePeriod, ServiceDates.NoServiceOnDate], Codes(answer));
            Assert.Contains(reason, answer.GetProperty("warnings")[1].GetProperty("message").GetString());
        }
        // A Saturday with every mode is a service day: the on-demand zones run 08:00–18:00 (it once said "no trip runs"
        // while the journey rode an on-demand bus). So is a Sunday: the modelled feed's two Sunday trains run.
        foreach (var day in new[] { "2025-09-06T09:00", "2025-09-07T07:00" })
        {
            var answer = await Ok(await Ask(endpoint, day), $"{endpoint} {day}");
            Assert.True(answer.GetProperty("serviceOnDate").GetBoolean(), $"{endpoint} {day}");
            Assert.Equal([ServiceDates.FeedOutsideServicePeriod], Codes(answer));
        }
    }

    [Fact]
    public async Task WithoutADepartureTheDefaultDateGetsTheSameWarnings()
    {
        var answer = await Ok(await _client.GetAsync("/api/v1/travel-times?mode=pt&from=oakham&to=rmh"), "default date");
        Assert.Equal("2025-09-02", answer.GetProperty("window").GetProperty("serviceDate").GetString());
        Assert.Equal([ServiceDates.FeedOutsideServicePeriod], Codes(answer));
        // "timetables of 2" was the old wording; the method now names the feed in force.
        Assert.Contains($"in force on 2025-09-02, 1 of the 2 loaded ({Bus})", answer.GetProperty("method").GetString());
    }

    [Fact]
    public async Task AnArriveByOutsideEveryFeedNamesArriveBy()
    {
        var response = await _client.GetAsync("/api/v1/travel-times?mode=pt&from=oakham&to=rmh&arriveBy=2030-01-01T09:00");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ProblemAssert.IsProblem(response, "arriveBy 2030");
        Assert.Equal("arriveBy", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task CsvAndGeoJsonAnswersCarryTheWarningsToo()
    {
        var csv = await _client.GetAsync("/api/v1/travel-times?mode=pt&from=oakham&to=rmh&departure=2025-12-25T07:00&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        string warnings = Uri.UnescapeDataString(Assert.Single(csv.Headers.GetValues(PtWarning.Header)));
        Assert.Contains(ServiceDates.NoServiceOnDate, warnings);
        Assert.Contains(ServiceDates.FeedOutsideServicePeriod, warnings);

        var report = await _client.GetAsync("/api/v1/equity/report?departure=2025-12-25T07:00&format=csv");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains(ServiceDates.NoServiceOnDate, Uri.UnescapeDataString(Assert.Single(report.Headers.GetValues(PtWarning.Header))));

        var geojson = await Ok(await _client.GetAsync("/api/v1/travel-times?mode=pt&from=oakham&to=rmh&departure=2025-12-25T07:00&format=geojson"), "geojson");
        Assert.False(geojson.GetProperty("serviceOnDate").GetBoolean());
        Assert.Equal([ServiceDates.FeedOutsideServicePeriod, ServiceDates.NoServiceOnDate], Codes(geojson));
    }

    [Fact]
    public async Task HealthListsEachTimetableWithItsValidity()
    {
        var health = await Ok(await _client.GetAsync("/health"), "health");
        AssertFeedsCarryValidity(health, "transitFeeds");
        Assert.Equal("2025-09-02", health.GetProperty("defaultServiceDate").GetString());
    }

    private static void AssertFeedsCarryValidity(JsonElement answer, string member = "feeds") =>
        Assert.Equal([(Bus, "2025-09-01", "2026-08-31"), (Rail, "2020-03-16", "2020-05-15")],
            answer.GetProperty(member).EnumerateArray()
                .Select(f => (f.GetProperty("id").GetString(), f.GetProperty("validFrom").GetString(), f.GetProperty("validTo").GetString())));
}
