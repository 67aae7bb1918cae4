using System.Net;
using System.Text.Json;
using Rutland.Access.Tests.Robustness;
using Rutland.Access.Tests.Support;

namespace Rutland.Access.Tests.Api;

/// <summary>
/// /journey?arriveBy= is the latest journey that arrives in time, as OpenTripPlanner's arriveBy plans: the same
/// departure and arrival the travel-time answer gives as its latest departure, with legs. Modelled feed, Tuesday 2025-09-02.
/// </summary>
[Collection(ApiCollection.Name)]
public class JourneyArriveByTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Get(string url) => JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement;

    [Theory]
    [InlineData("langham", "rmh", "2025-09-02T10:00", "bus,rail", true)] // by bus
    [InlineData("cottesmore", "rmh", "2025-09-02T10:00", "bus,rail,ondemand", true)] // by an on-demand ride, later than any bus
    [InlineData("oakham", "rmh", "2025-09-02T10:00", "bus,rail,ondemand", true)] // on foot
    // With changes, beyond the county; the Citi link's unknown phase means one draw's later departure may still make it.
    [InlineData("uppingham", "peterborough", "2025-09-02T13:00", "bus,rail,ondemand", false)]
    public async Task TheJourneyIsTheTravelTimesLatestDeparture(string from, string to, string arriveBy, string modes, bool scheduledOnly)
    {
        var journey = await Get($"/api/v1/journey?mode=pt&from={from}&to={to}&arriveBy={arriveBy}&modes={modes}");
        var latest = (await Get($"/api/v1/travel-times?mode=pt&from={from}&to={to}&arriveBy={arriveBy}&appointmentMinutes=30&modes={modes}"))
            .GetProperty("results")[0].GetProperty("appointment");

        Assert.True(journey.GetProperty("reachable").GetBoolean());
        Assert.Equal(latest.GetProperty("latestDeparture").GetString(), journey.GetProperty("departure").GetString());
        Assert.Equal(latest.GetProperty("arrival").GetString(), journey.GetProperty("arrival").GetString());
        Assert.True(DateTime.Parse(journey.GetProperty("arrival").GetString()!) <= DateTime.Parse(arriveBy));
        Assert.Equal(DateTime.Parse(arriveBy), DateTime.Parse(journey.GetProperty("arriveBy").GetString()!));
        Assert.Equal(DateTime.Parse(arriveBy).AddMinutes(-180), DateTime.Parse(journey.GetProperty("earliestDeparture").GetString()!));
        var legs = journey.GetProperty("legs").EnumerateArray().ToArray();
        Assert.NotEmpty(legs);
        Assert.Equal(journey.GetProperty("departure").GetString(), legs[0].GetProperty("start").GetString());
        Assert.Equal(journey.GetProperty("arrival").GetString(), legs[^1].GetProperty("end").GetString());
        if (!scheduledOnly) return;
        // It is the latest: leaving a minute later arrives too late, or not at all.
        var later = DateTime.Parse(journey.GetProperty("departure").GetString()!).AddMinutes(1);
        var missed = await Get($"/api/v1/journey?mode=pt&from={from}&to={to}&departure={later:yyyy-MM-ddTHH:mm:ss}&modes={modes}");
        Assert.True(!missed.GetProperty("reachable").GetBoolean() || DateTime.Parse(missed.GetProperty("arrival").GetString()!) > DateTime.Parse(arriveBy),
            $"leaving at {later:HH:mm:ss} still arrives at {missed.GetProperty("arrival")}");
    }

    [Fact]
    public async Task NothingArrivingInTimeIsNoJourney()
    {
        // The first bus from Uppingham reaches Melton Mowbray at 08:43: nothing arrives by 07:30.
        var journey = await Get("/api/v1/journey?mode=pt&from=uppingham&to=melton&arriveBy=2025-09-02T07:30");
        Assert.False(journey.GetProperty("reachable").GetBoolean());
        Assert.Empty(journey.GetProperty("legs").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, journey.GetProperty("arrival").ValueKind);
        // No time is offered as a departure: the window's start stays in earliestDeparture.
        Assert.Equal(JsonValueKind.Null, journey.GetProperty("departure").ValueKind);
        Assert.Equal("2025-09-02T04:30:00", journey.GetProperty("earliestDeparture").GetString());
    }

    [Fact]
    public async Task AShorterWindowLooksLessFarBack()
    {
        // Langham → RMH by bus takes longer than ten minutes: no journey leaves in the ten minutes before 10:00 and arrives by then.
        var journey = await Get("/api/v1/journey?mode=pt&from=langham&to=rmh&arriveBy=2025-09-02T10:00&window=10&modes=bus,rail");
        Assert.False(journey.GetProperty("reachable").GetBoolean());
        Assert.Equal("2025-09-02T09:50:00", journey.GetProperty("earliestDeparture").GetString());
    }

    [Theory]
    [InlineData("mode=pt&from=oakham&to=rmh&window=30", 400, "'window' goes with 'arriveBy'")]
    [InlineData("mode=pt&from=oakham&to=rmh&departure=2025-09-02T07:00&arriveBy=2025-09-02T10:00", 400, "not both")]
    [InlineData("mode=drive&from=oakham&to=rmh&arriveBy=2025-09-02T10:00", 400, "arriveBy")]
    [InlineData("mode=pt&from=oakham&to=rmh&arriveBy=2025-09-02T10:00&window=361", 422, "window")]
    public async Task MisusedParametersAreProblems(string query, int status, string mentions)
    {
        var response = await _client.GetAsync($"/api/v1/journey?{query}");
        Assert.Equal(status, (int)response.StatusCode);
        var problem = await ProblemAssert.IsProblem(response, query);
        Assert.Contains(mentions, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ADateNoTimetableCoversIs422()
    {
        var response = await _client.GetAsync("/api/v1/journey?mode=pt&from=oakham&to=rmh&arriveBy=2031-09-02T10:00");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ProblemAssert.IsProblem(response, "arriveBy outside the timetables");
        Assert.Contains("arriveBy", problem.GetProperty("detail").GetString());
    }
}
